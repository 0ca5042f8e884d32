import Crypto
import Foundation
import GRDB
public import SafeholdCore
import Synchronization

/// What proves that one item is in the vault's log: its entry as hashed, where it is, and the audit path.
public struct ItemProof: Sendable {
    /// The item.
    public var record: CaptureRecord
    /// The log entry's canonical JSON, exactly the bytes hashed as the leaf.
    public var entry: [UInt8]
    /// The leaf's position in the log.
    public var leafIndex: Int
    /// The RFC 6962 audit path from the leaf to the root, bottom up.
    public var auditPath: [MerkleHash]
}

/// Proofs for a set of items against one signed checkpoint, and the key that signed it.
public struct ProofSet: Sendable {
    /// The signed note (C2SP signed-note format) of the checkpoint the proofs lead to.
    public var checkpointNote: String
    /// How many log entries the checkpoint covers.
    public var treeSize: Int
    /// Its Merkle root.
    public var rootHash: MerkleHash
    /// The checkpoint key's name (the note's origin).
    public var keyName: String
    /// The Ed25519 public key, raw 32 bytes.
    public var publicKey: [UInt8]
    /// SHA-256 of the public key, hex, for people to compare.
    public var fingerprint: String
    /// The C2SP verifier key string.
    public var verifierKey: String
    /// One proof per item asked for, in the order asked.
    public var items: [ItemProof]
}

extension Vault {
    /// Inclusion proofs for items against the newest checkpoint, for an evidence bundle.
    /// - Throws: ``SafeholdError`` `not-found` for an unknown item; `vault-damaged` when the log or its
    ///   checkpoint cannot be trusted (run `safehold check`).
    public func proofs(for ids: [EvidenceID]) throws -> ProofSet {
        try refuseWritesIfDamaged()
        let (leaves, signed, positions) = try state.withLock { state -> ([MerkleHash], SignedCheckpoint, [Int]) in
            guard let signed = state.latestCheckpoint, Int(signed.checkpoint.size) == state.count else {
                throw VaultErrors.damagedRefusingWrites
            }
            let leaves = try (0..<state.count).map { position in
                guard let hash = state.leafHash(at: position) else { throw VaultErrors.damagedRefusingWrites }
                return hash
            }
            let positions = try ids.map { id in
                guard let position = state.position(of: id) else {
                    throw SafeholdError(.notFound, "There is no item \(id) in this vault. `safehold list` shows the items it holds.")
                }
                return position
            }
            return (leaves, signed, positions)
        }
        let levels = MerkleLevels(leafHashes: leaves)
        guard levels.root == signed.checkpoint.rootHash else { throw VaultErrors.damagedRefusingWrites }
        let items = try database.writer.read { db in
            try zip(ids, positions).map { id, position in
                guard let row = try VaultDatabase.logEntry(at: Int64(position), in: db),
                    let plain = keys.openRow(row.sealed, context: "log-entry|\(position)"),
                    MerkleHashing.leafHash(plain) == leaves[position],
                    case .item(let entry) = try LogEntry.decode(plain)
                else { throw VaultErrors.damagedRefusingWrites }
                return ItemProof(
                    record: entry.captureRecord(logIndex: UInt64(position)), entry: plain, leafIndex: position,
                    auditPath: levels.inclusionProof(index: position))
            }
        }
        let key = keys.checkpointKey
        return ProofSet(
            checkpointNote: signed.note, treeSize: leaves.count, rootHash: signed.checkpoint.rootHash, keyName: key.name,
            publicKey: Array(key.publicKey.rawRepresentation), fingerprint: key.fingerprint, verifierKey: key.verifierKey,
            items: items)
    }
}
