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
            var objectProblems = [VaultProblem]()
            var referenced = Set<String>()
            var parts = [String: [ItemEntry]]()
            let checkpointRows = try database.writer.read { db in
                try VaultDatabase.forEachLogPage(from: 0, in: db) { rows in
                    let opened = LogReader.open(rows, keys: keys)
                    fresh.absorb(rows, opened: opened)
                    let items = opened.compactMap { opened -> ItemEntry? in
                        if case .item(let item)? = opened?.entry { return item }
                        return nil
                    }
                    referenced.formUnion(items.map(\.object))
                    objectProblems += checkObjects(items.filter { $0.part == nil })
                    for item in items where item.part != nil { parts[item.object, default: []].append(item) }
                }
                return try VaultDatabase.checkpoints(in: db)
            }
            objectProblems += checkParts(parts)
            var problems = fresh.problems
            problems += checkCheckpoints(checkpointRows, log: fresh)
            problems += objectProblems
            problems += checkUnreferencedFiles(referenced: referenced)
            let objectsChecked = referenced.count
            problems.sort { $0.severity == .damage && $1.severity == .note }
            return VaultCheckReport(
                entriesChecked: fresh.count,
                objectsChecked: objectsChecked,
                checkpointsChecked: checkpointRows.count,
                problems: problems
            )
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
        var treeIntact = true
        for row in rows {
            guard let signed = LogState.openCheckpoint(row, keys: keys, problems: &problems) else { continue }
            guard signed.checkpoint.size <= UInt64(log.count) else {
                problems.append(
                    VaultProblem(
                        kind: "log-size-mismatch",
                        location: "checkpoint \(row.key)",
                        message:
                            "A signed checkpoint covers \(row.key) entries but the log holds only \(log.count); entries were removed."
                    )
                )
                continue
            }
            while treeIntact, frontier.size < Int(signed.checkpoint.size) {
                guard let hash = log.leafHash(at: frontier.size) else {
                    treeIntact = false
                    break
                }
                frontier.append(hash)
            }
            if treeIntact, frontier.root != signed.checkpoint.rootHash {
                problems.append(
                    VaultProblem(
                        kind: "checkpoint-root-mismatch",
                        location: "checkpoint \(row.key)",
                        message:
                            "The log's first \(row.key) entries no longer match what was signed then; an entry was changed, removed or reordered."
                    )
                )
            }
        }
        if let last = rows.last, last.key != Int64(log.count) {
            problems.append(
                VaultProblem(
                    kind: "log-size-mismatch",
                    location: "checkpoint \(last.key)",
                    message:
                        "The last signed checkpoint covers \(last.key) entries but the log holds \(log.count); entries were added or removed outside Safehold."
                )
            )
        }
        return problems
    }

    /// Checks the originals of a page of items on every core, reporting in item order.
    private func checkObjects(_ items: [ItemEntry]) -> [VaultProblem] {
        let results = UnsafeMutableBufferPointer<[VaultProblem]>.allocate(capacity: items.count)
        results.initialize(repeating: [])
        defer { results.deallocate() }
        nonisolated(unsafe) let output = results
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            output[index] = checkObject(of: items[index])
        }
        return results.flatMap { $0 }
    }

    /// Checks records that live inside sealed export files: one pass over each file hashes every
    /// record's bytes and compares them with the record's entry.
    private func checkParts(_ parts: [String: [ItemEntry]]) -> [VaultProblem] {
        var problems = [VaultProblem]()
        for (object, items) in parts.sorted(by: { $0.key < $1.key }) {
            var slicer = RangeSlicer(ranges: items.map { ($0.part!.offset, $0.size) })
            let readable = (try? objects.read(name: object, keys: keys) { chunk in slicer.feed(chunk) { _, _ in } }) != nil
            for (item, digest) in zip(items, slicer.digests) where readable && digest != item.sha256 {
                problems.append(itemProblem("record-mismatch", item.id, "Record \(item.id)'s bytes in its export file do not match what was sealed."))
            }
        }
        return problems
    }

    /// Decrypts an item's original and compares it with its log entry.
    private func checkObject(of item: ItemEntry) -> [VaultProblem] {
        do {
            let (digest, size) = try objects.read(name: item.object, keys: keys) { _ in }
            if digest != item.sha256 || size != item.size {
                return [
                    itemProblem(
                        "object-mismatch",
                        item.id,
                        "Item \(item.id)'s original does not match its recorded fingerprint."
                    )
                ]
            }
            return []
        } catch ObjectProblem.missing {
            return [
                itemProblem("object-missing", item.id, "Item \(item.id)'s original file is missing from the vault.")
            ]
        } catch ObjectProblem.nameMismatch {
            return [
                itemProblem(
                    "object-swapped",
                    item.id,
                    "Item \(item.id)'s original file was replaced with another item's."
                )
            ]
        } catch {
            return [
                itemProblem(
                    "object-damaged",
                    item.id,
                    "Item \(item.id)'s original file was changed and can no longer be decrypted."
                )
            ]
        }
    }

    /// Looks for files nobody put there: objects no entry refers to, and anything else.
    private func checkUnreferencedFiles(referenced: Set<String>) -> [VaultProblem] {
        var problems = [VaultProblem]()
        let inventory = objects.inventory()
        for name in inventory.objects where !referenced.contains(name) {
            if (try? objects.read(name: name, keys: keys) { _ in }) != nil {
                problems.append(
                    VaultProblem(
                        kind: "object-unreferenced",
                        severity: .note,
                        location: "objects/\(name.prefix(2))/\(name)",
                        message:
                            "An encrypted original left by an add that was interrupted before it finished. It is harmless."
                    )
                )
            } else {
                problems.append(strayProblem("objects/\(name.prefix(2))/\(name)"))
            }
        }
        problems += inventory.strays.map(strayProblem)
        problems += unexpectedTopLevelFiles().map(strayProblem)
        return problems
    }

    private func itemProblem(_ kind: String, _ id: EvidenceID, _ message: String) -> VaultProblem {
        VaultProblem(kind: kind, location: "item \(id)", message: message + " Its capture record is intact.")
    }

    private func strayProblem(_ path: String) -> VaultProblem {
        VaultProblem(
            kind: "unexpected-file",
            location: path,
            message: "This file was not made by Safehold; something else put it in the vault."
        )
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
