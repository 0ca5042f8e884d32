import Foundation
public import SafeholdCore
public import SafeholdVault

/// Which items go into a bundle or a report: all, by number, platform, date, finding or person.
public struct BundleSelection: Sendable {
    public var ids: [EvidenceID]?
    public var platform: Platform?
    /// Posted (or, failing that, sealed) on or after this time.
    public var from: Timestamp?
    /// Posted (or sealed) before this time.
    public var until: Timestamp?
    /// Only items whose finding is at least this severe.
    public var minimumSeverity: Severity?
    /// Only items whose finding involves this person (an id from `safehold people`).
    public var person: String?

    public init(
        ids: [EvidenceID]? = nil, platform: Platform? = nil, from: Timestamp? = nil, until: Timestamp? = nil,
        minimumSeverity: Severity? = nil, person: String? = nil
    ) {
        self.ids = ids
        self.platform = platform
        self.from = from
        self.until = until
        self.minimumSeverity = minimumSeverity
        self.person = person
    }

    /// A plain description, recorded in the bundle's manifest.
    public var description: String {
        var parts: [String] = []
        if let ids { parts.append("items " + ids.map { String($0.rawValue) }.joined(separator: ", ")) }
        if let platform { parts.append("platform \(platform.rawValue)") }
        if let from { parts.append("from \(from.rfc3339)") }
        if let until { parts.append("until \(until.rfc3339)") }
        if let minimumSeverity { parts.append("findings \(minimumSeverity.rawValue) or more serious") }
        if let person { parts.append("involving \(person)") }
        return parts.isEmpty ? "all items" : parts.joined(separator: "; ")
    }

    /// The items of a vault that match, in the order they were sealed.
    /// - Throws: ``SafeholdError`` `not-found` for a number that is not an item, or when nothing matches.
    public func items(in vault: Vault) throws -> [EvidenceID] {
        if let ids { for id in ids { _ = try vault.item(id) } }
        let findings = (minimumSeverity != nil || person != nil)
            ? Dictionary(try CaseNotes(vault: vault).current(Finding.self).compactMap { note in note.about.first.map { ($0, note.value) } },
                         uniquingKeysWith: { $1 })
            : [:]
        let wanted = ids.map(Set.init)
        let chosen = try vault.items().filter { item in
            if let wanted, !wanted.contains(item.id) { return false }
            if let platform, (item.details.platform ?? item.record?.platform) != platform { return false }
            let when = item.details.postedAt ?? item.record?.createdAt ?? item.capturedAt
            if let from, when < from { return false }
            if let until, when >= until { return false }
            if let minimumSeverity, (findings[item.id]?.severity ?? .none) < minimumSeverity { return false }
            if let person, !(findings[item.id]?.people.contains { $0.id == person } ?? false) { return false }
            return true
        }.map(\.id)
        guard !chosen.isEmpty else {
            throw SafeholdError(.notFound, "No items match that selection, so no bundle was made.")
        }
        return chosen
    }
}
