public import Foundation
import SafeholdNetwork
public import SafeholdVault

/// What Safehold suggests for one account. Suggestions only: the person decides.
public enum NetworkSuggestion: String, Sendable, Hashable, Codable, CaseIterable {
    /// Block the account.
    case block
    /// Remove it from followers or friends.
    case remove
    /// Look at it again.
    case lookAgain
    /// Keep it; nothing stood out.
    case keep

    /// How the suggestion is said to the person.
    public var words: String {
        switch self {
        case .block: "block"
        case .remove: "remove"
        case .lookAgain: "look again"
        case .keep: "keep"
        }
    }
}

/// One reason behind a suggestion, in plain words.
public struct NetworkReason: Sendable, Hashable, Codable {
    /// A stable code, such as `neverInteracted` or `listedAsAbuser`.
    public var code: String
    /// One calm, factual sentence; look-alike and invisible characters are written out.
    public var sentence: String
    /// Points toward a stronger suggestion (negative for reasons to keep).
    public var points: Int
}

/// One follower, following or friend, with what Safehold suggests and why.
public struct AuditedAccount: Sendable, Hashable, Codable, Identifiable {
    /// A short id that stays the same from one run to the next (the same platform and handle or platform id),
    /// for choosing accounts to export.
    public var id: String
    /// The platform, such as `instagram`.
    public var platform: String
    /// The handle as the platform gave it (may be empty when only the platform's id is known).
    public var handle: String
    /// The handle with look-alike and invisible characters written out, safe to show.
    public var shownHandle: String
    /// The platform's own id of the account, when known.
    public var accountID: String?
    /// Whether the handle holds invisible characters, mixed scripts or letters imitating Latin ones.
    public var hiddenCharacters: Bool
    /// How the account is connected to the person: `follower`, `following`, `friend`.
    public var connections: [String]
    /// What Safehold suggests.
    public var suggestion: NetworkSuggestion
    /// Why, strongest first; empty when nothing stood out.
    public var reasons: [NetworkReason]
    /// The sum of the reasons' points.
    public var points: Int
}

/// Reviews the person's followers, followings and friends from the vault: imports, the people they named,
/// the accounts they entered by hand, and the findings on their messages.
///
/// An account counts as connected to the abuser when the person entered it as `linked` (from the abuser's or
/// an ally's lists); as a known look-alike when they entered it as a suspect, or when its handle is one of the
/// person's with invisible characters or spaces added. Rules and points are
/// ``NetworkAudit``'s. Time is linear in the vault's items.
public struct NetworkReview: Sendable {
    let vault: Vault
    let now: Date

    /// A review of an unlocked vault.
    /// - Parameters:
    ///   - vault: The vault.
    ///   - now: When "new account" is measured from.
    public init(vault: Vault, now: Date = Date()) {
        self.vault = vault
        self.now = now
    }

    /// Every connection once, block first, then remove, look again and keep; within each, most points first.
    /// - Throws: ``SafeholdError`` when the vault cannot be read.
    public func audit() throws -> [AuditedAccount] {
        Self.audit(try NetworkSnapshot(vault: vault), now: now)
    }

    static func audit(_ snapshot: NetworkSnapshot, now: Date) -> [AuditedAccount] {
        let mine = snapshot.mine.map { SafeholdNetwork.AccountRef(platform: $0.platform, handle: $0.handle) }
        let audit = NetworkAudit(
            myAccounts: mine,
            abuser: snapshot.abuser,
            allies: snapshot.allies,
            connections: snapshot.connections,
            interactions: snapshot.interactions,
            abuserConnections: snapshot.linked,
            knownLookalikes: snapshot.suspects.map {
                SafeholdNetwork.AccountRef(platform: $0.platform, handle: $0.handle)
            }
                + snapshot.connections.map(\.account).filter { snapshot.isDisguisedOwn($0) },
            now: now
        )
        return audit.review().map(AuditedAccount.init)
    }
}

extension AuditedAccount {
    init(_ entry: AuditEntry) {
        let account = entry.account
        id = Self.stableID(account)
        platform = account.platform
        handle = account.handle
        (shownHandle, hiddenCharacters) = Self.shown(account.handle)
        accountID = account.id
        connections = entry.kinds.map(\.rawValue)
        suggestion =
            switch entry.suggestion {
            case .block: .block
            case .remove: .remove
            case .lookAgain: .lookAgain
            case .keep: .keep
            }
        reasons = entry.reasons.map { NetworkReason(code: $0.code.rawValue, sentence: $0.sentence, points: $0.points) }
        points = entry.points
    }

    /// The handle with look-alike and invisible characters written out, and whether it has any; a handle of
    /// printable ASCII other than brackets (most of them) is shown as it is, without inspecting it.
    static func shown(_ handle: String) -> (String, Bool) {
        let plain =
            handle.utf8.count <= 64 && handle.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != 0x5B && $0 != 0x5D }
        if plain { return (handle, false) }
        let inspected = VisibleName.inspect(String(String.UnicodeScalarView(handle.unicodeScalars.prefix(256))))
        return (VisibleName.render(handle, limit: 64), inspected.needsMarking)
    }

    /// `n-` and 12 hexadecimal digits of an FNV-1a hash of the account's match key.
    static func stableID(_ account: SafeholdNetwork.AccountRef) -> String {
        let key = account.idKey ?? account.handleKey
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash & 0xFFFF_FFFF_FFFF, radix: 16)
        return "n-" + String(repeating: "0", count: 12 - hex.count) + hex
    }

    /// The account as the export functions read it.
    var ref: SafeholdNetwork.AccountRef {
        SafeholdNetwork.AccountRef(platform: platform, handle: handle, id: accountID)
    }
}
