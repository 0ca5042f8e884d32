import Foundation
import GRDB
import SafeholdCore

extension Vault {
    /// Checks everything the vault stores, like `restic check --read-data`: every log entry, every
    /// checkpoint's signature and root (so each is consistent with the log and with the ones before
    /// it), every original against its recorded SHA-256 and keyed name, and every file in the folder.
    ///
    /// Reads the database afresh, so it also sees changes made since the vault was unlocked.
    /// - Returns: What was checked and every problem found, each named by where it is.
    public func check() throws -> VaultCheckReport {
        do {
            var fresh = LogState()
            var problems = [VaultProblem]()
            let checkpointRows = try database.writer.read { db in
                fresh.absorb(try VaultDatabase.logEntries(from: 0, in: db), keys: keys)
                return try VaultDatabase.checkpoints(in: db)
            }
            problems += fresh.problems
            problems += checkCheckpoints(checkpointRows, log: fresh)
            let (objectProblems, objectsChecked) = checkObjects(log: fresh)
            problems += objectProblems
            problems.sort { $0.severity == .damage && $1.severity == .note }
            return VaultCheckReport(
                entriesChecked: fresh.count, objectsChecked: objectsChecked, checkpointsChecked: checkpointRows.count,
                problems: problems)
        } catch {
            throw VaultErrors.translate(error, doing: "checking the vault")
        }
    }

    /// Verifies each checkpoint's signature and that its root is the root of the log's first `size`
    /// entries, in one pass over the leaf hashes.
    private func checkCheckpoints(_ rows: [VaultDatabase.SealedRow], log: LogState) -> [VaultProblem] {
        var problems = [VaultProblem]()
        if rows.isEmpty {
            return log.count > 0 ? [LogState.missingCheckpointProblem] : []
        }
        var frontier = MerkleFrontier()
        var hashes = log.leafHashes.makeIterator()
        var treeIntact = true
        for row in rows {
            guard let signed = LogState.openCheckpoint(row, keys: keys, problems: &problems) else { continue }
            guard signed.checkpoint.size <= UInt64(log.count) else {
                problems.append(VaultProblem(
                    kind: "log-size-mismatch", location: "checkpoint \(row.key)",
                    message: "A signed checkpoint covers \(row.key) entries but the log holds only \(log.count); entries were removed."))
                continue
            }
            while treeIntact, frontier.size < Int(signed.checkpoint.size) {
                guard let next = hashes.next(), let hash = next else {
                    treeIntact = false
                    break
                }
                frontier.append(hash)
            }
            if treeIntact, frontier.root != signed.checkpoint.rootHash {
                problems.append(VaultProblem(
                    kind: "checkpoint-root-mismatch", location: "checkpoint \(row.key)",
                    message: "The log's first \(row.key) entries no longer match what was signed then; an entry was changed, removed or reordered."))
            }
        }
        if let last = rows.last, last.key != Int64(log.count) {
            problems.append(VaultProblem(
                kind: "log-size-mismatch", location: "checkpoint \(last.key)",
                message: "The last signed checkpoint covers \(last.key) entries but the log holds \(log.count); entries were added or removed outside Safehold."))
        }
        return problems
    }

    /// Decrypts every referenced original and compares it with its log entry, then looks for files
    /// nobody put there.
    private func checkObjects(log: LogState) -> ([VaultProblem], Int) {
        var problems = [VaultProblem]()
        var referenced = Set<String>()
        var checked = 0
        for id in log.itemIDs {
            guard let item = log.item(id) else { continue }
            referenced.insert(item.object)
            checked += 1
            do {
                let (digest, size) = try objects.read(name: item.object, keys: keys) { _ in }
                if digest != item.sha256 || size != item.size {
                    problems.append(itemProblem("object-mismatch", id, "Item \(id)'s original does not match its recorded fingerprint."))
                }
            } catch ObjectProblem.missing {
                problems.append(itemProblem("object-missing", id, "Item \(id)'s original file is missing from the vault."))
            } catch ObjectProblem.nameMismatch {
                problems.append(itemProblem("object-swapped", id, "Item \(id)'s original file was replaced with another item's."))
            } catch {
                problems.append(itemProblem("object-damaged", id, "Item \(id)'s original file was changed and can no longer be decrypted."))
            }
        }
        let inventory = objects.inventory()
        for name in inventory.objects where !referenced.contains(name) {
            if (try? objects.read(name: name, keys: keys) { _ in }) != nil {
                problems.append(VaultProblem(
                    kind: "object-unreferenced", severity: .note, location: "objects/\(name.prefix(2))/\(name)",
                    message: "An encrypted original left by an add that was interrupted before it finished. It is harmless."))
            } else {
                problems.append(strayProblem("objects/\(name.prefix(2))/\(name)"))
            }
        }
        problems += inventory.strays.map(strayProblem)
        problems += unexpectedTopLevelFiles().map(strayProblem)
        return (problems, checked)
    }

    private func itemProblem(_ kind: String, _ id: EvidenceID, _ message: String) -> VaultProblem {
        VaultProblem(kind: kind, location: "item \(id)", message: message + " Its capture record is intact.")
    }

    private func strayProblem(_ path: String) -> VaultProblem {
        VaultProblem(kind: "unexpected-file", location: path, message: "This file was not made by Safehold; something else put it in the vault.")
    }

    private func unexpectedTopLevelFiles() -> [String] {
        let expected: Set<String> = [
            VaultHeader.fileName, Self.databaseFileName, "\(Self.databaseFileName)-wal", "\(Self.databaseFileName)-shm",
            "objects", "tmp",
        ]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !expected.contains($0) }.sorted()
    }
}
