import Foundation
public import SafeholdCore
public import SafeholdVault

/// One item in the triage queue: what a person sees before choosing to read it.
public struct TriageEntry: Codable, Sendable {
    public var id: EvidenceID
    public var severity: Severity
    public var reason: String
    public var help: String?
    public var platform: String?
    public var postedAt: Timestamp?
    public var capturedAt: Timestamp
    public var sender: String?
    public var labels: [String]
    public var rules: [String]
    /// The person's decision, if they made one.
    public var decision: TriageDecision.Status?
}

/// The findings, most severe first, then newest first; dismissed items last.
public struct TriageQueue: Sendable {
    let vault: Vault

    public init(vault: Vault) { self.vault = vault }

    /// The queue.
    /// - Parameters:
    ///   - includeDismissed: Whether items the person set aside are listed (last).
    ///   - items: The vault's items when the caller has already read them, so each is not read again.
    /// - Throws: ``SafeholdError`` when the vault cannot be read.
    public func entries(includeDismissed: Bool, items: [EvidenceID: CaptureRecord]? = nil) throws -> [TriageEntry] {
        let notes = CaseNotes(vault: vault)
        let decisions = Dictionary(
            try notes.current(TriageDecision.self).map { ($0.key, $0.value.status) }, uniquingKeysWith: { $1 })
        let entries = try notes.current(Finding.self).compactMap { note -> TriageEntry? in
            guard let id = note.about.first, let item = items.map({ $0[id] }) ?? (try? vault.item(id)) else { return nil }
            let decision = decisions[note.key]
            if decision == .dismissed && !includeDismissed { return nil }
            return Self.entry(id: id, finding: note.value, item: item, decision: decision)
        }
        return Self.sorted(entries)
    }

    /// A queue read earlier (``entries(includeDismissed:items:)`` with dismissed items included) brought up
    /// to date with the findings written at or after a log position, reading only those, the items they
    /// concern, and the person's decisions (one note per decision made, never one per item). The same queue
    /// a full read gives, without reading every finding in the vault again after each decision.
    /// - Throws: ``SafeholdError`` when the vault cannot be read.
    public func entries(updating earlier: [TriageEntry], fromLogPosition start: Int) throws -> [TriageEntry] {
        let notes = CaseNotes(vault: vault)
        let decisions = Dictionary(
            try notes.current(TriageDecision.self).map { ($0.key, $0.value.status) }, uniquingKeysWith: { $1 })
        var byKey = Dictionary(earlier.map { ("item:\($0.id)", $0) }, uniquingKeysWith: { $1 })
        for change in try notes.changes(Finding.self, fromLogPosition: start) {
            guard let finding = change.value, let id = change.about.first, let item = try? vault.item(id) else {
                byKey[change.key] = nil
                continue
            }
            byKey[change.key] = Self.entry(id: id, finding: finding, item: item, decision: nil)
        }
        for key in byKey.keys { byKey[key]?.decision = decisions[key] }
        return Self.sorted(Array(byKey.values))
    }

    private static func entry(id: EvidenceID, finding: Finding, item: CaptureRecord, decision: TriageDecision.Status?)
        -> TriageEntry
    {
        TriageEntry(
            id: id, severity: finding.severity, reason: finding.reason, help: finding.help,
            platform: (item.details.platform ?? item.record?.platform)?.rawValue,
            postedAt: item.details.postedAt ?? item.record?.createdAt, capturedAt: item.capturedAt,
            sender: item.record?.author?.label ?? item.details.author, labels: finding.labels,
            rules: finding.rules.map(\.name), decision: decision)
    }

    /// Most severe first, then newest first, then the higher item number; dismissed items last. A total
    /// order, so a queue read in full and one brought up to date list the same items in the same order.
    private static func sorted(_ entries: [TriageEntry]) -> [TriageEntry] {
        entries.sorted { a, b in
            if (a.decision == .dismissed) != (b.decision == .dismissed) { return b.decision == .dismissed }
            if a.severity != b.severity { return a.severity > b.severity }
            let (first, second) = (a.postedAt ?? a.capturedAt, b.postedAt ?? b.capturedAt)
            if first.date != second.date { return first.date > second.date }
            return a.id > b.id
        }
    }

    /// The finding for one item, if it has one.
    /// - Throws: ``SafeholdError`` when the vault cannot be read.
    public func finding(for id: EvidenceID) throws -> Finding? {
        try CaseNotes(vault: vault).current(Finding.self).last { $0.key == "item:\(id)" }?.value
    }

    /// Records the person's decision about an item.
    /// - Throws: ``SafeholdError`` `not-found` when there is no such item.
    public func decide(_ id: EvidenceID, _ status: TriageDecision.Status, label: String?) throws {
        _ = try vault.item(id)
        try CaseNotes(vault: vault).save(TriageDecision(status: status, label: label), key: "item:\(id)", about: [id])
    }
}
