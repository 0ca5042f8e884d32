import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Safehold
import SafeholdCore
import SafeholdVault

/// What the list pages show, read from the vault once and kept while the vault does not change.
///
/// Reading 100,000 items takes seconds; pages must answer in milliseconds. The snapshot is keyed by
/// the vault object and its log size: every write (an import, a decision, a note) appends to the log,
/// so a changed size means the next request brings the snapshot up to date, reading only what was
/// appended (``updated(_:)``). It lives only in this process's memory, like the unlocked vault itself,
/// and goes when the session locks.
struct CaseSnapshot: Sendable {
    /// Every item's row, newest first.
    private(set) var rows: [ItemRow]
    /// Items by kind, for the home page.
    private(set) var kinds: [Count]
    /// Platforms seen.
    private(set) var platforms: [String]
    /// The triage queue, dismissed items included (they come last).
    let queue: [TriageEntry]
    /// The log size the snapshot was read at.
    let logSize: Int
    /// Each row's words, sender and platform, lower-cased, for search (same order as ``rows``).
    private(set) var searchable: [[UInt8]]

    static func read(_ vault: Vault) throws -> CaseSnapshot {
        let logSize = vault.logSize
        let items = try vault.items()
        let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        let queue = try TriageQueue(vault: vault).entries(includeDismissed: true, items: byID)
        return CaseSnapshot(items: items, queue: queue, logSize: logSize, in: vault)
    }

    /// This snapshot brought up to date: only the items and findings sealed since it was read are read, and
    /// the person's decisions. After a triage decision in a vault of 100,000 items this reads a handful of
    /// entries instead of every item again. A log that did not grow from this one's gets a full read.
    func updated(_ vault: Vault) throws -> CaseSnapshot {
        let logSize = vault.logSize
        guard logSize > self.logSize else { return logSize == self.logSize ? self : try Self.read(vault) }
        let added = try vault.items(fromLogPosition: self.logSize)
        let queue = try TriageQueue(vault: vault).entries(updating: self.queue, fromLogPosition: self.logSize)
        var next = CaseSnapshot(items: added, queue: queue, logSize: logSize, in: vault)
        next.rows += rows
        next.searchable += searchable
        var kinds = Dictionary(self.kinds.map { ($0.name, $0.count) }, uniquingKeysWith: +)
        for kind in next.kinds { kinds[kind.name, default: 0] += kind.count }
        next.kinds = kinds.sorted { $0.key < $1.key }.map { Count(name: $0.key, count: $0.value) }
        next.platforms = Set(platforms).union(next.platforms).sorted()
        return next
    }

    /// A snapshot of these items (oldest first) and this queue. Items sealed at or after `logSize` (an import
    /// still writing while this was read) are left for the next update, so none is ever counted twice.
    private init(items: [CaptureRecord], queue: [TriageEntry], logSize: Int, in vault: Vault) {
        let items = items.filter { $0.logIndex < UInt64(logSize) }
        var kinds: [String: Int] = [:]
        var platforms = Set<String>()
        for item in items {
            kinds[ItemText.kind(of: item), default: 0] += 1
            if let platform = item.details.platform?.rawValue ?? item.record?.platform.rawValue { platforms.insert(platform) }
        }
        searchable = items.reversed().map { item in
            let parts = [item.record?.text ?? (try? item.typedText(in: vault, maxBytes: 64 << 10)) ?? nil, item.record?.author?.label, item.details.author, item.details.note,
                item.record?.conversationTitle, item.source.fileName, (item.details.platform ?? item.record?.platform)?.rawValue]
            return Array(parts.compactMap { $0 }.joined(separator: "\n").lowercased().utf8.prefix(64 << 10))
        }
        rows = items.reversed().map(ItemRow.init)
        self.kinds = kinds.sorted { $0.key < $1.key }.map { Count(name: $0.key, count: $0.value) }
        self.platforms = platforms.sorted()
        // Items whose finding is "none" are never listed; bringing the queue up to date does not need them.
        self.queue = queue.filter { $0.severity != .none }
        self.logSize = logSize
    }

    /// The rows whose words, sender, platform or file name contain `query`, ignoring case; at most
    /// `limit`, with the number of all matches.
    func search(_ query: String, limit: Int) -> (rows: [ItemRow], count: Int) {
        let needle = Array(query.lowercased().utf8)
        guard !needle.isEmpty else { return ([], 0) }
        var found: [ItemRow] = []
        var count = 0
        for (index, haystack) in searchable.enumerated() where Self.contains(haystack, needle) {
            count += 1
            if found.count < limit { found.append(rows[index]) }
        }
        return (found, count)
    }

    /// Byte search: the C library's memchr finds each candidate first byte, memcmp checks the rest.
    /// (glibc's memmem is not visible to Swift here.) Linear for real text; a haystack of the same
    /// repeated byte costs at most its length times the needle's, and haystacks are cut to 64 KB.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        return haystack.withUnsafeBytes { hay in
            needle.withUnsafeBytes { pin in
                guard let base = hay.baseAddress, let wanted = pin.baseAddress else { return false }
                let last = hay.count - pin.count
                var start = 0
                while start <= last {
                    let first = Int32(needle[0])
                    guard let found = memchr(base + start, first, last - start + 1) else { return false }
                    let hit = UnsafeRawPointer(found)
                    if memcmp(hit, wanted, pin.count) == 0 { return true }
                    start = base.distance(to: hit) + 1
                }
                return false
            }
        }
    }
}

/// One snapshot per unlocked vault, brought up to date when the vault's log grows.
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
        let earlier = kept[key].flatMap { $0.vault === vault ? $0.snapshot : nil }
        let task = Task { try await Blocking.run { try earlier?.updated(vault) ?? CaseSnapshot.read(vault) } }
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
