import Foundation
import GRDB
import SafeholdCore
import SafeholdTestSupport
import Synchronization
import Testing

@testable import SafeholdVault

/// Every way stored bytes can be changed, each of which `check` must notice and name.
enum Tampering: String, CaseIterable, Sendable {
    case flipByteInLogEntry, removeMiddleLogEntry, removeLastLogEntry, swapTwoLogEntries, addLogEntry
    case flipByteInCheckpoint, removeLastCheckpoint, checkpointFromAnotherVault, addCheckpoint
    case flipByteInObject, truncateObject, removeObject, swapObjects, addFileToObjects, addFileToVault
    case changeVaultID

    /// The problem kind `check` must report.
    var expectedKind: String {
        switch self {
        case .flipByteInLogEntry, .swapTwoLogEntries: "log-entry-unreadable"
        case .removeMiddleLogEntry: "log-gap"
        case .removeLastLogEntry, .removeLastCheckpoint: "log-size-mismatch"
        case .addLogEntry: "log-entry-unreadable"
        case .flipByteInCheckpoint, .checkpointFromAnotherVault, .addCheckpoint: "checkpoint-unreadable"
        case .flipByteInObject, .truncateObject: "object-damaged"
        case .removeObject: "object-missing"
        case .swapObjects: "object-swapped"
        case .addFileToObjects, .addFileToVault: "unexpected-file"
        case .changeVaultID: "checkpoint-signature-invalid"
        }
    }
}

@Suite("Vault: tampering is detected, named and contained")
struct VaultTamperTests {
    /// A vault with five text items: log entries 0 (created) and 1...5.
    static func fiveItems() throws -> (TestVault, [CaptureRecord]) {
        let test = try TestVault()
        let records = try (1...5).map { try test.addText("message number \($0)") }
        return (test, records)
    }

    static func database(_ test: TestVault) throws -> DatabaseQueue {
        try DatabaseQueue(path: test.directory.appendingPathComponent("vault.sqlite").path)
    }

    static func objectPath(_ test: TestVault, _ record: CaptureRecord) throws -> String {
        ObjectStore(vaultDirectory: test.directory).path(of: try test.vault.itemEntry(record.id).0.object)
    }

    static func flipByte(at path: String, offset: Int) throws {
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        data[offset % data.count] ^= 0x40
        try data.write(to: URL(fileURLWithPath: path))
    }

    static func apply(_ tampering: Tampering, to test: TestVault, records: [CaptureRecord]) throws {
        let db = try database(test)
        switch tampering {
        case .flipByteInLogEntry:
            try db.write { db in
                var sealed = try Data.fetchOne(db, sql: "SELECT sealed FROM log_entry WHERE position = 3")!
                sealed[20] ^= 1
                try db.execute(sql: "UPDATE log_entry SET sealed = ? WHERE position = 3", arguments: [sealed])
            }
        case .removeMiddleLogEntry:
            try db.write { try $0.execute(sql: "DELETE FROM log_entry WHERE position = 3") }
        case .removeLastLogEntry:
            try db.write { try $0.execute(sql: "DELETE FROM log_entry WHERE position = 5") }
        case .swapTwoLogEntries:
            try db.write { db in
                let a = try Data.fetchOne(db, sql: "SELECT sealed FROM log_entry WHERE position = 2")!
                let b = try Data.fetchOne(db, sql: "SELECT sealed FROM log_entry WHERE position = 3")!
                try db.execute(sql: "UPDATE log_entry SET sealed = ? WHERE position = 2", arguments: [b])
                try db.execute(sql: "UPDATE log_entry SET sealed = ? WHERE position = 3", arguments: [a])
            }
        case .addLogEntry:
            try db.write {
                try $0.execute(
                    sql:
                        "INSERT INTO log_entry (position, sealed) SELECT MAX(position) + 1, randomblob(200) FROM log_entry"
                )
            }
        case .flipByteInCheckpoint:
            try db.write { db in
                var sealed = try Data.fetchOne(db, sql: "SELECT sealed FROM checkpoint WHERE size = 6")!
                sealed[sealed.count - 3] ^= 1
                try db.execute(sql: "UPDATE checkpoint SET sealed = ? WHERE size = 6", arguments: [sealed])
            }
        case .removeLastCheckpoint:
            try db.write { try $0.execute(sql: "DELETE FROM checkpoint WHERE size = 6") }
        case .checkpointFromAnotherVault:
            let other = try TestVault()
            try other.addText("elsewhere")
            let foreign = try database(other).read {
                try Data.fetchOne($0, sql: "SELECT sealed FROM checkpoint WHERE size = 2")!
            }
            try db.write {
                try $0.execute(sql: "UPDATE checkpoint SET sealed = ? WHERE size = 2", arguments: [foreign])
            }
        case .addCheckpoint:
            try db.write { try $0.execute(sql: "INSERT INTO checkpoint (size, sealed) VALUES (4000, randomblob(150))") }
        case .flipByteInObject:
            try flipByte(at: try objectPath(test, records[2]), offset: 400)
        case .truncateObject:
            let path = try objectPath(test, records[2])
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            try data.prefix(data.count - 5).write(to: URL(fileURLWithPath: path))
        case .removeObject:
            try FileManager.default.removeItem(atPath: try objectPath(test, records[2]))
        case .swapObjects:
            let a = try objectPath(test, records[2])
            try FileManager.default.removeItem(atPath: a)
            try FileManager.default.copyItem(atPath: try objectPath(test, records[3]), toPath: a)
        case .addFileToObjects:
            try Data("planted".utf8).write(
                to: test.directory.appendingPathComponent("objects/ab/" + String(repeating: "ab", count: 32))
                    .createParents()
            )
        case .addFileToVault:
            try Data("planted".utf8).write(to: test.directory.appendingPathComponent("README.txt"))
        case .changeVaultID:
            let url = test.directory.appendingPathComponent("safehold-vault.json")
            let text = try String(contentsOf: url, encoding: .utf8)
            let id = text.components(separatedBy: "\"vaultID\":\"")[1].prefix(32)
            try text.replacingOccurrences(of: String(id), with: String(repeating: "0", count: 32)).write(
                to: url,
                atomically: true,
                encoding: .utf8
            )
        }
    }

    @Test("check names the damage and exits unhealthy", arguments: Tampering.allCases)
    func checkDetects(_ tampering: Tampering) throws {
        let (test, records) = try Self.fiveItems()
        #expect(try test.vault.check().isIntact)
        try Self.apply(tampering, to: test, records: records)
        let report = try test.reopen().check()
        #expect(!report.isIntact)
        #expect(report.problems.contains { $0.kind == tampering.expectedKind }, "found: \(report.problems.map(\.kind))")
    }

    @Test("damage stays contained: every undamaged item remains readable", arguments: Tampering.allCases)
    func damageIsContained(_ tampering: Tampering) throws {
        let (test, records) = try Self.fiveItems()
        try Self.apply(tampering, to: test, records: records)
        let vault = try test.reopen()
        let report = try vault.check()
        let damagedItems = Set(
            report.problems.compactMap { problem -> UInt64? in
                if problem.location.hasPrefix("item ") { return UInt64(problem.location.dropFirst(5)) }
                // In these vaults item n is log entry n, since entry 0 records the vault's creation.
                if problem.location.hasPrefix("log entry ") { return UInt64(problem.location.dropFirst(10)) }
                if problem.location.hasPrefix("log entries ") { return 3 }
                return nil
            }
        )
        #expect(damagedItems.count <= 2)
        var readable = 0
        for record in records where !damagedItems.contains(record.id.rawValue) {
            // An entry removed from the end of the log is gone from the listing; `check` reports it by size.
            guard (try? vault.item(record.id)) != nil || tampering != .removeLastLogEntry else { continue }
            var bytes = [UInt8]()
            try vault.readOriginal(of: record.id) { bytes += $0 }
            #expect(String(decoding: bytes, as: UTF8.self) == "message number \(record.id)")
            readable += 1
        }
        #expect(readable >= 3)
    }

    @Test("a damaged vault refuses to add anything, and says why")
    func damagedVaultRefusesWrites() throws {
        let (test, records) = try Self.fiveItems()
        try Self.apply(.flipByteInLogEntry, to: test, records: records)
        let vault = try test.reopen()
        #expect(!vault.problems.isEmpty)
        let error = #expect(throws: SafeholdError.self) { try vault.seal([]) }
        #expect(error?.code == .vaultDamaged)
    }

    @Test("a running vault notices rows another process damaged before it writes")
    func writerCatchesUpAndNoticesDamage() throws {
        let (test, records) = try Self.fiveItems()
        let other = try test.reopen()
        try other.seal([
            NewItem(
                content: .bytes(Array("from the other window".utf8)),
                mediaType: .plainText,
                source: ItemSource(kind: .typedText, importer: "t", importerVersion: "1"),
                details: ItemDetails()
            )
        ])
        let sixth = try test.addText("after the other window")
        #expect(sixth.id == EvidenceID(7))
        try Self.apply(.addLogEntry, to: test, records: records)
        #expect(throws: SafeholdError.self) { try test.addText("refused") }
    }
}

extension URL {
    /// Creates the parent folders and returns the URL.
    func createParents() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
