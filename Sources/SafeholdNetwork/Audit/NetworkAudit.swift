public import Foundation

/// Reviews the person's followers, followings and friends and suggests, for each, keep, look again, remove or
/// block, with the reasons in plain words. Nothing is decided for the person.
///
/// Points per reason: listed as the abuser or as helping them, block outright; sent flagged content +4;
/// engaged with flagged content (liked, shared) +2; also connected to the abuser or an ally +2; look-alike of
/// the person, the abuser or an ally +3; never interacted either way +1; new (under 90 days) or nearly empty
/// +1; talks with the person both ways −1. Four points or more suggest block, 3 remove, 2 look again, less
/// keep — so never having interacted is not enough on its own, but with a new account it asks for a look.
/// Time is linear in connections plus interactions (hash maps); look-alike checks compare each account with
/// the few listed ones only.
public struct NetworkAudit: Sendable {
    let connections: [Connection]
    let stats: [String: InteractionStats]
    let abuserKeys: Set<String>
    let allyKeys: Set<String>
    let connectedKeys: Set<String>
    let lookalikeKeys: Set<String>
    let known: [KnownAccount]
    let now: Date

    /// An audit of the person's network.
    /// - Parameters:
    ///   - myAccounts: The person's own accounts (their look-alikes are noticed).
    ///   - abuser: Accounts the person listed as the abuser's.
    ///   - allies: Accounts the person listed as helping the abuser.
    ///   - connections: Followers, followings and friends, from imports or entered by hand.
    ///   - interactions: Messages, replies, likes and mentions either way.
    ///   - abuserConnections: Accounts known to be connected to the abuser or an ally (from their lists).
    ///   - knownLookalikes: Accounts already found to imitate someone (by ``ImpersonationScorer`` or the person).
    ///   - now: When "new account" is measured from.
    public init(
        myAccounts: [AccountRef],
        abuser: [AccountRef],
        allies: [AccountRef] = [],
        connections: [Connection],
        interactions: [Interaction],
        abuserConnections: [AccountRef] = [],
        knownLookalikes: [AccountRef] = [],
        now: Date = Date()
    ) {
        self.connections = connections
        self.now = now
        abuserKeys = Self.keys(abuser)
        allyKeys = Self.keys(allies)
        connectedKeys = Self.keys(abuserConnections)
        lookalikeKeys = Self.keys(knownLookalikes)
        known =
            myAccounts.map { KnownAccount($0, role: .mine) } + abuser.map { KnownAccount($0, role: .abuser) }
            + allies.map { KnownAccount($0, role: .ally) }
        var stats: [String: InteractionStats] = [:]
        for interaction in interactions {
            let key = interaction.account.idKey ?? interaction.account.handleKey
            stats[key, default: InteractionStats()].add(interaction)
            if interaction.account.idKey != nil {
                stats[interaction.account.handleKey, default: InteractionStats()].add(interaction)
            }
        }
        self.stats = stats
    }

    /// One entry per account (an account that both follows and is followed appears once), block first, then
    /// remove, look again and keep; within each, most points first, then by handle.
    public func review() -> [AuditEntry] {
        var order: [String] = []
        var merged: [String: (Connection, [ConnectionKind])] = [:]
        for (row, connection) in connections.enumerated() {
            // An account with neither an id nor a handle cannot be matched with anything: it stays on its own.
            let plain = HandleForm.plainHandle(connection.account.handle)
            let key = connection.account.idKey ?? (plain.isEmpty ? "\u{1F}row\(row)" : connection.account.handleKey)
            if var existing = merged[key] {
                if !existing.1.contains(connection.kind) { existing.1.append(connection.kind) }
                if existing.0.profile == nil { existing.0.profile = connection.profile }
                merged[key] = existing
            } else {
                merged[key] = (connection, [connection.kind])
                order.append(key)
            }
        }
        let entries = order.compactMap { merged[$0] }.map { entry(for: $0.0, kinds: $0.1) }
        return entries.sorted {
            ($0.suggestion, -$0.points, $0.account.handle.lowercased())
                < ($1.suggestion, -$1.points, $1.account.handle.lowercased())
        }
    }

    static func keys(_ accounts: [AccountRef]) -> Set<String> {
        var keys = Set<String>()
        for account in accounts {
            keys.insert(account.handleKey)
            if let id = account.idKey { keys.insert(id) }
        }
        return keys
    }

    func matches(_ keys: AccountKeys, _ set: Set<String>) -> Bool {
        set.contains(keys.handle) || (keys.id.map { set.contains($0) } ?? false)
    }

    func interactionStats(_ keys: AccountKeys) -> InteractionStats {
        if let id = keys.id, let found = stats[id] { return found }
        return stats[keys.handle] ?? InteractionStats()
    }
}

/// An account's match keys, computed once.
struct AccountKeys: Sendable {
    let handle: String
    let id: String?

    init(_ account: AccountRef) {
        handle = account.handleKey
        id = account.idKey
    }
}

/// Counts of one account's interactions with the person.
struct InteractionStats: Sendable {
    var fromThem = 0
    var fromMe = 0
    var flaggedWritten = 0
    var flaggedEngaged = 0

    mutating func add(_ interaction: Interaction) {
        switch interaction.direction {
        case .fromThem: fromThem += 1
        case .fromMe: fromMe += 1
        }
        guard interaction.flagged, interaction.direction == .fromThem else { return }
        switch interaction.kind {
        case .like, .share: flaggedEngaged += 1
        case .message, .reply, .mention, .comment: flaggedWritten += 1
        }
    }
}

/// An account the person listed (their own, the abuser's, an ally's), prepared for look-alike checks.
struct KnownAccount: Sendable {
    enum Role: Sendable { case mine, abuser, ally }
    let account: AccountRef
    let role: Role
    let form: HandleForm
    let handleKey: String

    init(_ account: AccountRef, role: Role) {
        self.account = account
        self.role = role
        form = HandleForm(account.handle)
        handleKey = account.handleKey
    }
}
