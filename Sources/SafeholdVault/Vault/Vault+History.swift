import Foundation
import GRDB
public import SafeholdCore

/// One signed checkpoint as `safehold log` lists it.
public struct CheckpointRecord: Sendable, Codable, Equatable {
    /// How many log entries it covers.
    public var size: UInt64
    /// The Merkle root, as lowercase hex.
    public var rootHash: String
    /// When it was signed, by this computer's clock.
    public var signedAt: Timestamp
    /// The signed note itself, checkable with the vault's public key.
    public var note: String
}

extension Vault {
    /// Every checkpoint that opens and verifies, oldest first. Use ``check()`` to learn about those that do not.
    public func checkpoints() throws -> [CheckpointRecord] {
        do {
            let rows = try database.writer.read { db in try VaultDatabase.checkpoints(in: db) }
            var ignored = [VaultProblem]()
            return rows.compactMap { row in
                guard let signed = LogState.openCheckpoint(row, keys: keys, problems: &ignored),
                    let stored = LogState.storedCheckpoint(row, keys: keys)
                else { return nil }
                return CheckpointRecord(
                    size: signed.checkpoint.size,
                    rootHash: Hex.encode(signed.checkpoint.rootHash),
                    signedAt: stored.at,
                    note: signed.note
                )
            }
        } catch {
            throw VaultErrors.translate(error, doing: "reading the checkpoints")
        }
    }
}

extension Vault {
    /// The vault's own history: when it was made and each passphrase change or use of the recovery code.
    public func events() throws -> [VaultEvent] {
        try database.writer.read { db in
            var events = [VaultEvent]()
            try VaultDatabase.forEachLogPage(from: 0, in: db) { rows in
                for case .vaultEvent(let event)? in LogReader.open(rows, keys: keys).map({ $0?.entry }) {
                    events.append(event)
                }
            }
            return events
        }
    }
}
