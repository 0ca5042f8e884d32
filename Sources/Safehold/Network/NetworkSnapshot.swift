import Foundation
import SafeholdCore
import SafeholdNetwork
import SafeholdVault

/// Everything the network audit and the impersonation review read, gathered from the vault in one pass.
///
/// Owner accounts (the person's) are the authors of relationship and profile records in imports plus the
/// accounts the person added as their own; a record they wrote is an interaction from them, any other is from
/// the other account. Accounts with neither a handle nor an id cannot be matched and are left out of
/// interactions.
struct NetworkSnapshot: Sendable {
    var mine: [AccountProfile] = []
    var ownKeys = Set<String>()
    var connections: [Connection] = []
    var interactions: [Interaction] = []
    var abuser: [SafeholdNetwork.AccountRef] = []
    var allies: [SafeholdNetwork.AccountRef] = []
    var linked: [SafeholdNetwork.AccountRef] = []
    var suspects: [AccountProfile] = []
    /// Every other account seen in records, by match key, with what is known of its profile.
    var seen: [String: AccountProfile] = [:]
    var seenOrder: [String] = []
    /// Accounts the person entered by hand (suspects and linked ones), by match key.
    var entered: [String: AccountProfile] = [:]

    /// Reads the vault.
    init(vault: Vault) throws {
        let items = try vault.items()
        let notes = CaseNotes(vault: vault)
        let flagged = try Self.flaggedItems(notes)
        for stored in try NetworkAccounts(vault: vault).list() { addHandEntered(stored.account) }
        let records = items.compactMap { item in item.record.map { (item.id, $0) } }
        for (_, record) in records { noteOwner(record) }
        for (id, record) in records { read(record, flagged: flagged.contains(id)) }
        for item in items where item.record == nil { readTyped(item, flagged: flagged.contains(item.id)) }
        let platforms = Set(connections.map(\.account.platform))
        for person in try notes.people() { addKnown(person.value, platforms: platforms) }
        connections = connections.map { connection in
            var connection = connection
            connection.profile = connection.profile ?? profile(for: connection.account)
            return connection
        }
    }

    /// A snapshot built directly, for tests and benchmarks.
    init() {}

    /// The items whose findings are urgent, high or medium and not set aside, and those the person confirmed.
    static func flaggedItems(_ notes: CaseNotes) throws -> Set<EvidenceID> {
        let decisions = try notes.current(TriageDecision.self)
        let dismissed = Set(decisions.filter { $0.value.status == .dismissed }.flatMap(\.about))
        var flagged = Set(decisions.filter { $0.value.status == .confirmed }.flatMap(\.about))
        for finding in try notes.current(Finding.self) where finding.value.severity >= .medium {
            for id in finding.about where !dismissed.contains(id) { flagged.insert(id) }
        }
        return flagged
    }

    mutating func addHandEntered(_ account: NetworkAccount) {
        let profile = account.profile
        let ref = SafeholdNetwork.AccountRef(platform: profile.platform, handle: profile.handle)
        switch account.role {
        case .mine:
            mine.append(profile)
            insertOwn(ref)
        case .suspect:
            suspects.append(profile)
            entered[ref.handleKey] = profile
        case .linked:
            linked.append(ref)
            entered[ref.handleKey] = profile
        }
    }

    mutating func insertOwn(_ ref: SafeholdNetwork.AccountRef) {
        if ref.hasHandle { ownKeys.insert(ref.handleKey) }
        if let id = ref.idKey { ownKeys.insert(id) }
    }

    /// Whether an account is the person's: its platform id, or its handle written without invisible characters
    /// or spaces (a copy of the person's handle with one added is someone else, see ``isDisguisedOwn(_:key:)``).
    func isOwn(_ ref: SafeholdNetwork.AccountRef, key: String? = nil) -> Bool {
        if let id = ref.idKey, ownKeys.contains(id) { return true }
        let key = key ?? ref.handleKey
        return !key.hasSuffix("\u{1F}") && ownKeys.contains(key) && !ref.hasHiddenCharacters
    }

    /// Whether an account's handle is one of the person's with invisible characters or spaces added at its ends,
    /// which the handle matching of `SafeholdNetwork` trims away and would take for the person's own.
    func isDisguisedOwn(_ ref: SafeholdNetwork.AccountRef, key: String? = nil) -> Bool {
        let key = key ?? ref.handleKey
        return !key.hasSuffix("\u{1F}") && ownKeys.contains(key) && ref.hasHiddenCharacters
            && ref.idKey.map(ownKeys.contains) != true
    }

    /// Relationship and profile records name the export's owner as their author.
    mutating func noteOwner(_ record: NormalizedRecord) {
        guard record.kind == .relationship || record.kind == .profile, let author = record.author,
            case (let ref, _)? = Self.ref(author, platform: record.platform)
        else { return }
        insertOwn(ref)
        guard record.kind == .profile else { return }
        mergeOwnProfile(record, ref: ref)
    }

    mutating func mergeOwnProfile(_ record: NormalizedRecord, ref: SafeholdNetwork.AccountRef) {
        let index = mine.firstIndex { profile in
            let other = SafeholdNetwork.AccountRef(platform: profile.platform, handle: profile.handle)
            return other.platform == ref.platform
                && (!other.hasHandle || !ref.hasHandle || other.handleKey == ref.handleKey)
        }
        var profile = index.map { mine[$0] } ?? AccountProfile(platform: ref.platform, handle: ref.handle)
        if profile.handle.isEmpty { profile.handle = ref.handle }
        profile.name = profile.name ?? record.author?.displayName
        profile.bio = profile.bio ?? record.text.map { String($0.unicodeScalars.prefix(4_000)) }
        profile.createdAt = profile.createdAt ?? record.createdAt?.rfc3339
        if let index { mine[index] = profile } else { mine.append(profile) }
    }

    /// A vault account as the network module names it, with its handle key (computed once: it is the costly
    /// part), or nil when it has neither a handle nor an id.
    static func ref(_ account: SafeholdCore.AccountRef, platform: Platform) -> (SafeholdNetwork.AccountRef, String)? {
        let handle = account.handle.map { String($0.unicodeScalars.prefix(256)) } ?? ""
        let id = account.id.map { String($0.unicodeScalars.prefix(128)) }.flatMap { $0.isEmpty ? nil : $0 }
        let ref = SafeholdNetwork.AccountRef(platform: platform.rawValue, handle: handle, id: id)
        let key = ref.handleKey
        return !key.hasSuffix("\u{1F}") || id != nil ? (ref, key) : nil
    }

    func profile(for account: SafeholdNetwork.AccountRef) -> AccountProfile? {
        account.hasHandle ? entered[account.handleKey] : nil
    }
}

extension SafeholdNetwork.AccountRef {
    /// Whether the handle has anything left once `@`, a server and spaces are taken off (its match key is
    /// the platform alone otherwise, which would match every other account without a handle).
    var hasHandle: Bool { !handleKey.hasSuffix("\u{1F}") }

    /// Whether the handle holds an invisible character or a space anywhere (no platform allows either).
    var hasHiddenCharacters: Bool {
        handle.unicodeScalars.contains { VisibleName.isInvisible($0) || $0.properties.isWhitespace }
    }
}
