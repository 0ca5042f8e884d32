import Foundation
import GRDB
import SafeholdCore

/// The gateway to the vault's SQLite database, which holds only sealed rows: key slots (the
/// wrapped master key and its KDF settings), log entries and checkpoints.
///
/// SQLite gives atomic commits and crash safety; `synchronous = FULL` makes each commit durable,
/// `secure_delete` overwrites freed pages so a replaced key slot does not linger in the file, and a
/// busy timeout lets two Safehold processes take turns instead of failing.
struct VaultDatabase: Sendable {
    let writer: DatabaseQueue

    /// Opens (and if needed creates) the database at `path`.
    init(path: String) throws {
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        writer = try DatabaseQueue(path: path, configuration: configuration)
        try Self.migrator.migrate(writer)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "key_slot") { t in
                t.primaryKey("kind", .text)
                t.column("kdf", .text).notNull()
                t.column("log_n", .integer).notNull()
                t.column("r", .integer).notNull()
                t.column("p", .integer).notNull()
                t.column("salt", .blob).notNull()
                t.column("wrapped", .blob).notNull()
            }
            try db.create(table: "log_entry") { t in
                t.primaryKey("position", .integer)
                t.column("sealed", .blob).notNull()
            }
            try db.create(table: "checkpoint") { t in
                t.primaryKey("size", .integer)
                t.column("sealed", .blob).notNull()
            }
        }
        return migrator
    }

    // MARK: Key slots

    /// Reads the slot of a kind, if the vault has one.
    func keySlot(_ kind: KeySlot.Kind) throws -> KeySlot? {
        try writer.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT * FROM key_slot WHERE kind = ?",
                    arguments: [kind.rawValue]
                ),
                row["kdf"] as String? == "scrypt"
            else { return nil }
            let parameters = ScryptParameters(uncheckedLogN: row["log_n"], r: row["r"], p: row["p"])
            return KeySlot(
                kind: kind,
                parameters: parameters,
                salt: Array(row["salt"] as Data),
                wrapped: Array(row["wrapped"] as Data)
            )
        }
    }

    /// Inserts or replaces a slot inside a write transaction.
    static func saveKeySlot(_ slot: KeySlot, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO key_slot (kind, kdf, log_n, r, p, salt, wrapped)
                VALUES (?, 'scrypt', ?, ?, ?, ?, ?)
                """,
            arguments: [
                slot.kind.rawValue, slot.parameters.logN, slot.parameters.r, slot.parameters.p, Data(slot.salt),
                Data(slot.wrapped),
            ]
        )
    }

    // MARK: Log

    /// A stored, still-sealed row.
    struct SealedRow: Sendable {
        var key: Int64
        var sealed: [UInt8]
    }

    /// Up to `limit` log entries at `position >= from`, in order.
    static func logEntries(from position: Int64, limit: Int = .max, in db: Database) throws -> [SealedRow] {
        try Row.fetchAll(
            db,
            sql: "SELECT position, sealed FROM log_entry WHERE position >= ? ORDER BY position LIMIT ?",
            arguments: [position, Int64(clamping: limit)]
        ).map { SealedRow(key: $0["position"], sealed: Array($0["sealed"] as Data)) }
    }

    /// The log entry at one position, if there is a row there.
    static func logEntry(at position: Int64, in db: Database) throws -> SealedRow? {
        try Data.fetchOne(db, sql: "SELECT sealed FROM log_entry WHERE position = ?", arguments: [position])
            .map { SealedRow(key: position, sealed: Array($0)) }
    }

    /// Reads the log from `position` on in pages, so that memory stays flat however long it is.
    static func forEachLogPage(
        from position: Int64,
        pageSize: Int = 20_000,
        in db: Database,
        _ body: ([SealedRow]) throws -> Void
    ) throws {
        var next = position
        while true {
            let rows = try logEntries(from: next, limit: pageSize, in: db)
            guard let last = rows.last else { return }
            try body(rows)
            next = last.key + 1
        }
    }

    /// All checkpoints, smallest first.
    static func checkpoints(in db: Database) throws -> [SealedRow] {
        try Row.fetchAll(db, sql: "SELECT size, sealed FROM checkpoint ORDER BY size")
            .map { SealedRow(key: $0["size"], sealed: Array($0["sealed"] as Data)) }
    }

    /// The checkpoint with the largest size.
    static func latestCheckpoint(in db: Database) throws -> SealedRow? {
        try Row.fetchOne(db, sql: "SELECT size, sealed FROM checkpoint ORDER BY size DESC LIMIT 1")
            .map { SealedRow(key: $0["size"], sealed: Array($0["sealed"] as Data)) }
    }

    static func appendLogEntry(position: Int64, sealed: [UInt8], in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO log_entry (position, sealed) VALUES (?, ?)",
            arguments: [position, Data(sealed)]
        )
    }

    static func saveCheckpoint(size: Int64, sealed: [UInt8], in db: Database) throws {
        try db.execute(sql: "INSERT INTO checkpoint (size, sealed) VALUES (?, ?)", arguments: [size, Data(sealed)])
    }

    /// Runs `body` in an IMMEDIATE transaction, so that two writers queue rather than interleave.
    func writeImmediately<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    /// Folds the write-ahead log back into the main file and empties it, so that replaced rows (an
    /// old key slot) do not stay readable in the `-wal` file.
    func truncateWriteAheadLog() throws {
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }
}
