/// What kind of thing a record is, whatever platform it came from.
public enum RecordKind: String, Codable, Sendable, CaseIterable, Hashable {
    /// A direct or group message.
    case message
    /// A post, tweet or status.
    case post
    /// A comment on a post.
    case comment
    /// A reply to a post or comment.
    case reply
    /// A like or other reaction.
    case reaction
    /// An account's profile.
    case profile
    /// A follower, following, friend, block, mute or similar link between two accounts.
    case relationship
    /// A photo, video or other file shared on the platform, or sealed as a file.
    case media
    /// A line the platform or chat app wrote itself (joins, "message deleted", encryption notices).
    case system
}

/// How one account relates to another in a relationship record.
public enum RelationshipKind: String, Codable, Sendable, CaseIterable, Hashable {
    case follower, following, friend, blocked, muted, restricted
    case closeFriend = "close-friend"
    case friendRequestReceived = "friend-request-received"
    case friendRequestSent = "friend-request-sent"
    case removedFriend = "removed-friend"
}

/// An account as a platform names it: its id, its handle and the name it shows.
public struct AccountRef: Codable, Sendable, Hashable {
    /// The platform's own numeric or opaque id, if known.
    public var id: String?
    /// The handle (`@name` without the `@`), if known.
    public var handle: String?
    /// The display name, if known.
    public var displayName: String?
    /// A link to the account, if the export gives one.
    public var url: String?

    /// Creates an account reference; any part may be missing.
    public init(id: String? = nil, handle: String? = nil, displayName: String? = nil, url: String? = nil) {
        self.id = id
        self.handle = handle
        self.displayName = displayName
        self.url = url
    }

    /// The most readable name: the handle, else the display name, else the id.
    public var label: String { handle.map { "@\($0)" } ?? displayName ?? id ?? "unknown" }
}

/// Where in the original a record was read: the file, the path inside an archive, and the place in the file.
public struct RecordLocation: Codable, Sendable, Hashable {
    /// The path of the file inside the export (or the file's name).
    public var path: String
    /// The JSON path of the record (`$[12].dmConversation.messages[3]`), if it came from JSON.
    public var jsonPath: String?
    /// The first line of the record, if it came from a line-based file.
    public var line: Int?
    /// The byte offset of the record's own bytes in the file.
    public var offset: UInt64?
    /// How many bytes the record's own bytes take.
    public var length: UInt64?

    /// Creates a location.
    public init(path: String, jsonPath: String? = nil, line: Int? = nil, offset: UInt64? = nil, length: UInt64? = nil) {
        self.path = path
        self.jsonPath = jsonPath
        self.line = line
        self.offset = offset
        self.length = length
    }
}

/// A file attached to a record: a photo in a message, a video in a post.
public struct MediaRef: Codable, Sendable, Hashable {
    /// The path inside the export, when the file is there.
    public var path: String?
    /// The platform's link to it, when the export gives one.
    public var url: String?
    /// The kind of file, when known.
    public var mediaType: String?

    /// Creates a media reference.
    public init(path: String? = nil, url: String? = nil, mediaType: String? = nil) {
        self.path = path
        self.url = url
        self.mediaType = mediaType
    }
}

/// One thing read from a platform export, in the same shape whatever the platform: the common
/// language of importers, analyzers and reports.
///
/// Keeps the platform's own identifiers, links and times so that a record can be found again on
/// the platform and matched with what the platform itself holds.
public struct NormalizedRecord: Codable, Sendable, Hashable {
    /// What the record is.
    public var kind: RecordKind
    /// Where it came from.
    public var platform: Platform
    /// The platform's own id of the message, post, comment or account.
    public var platformID: String?
    /// The platform's link to it.
    public var url: String?
    /// Who wrote, sent or did it.
    public var author: AccountRef?
    /// Who it was sent to (messages), or the other account (relationships, profiles).
    public var recipients: [AccountRef]?
    /// The text, exactly as the platform gave it (after repairing known encoding faults).
    public var text: String?
    /// When it was written or sent, in UTC with the original offset kept.
    public var createdAt: Timestamp?
    /// The conversation or thread it belongs to.
    public var conversationID: String?
    /// The conversation's title, for group chats.
    public var conversationTitle: String?
    /// The id of what it replies to.
    public var inReplyTo: String?
    /// For relationships: how ``recipients`` relate to the person.
    public var relationship: RelationshipKind?
    /// For reactions: the reaction (`like`, `❤️`, …).
    public var reaction: String?
    /// Files attached to it.
    public var media: [MediaRef]?
    /// Facts that fit nowhere else, such as `deleted` or `edited`, as short strings.
    public var flags: [String]?
    /// Where it was read.
    public var location: RecordLocation

    /// Creates a record; only the kind, platform and location are required.
    public init(kind: RecordKind, platform: Platform, location: RecordLocation) {
        self.kind = kind
        self.platform = platform
        self.location = location
    }
}
