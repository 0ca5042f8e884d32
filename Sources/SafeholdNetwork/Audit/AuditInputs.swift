/// One account on one platform, as plain strings so that vault records map into it directly.
public struct AccountRef: Sendable, Hashable, Codable {
    /// The platform, e.g. `instagram`.
    public var platform: String
    /// The handle, with or without `@`.
    public var handle: String
    /// The platform's own account id, when known; it survives handle changes, so it is matched first.
    public var id: String?

    /// An account reference.
    public init(platform: String, handle: String, id: String? = nil) {
        self.platform = platform
        self.handle = handle
        self.id = id
    }

    /// The key handles are matched by: platform and handle, both lower-case, without `@` or a server suffix.
    public var handleKey: String { platform.lowercased() + "\u{1F}" + HandleForm.plainHandle(handle) }
    /// The key ids are matched by, when there is an id.
    public var idKey: String? { id.map { platform.lowercased() + "\u{1F}#" + $0 } }
}

/// How an account is connected to the person.
public enum ConnectionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The account follows the person.
    case follower
    /// The person follows the account.
    case following
    /// A mutual friendship (Facebook and similar).
    case friend
}

/// An account in the person's follower, following or friend list.
public struct Connection: Sendable, Hashable, Codable {
    /// The account.
    public var account: AccountRef
    /// How it is connected.
    public var kind: ConnectionKind
    /// Since when, as the export wrote it (ISO 8601 when known).
    public var since: String?
    /// What is known of the account's profile (creation date, posts, followers), when anything is.
    public var profile: AccountProfile?

    /// A connection.
    public init(account: AccountRef, kind: ConnectionKind, since: String? = nil, profile: AccountProfile? = nil) {
        self.account = account
        self.kind = kind
        self.since = since
        self.profile = profile
    }
}

/// One exchange between the person and another account.
public struct Interaction: Sendable, Hashable, Codable {
    /// What kind of exchange.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The platform's words for it; `like` and `share` count as engaging, the others as writing.
        case message, reply, like, mention, comment, share
    }

    /// Which way it went.
    public enum Direction: String, Sendable, Hashable, Codable {
        /// The other account to the person, or on the person's content.
        case fromThem
        /// The person to the other account, or on its content.
        case fromMe
    }

    /// The other account.
    public var account: AccountRef
    /// What kind of exchange.
    public var kind: Kind
    /// Which way it went.
    public var direction: Direction
    /// Whether the content involved was flagged (by an analyzer or by the person): for `fromThem`, the account
    /// wrote it or engaged with it (liked, shared, replied to a flagged post).
    public var flagged: Bool

    /// An interaction.
    public init(account: AccountRef, kind: Kind, direction: Direction, flagged: Bool = false) {
        self.account = account
        self.kind = kind
        self.direction = direction
        self.flagged = flagged
    }
}
