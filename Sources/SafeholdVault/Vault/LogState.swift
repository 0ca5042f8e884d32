import Crypto
import Foundation
import SafeholdCore

/// The in-memory index of the log while a vault is unlocked: each entry's leaf hash, the running
/// Merkle frontier, where each item sits, and what has been sealed (for "already sealed").
///
/// Rebuilt from the sealed rows at each unlock and never written anywhere. Entries themselves are not
/// kept: they are read and decrypted from the database when asked for, so that memory grows by
/// about a hundred bytes per entry however large the entries are.
struct LogState: Sendable {
    /// Leaf hashes, 32 bytes each, back to back. Unreadable positions hold zeros.
    private var hashBytes: [UInt8] = []
    private var unreadable: Set<Int> = []
    private(set) var count = 0
    private(set) var frontier = MerkleFrontier()
    /// Indexed by item number; -1 where there is no such item.
    private var itemPositions: [Int] = [-1]
    private var dedupe: [DedupeKey: EvidenceID] = [:]
    /// Keys added since the last ``mark()``, so that a failed write can take them back out.
    private var addedKeys: [DedupeKey] = []
    private(set) var lastItemID: UInt64 = 0
    /// Where the annotations of each kind are, so that reading them does not open the whole log.
    private(set) var annotationPositions: [String: [Int]] = [:]
    /// Damage found while reading the log; a vault with any refuses to write.
    private(set) var problems: [VaultProblem] = []
    /// The newest verified checkpoint.
    var latestCheckpoint: SignedCheckpoint?

    var isDamaged: Bool { !problems.isEmpty }

    /// Adds rows read from the database (and opened by ``LogReader``), noting gaps and rows that do not open.
    mutating func absorb(_ rows: [VaultDatabase.SealedRow], opened: [LogReader.Opened?]) {
        for (row, opened) in zip(rows, opened) {
            if row.key < Int64(count) { continue }
            if row.key > Int64(count) {
                problems.append(
                    VaultProblem(
                        kind: "log-gap",
                        location: "log entries \(count)-\(row.key - 1)",
                        message: "Log entries \(count) to \(row.key - 1) are missing; they were removed from the vault."
                    )
                )
                // Keep positions aligned with the stored rows so that later items stay readable.
                while Int64(count) < row.key { appendUnreadable() }
            }
            guard let opened else {
                problems.append(
                    VaultProblem(
                        kind: "log-entry-unreadable",
                        location: "log entry \(row.key)",
                        message: "Log entry \(row.key) was changed or moved and can no longer be read."
                    )
                )
                appendUnreadable()
                continue
            }
            append(opened.entry, leafHash: opened.leafHash)
        }
    }

    private mutating func appendUnreadable() {
        unreadable.insert(count)
        hashBytes.append(contentsOf: repeatElement(0, count: 32))
        count += 1
    }

    /// Appends an entry that is known to be good.
    mutating func append(_ entry: LogEntry, leafHash: MerkleHash, key precomputed: DedupeKey? = nil) {
        let position = count
        hashBytes.append(contentsOf: leafHash)
        count += 1
        if !isDamaged { frontier.append(leafHash) }
        if case .annotation(let annotation) = entry {
            annotationPositions[annotation.kind, default: []].append(position)
        }
        guard case .item(let item) = entry else { return }
        let id = Int(item.id.rawValue)
        if id >= itemPositions.count {
            itemPositions.append(contentsOf: repeatElement(-1, count: id - itemPositions.count + 1))
        }
        itemPositions[id] = position
        let key = precomputed ?? DedupeKey(item)
        dedupe[key] = item.id
        addedKeys.append(key)
        lastItemID = max(lastItemID, item.id.rawValue)
    }

    /// The leaf hash at a position, or `nil` where the entry could not be read.
    func leafHash(at position: Int) -> MerkleHash? {
        guard position < count, !unreadable.contains(position) else { return nil }
        return Array(hashBytes[position * 32..<position * 32 + 32])
    }

    /// Checks the newest checkpoint against the entries: readable, signed by this vault, same size, same root.
    mutating func verifyLatestCheckpoint(_ row: VaultDatabase.SealedRow?, keys: VaultKeys) {
        guard let row else {
            if count > 0 { problems.append(Self.missingCheckpointProblem) }
            return
        }
        guard let signed = Self.openCheckpoint(row, keys: keys, problems: &problems) else { return }
        latestCheckpoint = signed
        if signed.checkpoint.size != UInt64(count) {
            problems.append(
                VaultProblem(
                    kind: "log-size-mismatch",
                    location: "checkpoint \(row.key)",
                    message:
                        "The last signed checkpoint covers \(signed.checkpoint.size) entries but the log holds \(count); entries were added or removed outside Safehold."
                )
            )
        } else if !isDamaged, signed.checkpoint.rootHash != frontier.root {
            problems.append(
                VaultProblem(
                    kind: "checkpoint-root-mismatch",
                    location: "checkpoint \(row.key)",
                    message: "The log no longer matches its last signed checkpoint; some entry was changed."
                )
            )
        }
    }

    static let missingCheckpointProblem = VaultProblem(
        kind: "checkpoint-missing",
        location: "checkpoints",
        message: "The vault's signed checkpoints are missing, so its log cannot be vouched for."
    )

    /// Decrypts and verifies one checkpoint row, recording why when it fails.
    static func openCheckpoint(
        _ row: VaultDatabase.SealedRow,
        keys: VaultKeys,
        problems: inout [VaultProblem]
    ) -> SignedCheckpoint? {
        guard let stored = storedCheckpoint(row, keys: keys) else {
            problems.append(
                VaultProblem(
                    kind: "checkpoint-unreadable",
                    location: "checkpoint \(row.key)",
                    message: "The checkpoint for \(row.key) entries was changed or moved and can no longer be read."
                )
            )
            return nil
        }
        guard let signed = keys.checkpointKey.verify(note: stored.note), signed.checkpoint.size == UInt64(row.key)
        else {
            problems.append(
                VaultProblem(
                    kind: "checkpoint-signature-invalid",
                    location: "checkpoint \(row.key)",
                    message: "The checkpoint for \(row.key) entries is not signed by this vault's key."
                )
            )
            return nil
        }
        return signed
    }

    /// The decrypted content of a checkpoint row, unverified.
    static func storedCheckpoint(_ row: VaultDatabase.SealedRow, keys: VaultKeys) -> StoredCheckpoint? {
        guard let plain = keys.openRow(row.sealed, context: "checkpoint|\(row.key)") else { return nil }
        return try? JSONDecoder().decode(StoredCheckpoint.self, from: Data(plain))
    }

    // MARK: Undo

    /// Where the state stood before a write, to return to if the write's transaction fails.
    struct Mark {
        fileprivate var count: Int
        fileprivate var frontier: MerkleFrontier
        fileprivate var lastItemID: UInt64
        fileprivate var latestCheckpoint: SignedCheckpoint?
        fileprivate var problemCount: Int
    }

    /// Remembers the current state; only the newest mark can be rolled back to.
    mutating func mark() -> Mark {
        addedKeys.removeAll(keepingCapacity: true)
        return Mark(
            count: count,
            frontier: frontier,
            lastItemID: lastItemID,
            latestCheckpoint: latestCheckpoint,
            problemCount: problems.count
        )
    }

    /// Forgets everything appended since `mark`; cheap, since only the new tail is touched.
    mutating func rollBack(to mark: Mark) {
        for key in addedKeys { dedupe[key] = nil }
        addedKeys.removeAll()
        for id in Int(mark.lastItemID + 1)..<itemPositions.count { itemPositions[id] = -1 }
        unreadable = unreadable.filter { $0 < mark.count }
        hashBytes.removeSubrange((mark.count * 32)...)
        count = mark.count
        frontier = mark.frontier
        lastItemID = mark.lastItemID
        latestCheckpoint = mark.latestCheckpoint
        problems.removeSubrange(mark.problemCount...)
        for kind in annotationPositions.keys {
            annotationPositions[kind]?.removeAll { $0 >= mark.count }
        }
    }

    // MARK: Reading

    func position(of id: EvidenceID) -> Int? {
        let index = Int(clamping: id.rawValue)
        guard index < itemPositions.count, itemPositions[index] >= 0 else { return nil }
        return itemPositions[index]
    }

    /// The positions of every readable item, in the order they were sealed.
    var itemPositionsInOrder: [Int] { itemPositions.filter { $0 >= 0 } }

    func existingItem(matching key: DedupeKey) -> EvidenceID? { dedupe[key] }
}

/// What makes two items "the same": the same bytes, the same details, the same place in the same
/// kind of source. Kept as a 32-byte digest so that the index stays small.
struct DedupeKey: Hashable, Sendable {
    private let a, b, c, d: UInt64

    init(_ item: ItemEntry) {
        var hasher = SHA256()
        hasher.update(data: Array(item.sha256.bytes))
        hasher.update(data: Array("|\(item.source.kind.rawValue)|\(item.source.pathInArchive ?? "")|".utf8))
        var details = CanonicalJSONWriter()
        item.details.writeJSON(to: &details)
        hasher.update(data: details.bytes)
        let bytes = Array(hasher.finalize())
        func word(_ offset: Int) -> UInt64 { bytes[offset..<offset + 8].reduce(0) { $0 << 8 | UInt64($1) } }
        (a, b, c, d) = (word(0), word(8), word(16), word(24))
    }
}

/// The sealed content of a checkpoint row: the signed note and when it was made.
struct StoredCheckpoint: Codable {
    var note: String
    var at: Timestamp
}

/// Decrypting and decoding log rows, spread over every core.
enum LogReader {
    /// One row opened.
    struct Opened: Sendable {
        var entry: LogEntry
        var leafHash: MerkleHash
    }

    /// Opens rows in parallel; the result has one element per row, `nil` where a row does not open.
    static func open(_ rows: [VaultDatabase.SealedRow], keys: VaultKeys) -> [Opened?] {
        let chunk = 512
        let chunks = (rows.count + chunk - 1) / chunk
        let results = UnsafeMutableBufferPointer<Opened?>.allocate(capacity: rows.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let output = results
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            let decoder = JSONDecoder()
            for position in index * chunk..<min(rows.count, (index + 1) * chunk) {
                let row = rows[position]
                guard let plain = keys.openRow(row.sealed, context: "log-entry|\(row.key)"),
                    let entry = try? LogEntry.decode(plain, decoder: decoder)
                else { continue }
                output[position] = Opened(entry: entry, leafHash: MerkleHashing.leafHash(plain))
            }
        }
        return Array(results)
    }
}
