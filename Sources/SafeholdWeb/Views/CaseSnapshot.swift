import Foundation
import Safehold
import SafeholdCore
import SafeholdVault

/// What the list pages show, read from the vault once and kept while the vault does not change.
///
/// Reading 100,000 items takes seconds; pages must answer in milliseconds. The snapshot is keyed by
/// the vault object and its log size: every write (an import, a decision, a note) appends to the log,
/// so a changed size means a new snapshot is read on the next request. It lives only in this
/// process's memory, like the unlocked vault itself, and goes when the session locks.
struct CaseSnapshot: Sendable {
    /// Every item's row, newest first.
    let rows: [ItemRow]
    /// Items by kind, for the home page.
    let kinds: [Count]
    /// Platforms seen.
    let platforms: [String]
    /// The triage queue, dismissed items included (they come last).
    let queue: [TriageEntry]
    /// The log size the snapshot was read at.
    let logSize: Int

    static func read(_ vault: Vault) throws -> CaseSnapshot {
        let logSize = vault.logSize
        let items = try vault.items()
        var kinds: [String: Int] = [:]
        var platforms = Set<String>()
        for item in items {
            kinds[ItemText.kind(of: item), default: 0] += 1
            if let platform = item.details.platform?.rawValue ?? item.record?.platform.rawValue { platforms.insert(platform) }
        }
        let queue = try TriageQueue(vault: vault).entries(includeDismissed: true).filter { $0.severity != .none }
        return CaseSnapshot(
            rows: items.reversed().map(ItemRow.init),
            kinds: kinds.sorted { $0.key < $1.key }.map { Count(name: $0.key, count: $0.value) },
            platforms: platforms.sorted(),
            queue: queue,
            logSize: logSize)
    }
}

/// One snapshot per unlocked vault, replaced when the vault's log grows.
actor SnapshotCache {
    /// The vault is held weakly: a locked vault must not stay in memory because of its snapshot.
    private struct Kept {
        weak var vault: Vault?
        let snapshot: CaseSnapshot
    }

    private var kept: [ObjectIdentifier: Kept] = [:]
    private var reading: [ObjectIdentifier: Task<CaseSnapshot, any Error>] = [:]

    /// The vault's current snapshot, read now if the vault changed since the last one.
    func snapshot(of vault: Vault) async throws -> CaseSnapshot {
        kept = kept.filter { $0.value.vault != nil }
        let key = ObjectIdentifier(vault)
        if let entry = kept[key], entry.vault === vault, entry.snapshot.logSize == vault.logSize { return entry.snapshot }
        if let pending = reading[key] { return try await pending.value }
        let task = Task { try await Blocking.run { try CaseSnapshot.read(vault) } }
        reading[key] = task
        defer { reading[key] = nil }
        let fresh = try await task.value
        kept[key] = Kept(vault: vault, snapshot: fresh)
        return fresh
    }

    /// Forgets a vault's snapshot (when its session locks).
    func forget(_ vault: Vault) {
        kept[ObjectIdentifier(vault)] = nil
    }
}
