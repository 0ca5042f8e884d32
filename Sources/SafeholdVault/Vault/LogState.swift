import Crypto
import Foundation
import SafeholdCore

/// The in-memory view of the log while a vault is unlocked: every entry decrypted, its leaf hash,
/// the running Merkle frontier, and the index of items. Rebuilt from the sealed rows at each unlock;
/// never written anywhere.
struct LogState: Sendable {
    private(set) var entries: [LogEntry?] = []
    private(set) var leafHashes: [MerkleHash?] = []
    private(set) var frontier = MerkleFrontier()
    private(set) var itemPositions: [EvidenceID: Int] = [:]
    private(set) var dedupe: [String: EvidenceID] = [:]
    private(set) var lastItemID: UInt64 = 0
    /// Damage found while reading the log; a vault with any refuses to write.
    private(set) var problems: [VaultProblem] = []
    /// The newest verified checkpoint.
    var latestCheckpoint: SignedCheckpoint?

    var count: Int { entries.count }
    var isDamaged: Bool { !problems.isEmpty }

    /// Decrypts and appends rows read from the database, noting any that do not open.
    mutating func absorb(_ rows: [VaultDatabase.SealedRow], keys: VaultKeys) {
        for row in rows {
            if row.key < Int64(entries.count) { continue }
            if row.key > Int64(entries.count) {
                problems.append(VaultProblem(
                    kind: "log-gap", location: "log entries \(entries.count)-\(row.key - 1)",
                    message: "Log entries \(entries.count) to \(row.key - 1) are missing; they were removed from the vault."))
                // Keep positions aligned with the stored rows so that later items stay readable.
                while Int64(entries.count) < row.key {
                    entries.append(nil)
                    leafHashes.append(nil)
                }
            }
            guard let plain = keys.openRow(row.sealed, context: "log-entry|\(row.key)"),
                let entry = try? LogEntry.decode(plain)
            else {
                problems.append(VaultProblem(
                    kind: "log-entry-unreadable", location: "log entry \(row.key)",
                    message: "Log entry \(row.key) was changed or moved and can no longer be read."))
                entries.append(nil)
                leafHashes.append(nil)
                continue
            }
            append(entry, leafHash: MerkleHashing.leafHash(plain))
        }
    }

    /// Appends an entry that is known to be good.
    mutating func append(_ entry: LogEntry, leafHash: MerkleHash) {
        let position = entries.count
        entries.append(entry)
        leafHashes.append(leafHash)
        if !isDamaged { frontier.append(leafHash) }
        if case .item(let item) = entry {
            itemPositions[item.id] = position
            dedupe[Self.dedupeKey(item)] = item.id
            lastItemID = max(lastItemID, item.id.rawValue)
        }
    }

    /// The key under which an item counts as already sealed: same bytes, same details, same source path.
    static func dedupeKey(_ item: ItemEntry) -> String {
        let details = (try? CanonicalJSON.encode(item.details)) ?? Data()
        let source = "\(item.source.kind.rawValue)|\(item.source.pathInArchive ?? "")"
        return item.sha256.hex + "|" + source + "|" + String(decoding: details, as: UTF8.self)
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
            problems.append(VaultProblem(
                kind: "log-size-mismatch", location: "checkpoint \(row.key)",
                message: "The last signed checkpoint covers \(signed.checkpoint.size) entries but the log holds \(count); entries were added or removed outside Safehold."))
        } else if !isDamaged, signed.checkpoint.rootHash != frontier.root {
            problems.append(VaultProblem(
                kind: "checkpoint-root-mismatch", location: "checkpoint \(row.key)",
                message: "The log no longer matches its last signed checkpoint; some entry was changed."))
        }
    }

    static let missingCheckpointProblem = VaultProblem(
        kind: "checkpoint-missing", location: "checkpoints",
        message: "The vault's signed checkpoints are missing, so its log cannot be vouched for.")

    /// Decrypts and verifies one checkpoint row, recording why when it fails.
    static func openCheckpoint(
        _ row: VaultDatabase.SealedRow, keys: VaultKeys, problems: inout [VaultProblem]
    ) -> SignedCheckpoint? {
        guard let plain = keys.openRow(row.sealed, context: "checkpoint|\(row.key)"),
            let stored = try? JSONDecoder().decode(StoredCheckpoint.self, from: Data(plain))
        else {
            problems.append(VaultProblem(
                kind: "checkpoint-unreadable", location: "checkpoint \(row.key)",
                message: "The checkpoint for \(row.key) entries was changed or moved and can no longer be read."))
            return nil
        }
        guard let signed = keys.checkpointKey.verify(note: stored.note), signed.checkpoint.size == UInt64(row.key) else {
            problems.append(VaultProblem(
                kind: "checkpoint-signature-invalid", location: "checkpoint \(row.key)",
                message: "The checkpoint for \(row.key) entries is not signed by this vault's key."))
            return nil
        }
        return signed
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

    func mark() -> Mark {
        Mark(count: count, frontier: frontier, lastItemID: lastItemID, latestCheckpoint: latestCheckpoint, problemCount: problems.count)
    }

    /// Forgets everything appended since `mark`; cheap, since only the new tail is touched.
    mutating func rollBack(to mark: Mark) {
        for entry in entries[mark.count...] {
            if case .item(let item)? = entry {
                itemPositions[item.id] = nil
                dedupe[Self.dedupeKey(item)] = nil
            }
        }
        entries.removeSubrange(mark.count...)
        leafHashes.removeSubrange(mark.count...)
        frontier = mark.frontier
        lastItemID = mark.lastItemID
        latestCheckpoint = mark.latestCheckpoint
        problems.removeSubrange(mark.problemCount...)
    }

    // MARK: Reading

    func item(_ id: EvidenceID) -> ItemEntry? {
        guard let position = itemPositions[id], case .item(let item)? = entries[position] else { return nil }
        return item
    }

    func position(of id: EvidenceID) -> Int? { itemPositions[id] }

    var itemIDs: [EvidenceID] { itemPositions.keys.sorted() }

    func existingItem(matching item: ItemEntry) -> EvidenceID? { dedupe[Self.dedupeKey(item)] }
}

/// The sealed content of a checkpoint row: the signed note and when it was made.
struct StoredCheckpoint: Codable {
    var note: String
    var at: Timestamp
}
