import Crypto
public import Foundation
import GRDB
public import SafeholdCore
import Synchronization

/// An unlocked evidence vault: a directory holding an encrypted, append-only, signed log of
/// everything sealed, and the encrypted originals.
///
/// Open one with ``create(at:passphrase:parameters:)`` or ``open(at:passphrase:)``. Every write
/// appends log entries and a new signed checkpoint in one SQLite transaction; nothing stored is
/// ever rewritten. Keys and the decrypted index exist only in this object's memory.
public final class Vault: Sendable {
    /// The vault's directory.
    public let directory: URL
    let header: VaultHeader
    let database: VaultDatabase
    let objects: ObjectStore
    let keys: VaultKeys
    /// Held only to wrap a new key slot when the passphrase changes.
    let masterKey: SymmetricKey
    let state: Mutex<LogState>

    private init(
        directory: URL,
        header: VaultHeader,
        database: VaultDatabase,
        masterKey: SymmetricKey,
        keys: VaultKeys,
        state: LogState
    ) {
        self.masterKey = masterKey
        self.directory = directory
        self.header = header
        self.database = database
        self.objects = ObjectStore(vaultDirectory: directory)
        self.keys = keys
        self.state = Mutex(state)
    }

    static let databaseFileName = "vault.sqlite"

    // MARK: Creating

    /// Makes a new vault in `directory`, which must not exist or must be empty.
    ///
    /// The vault is built in a temporary sibling folder and renamed into place at the end, so that an
    /// interrupted creation leaves nothing half-made where the vault should be.
    /// - Parameters:
    ///   - directory: Where the vault goes.
    ///   - passphrase: The passphrase that will open it.
    ///   - parameters: scrypt settings; use ``ScryptParameters/calibrated(target:)`` outside tests.
    /// - Returns: The open vault and the recovery code, which is shown to the person once and never stored.
    public static func create(
        at directory: URL,
        passphrase: Passphrase,
        parameters: ScryptParameters
    ) throws -> (vault: Vault, recoveryCode: RecoveryCode) {
        let fileManager = FileManager.default
        if let contents = try? fileManager.contentsOfDirectory(atPath: directory.path), !contents.isEmpty {
            let isVault = contents.contains(VaultHeader.fileName)
            throw SafeholdError(
                .vaultExists,
                isVault
                    ? "A Safehold vault already exists at \(directory.path). Open it with your passphrase, or choose another place with --vault."
                    : "The folder \(directory.path) already has other files in it. Choose an empty or new folder for the vault."
            )
        }
        let parent = directory.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(directory.lastPathComponent).creating-\(UUID().uuidString)")
        do {
            try fileManager.createDirectory(
                at: parent,
                withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700]
            )
            try fileManager.createDirectory(
                at: staging,
                withIntermediateDirectories: false,
                attributes: [.posixPermissions: 0o700]
            )
            let recoveryCode = RecoveryCode.generate()
            let master = SymmetricKey(size: .bits256)
            let header = try build(
                in: staging,
                master: master,
                passphrase: passphrase,
                recoveryCode: recoveryCode,
                parameters: parameters
            )
            if fileManager.fileExists(atPath: directory.path) { try fileManager.removeItem(at: directory) }
            try fileManager.moveItem(at: staging, to: directory)
            try OperatingSystem.synchronizeDirectory(atPath: parent.path)
            let database = try VaultDatabase(path: directory.appendingPathComponent(databaseFileName).path)
            return (
                try unlocked(directory: directory, header: header, database: database, master: master), recoveryCode
            )
        } catch {
            try? fileManager.removeItem(at: staging)
            throw VaultErrors.translate(error, doing: "making the vault")
        }
    }

    private static func build(
        in staging: URL,
        master: SymmetricKey,
        passphrase: Passphrase,
        recoveryCode: RecoveryCode,
        parameters: ScryptParameters
    ) throws -> VaultHeader {
        let header = VaultHeader.new()
        let keys = try VaultKeys(master: master, origin: header.origin)
        try ObjectStore(vaultDirectory: staging).createDirectories()
        let database = try VaultDatabase(path: staging.appendingPathComponent(databaseFileName).path)
        let passphraseSlot = try KeySlot.make(
            kind: .passphrase,
            secret: passphrase.bytes,
            parameters: parameters,
            master: master
        )
        let recoverySlot = try KeySlot.make(
            kind: .recovery,
            secret: recoveryCode.secretBytes,
            parameters: parameters,
            master: master
        )
        var state = LogState()
        try database.writeImmediately { db in
            try VaultDatabase.saveKeySlot(passphraseSlot, in: db)
            try VaultDatabase.saveKeySlot(recoverySlot, in: db)
            try appendEntries([.vaultEvent(VaultEvent(event: .created, at: .now()))], to: &state, keys: keys, in: db)
        }
        try database.writer.close()
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o600],
            ofItemAtPath: staging.appendingPathComponent(databaseFileName).path
        )
        try header.write(in: staging)
        return header
    }

    // MARK: Opening

    /// Unlocks the vault in `directory` with its passphrase.
    ///
    /// Every try costs the full key-derivation time. A damaged vault still opens, so that what is
    /// intact stays readable; ``problems`` then says what is wrong, and writing is refused.
    /// - Throws: ``SafeholdError`` with code `vault-not-found`, `wrong-passphrase`, `vault-damaged` or
    ///   `unsupported-format`.
    public static func open(at directory: URL, passphrase: Passphrase) throws -> Vault {
        try open(at: directory, secret: passphrase.bytes, slot: .passphrase)
    }

    /// Unlocks the vault with its recovery code, for a person who forgot the passphrase.
    public static func open(at directory: URL, recoveryCode: RecoveryCode) throws -> Vault {
        try open(at: directory, secret: recoveryCode.secretBytes, slot: .recovery)
    }

    static func open(at directory: URL, secret: [UInt8], slot kind: KeySlot.Kind) throws -> Vault {
        let header = try VaultHeader.read(in: directory)
        let databasePath = directory.appendingPathComponent(databaseFileName).path
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw SafeholdError(
                .vaultDamaged,
                "This vault's database file is missing. If you have a copy of the vault folder, use that copy."
            )
        }
        do {
            let database = try VaultDatabase(path: databasePath)
            guard let slot = try database.keySlot(kind) else {
                throw SafeholdError(
                    .vaultDamaged,
                    "This vault's key is missing, so it cannot be opened. If you have a copy of the vault folder, use that copy."
                )
            }
            guard let master = try slot.unwrap(secret: secret) else {
                throw SafeholdError(
                    .wrongPassphrase,
                    kind == .passphrase
                        ? "That passphrase did not open this vault. Take your time and try again; if you have forgotten it, `safehold recover` uses your recovery code."
                        : "That recovery code did not open this vault. Check that it is the code printed for this vault."
                )
            }
            return try unlocked(directory: directory, header: header, database: database, master: master)
        } catch {
            throw VaultErrors.translate(error, doing: "opening the vault")
        }
    }

    /// Derives the keys and reads the whole log into memory.
    private static func unlocked(directory: URL, header: VaultHeader, database: VaultDatabase, master: SymmetricKey)
        throws -> Vault
    {
        let keys = try VaultKeys(master: master, origin: header.origin)
        ObjectStore(vaultDirectory: directory).removeLeftovers()
        let state = try database.writer.read { db in
            var state = LogState()
            try VaultDatabase.forEachLogPage(from: 0, in: db) { rows in
                state.absorb(rows, opened: LogReader.open(rows, keys: keys))
            }
            state.verifyLatestCheckpoint(try VaultDatabase.latestCheckpoint(in: db), keys: keys)
            return state
        }
        return Vault(
            directory: directory,
            header: header,
            database: database,
            masterKey: master,
            keys: keys,
            state: state
        )
    }

    // MARK: Reading

    /// Damage found while unlocking. Empty for a healthy vault; when not empty, writing is refused.
    public var problems: [VaultProblem] { state.withLock { $0.problems } }

    /// The capture records of every readable item, in the order they were sealed.
    public func items() throws -> [CaptureRecord] {
        try items(fromLogPosition: 0)
    }

    /// The capture records of the items sealed at or after a log position, in log order: what was added
    /// since a reader last looked (``logSize`` then).
    /// - Throws: ``SafeholdError`` when the vault cannot be read.
    public func items(fromLogPosition start: Int) throws -> [CaptureRecord] {
        do {
            return try database.writer.read { db in
                var records = [CaptureRecord]()
                try VaultDatabase.forEachLogPage(from: Int64(max(0, start)), in: db) { rows in
                    for (row, opened) in zip(rows, LogReader.open(rows, keys: keys)) {
                        if case .item(let item)? = opened?.entry {
                            records.append(item.captureRecord(logIndex: UInt64(row.key)))
                        }
                    }
                }
                return records
            }
        } catch {
            throw VaultErrors.translate(error, doing: "reading the vault")
        }
    }

    /// The capture record of one item.
    /// - Throws: ``SafeholdError`` `not-found` when there is no such item.
    public func item(_ id: EvidenceID) throws -> CaptureRecord {
        let (item, position) = try itemEntry(id)
        return item.captureRecord(logIndex: UInt64(position))
    }

    /// The log entry of an item and its position, read from the database.
    func itemEntry(_ id: EvidenceID) throws -> (ItemEntry, Int) {
        guard let position = state.withLock({ $0.position(of: id) }) else {
            throw SafeholdError(
                .notFound,
                "There is no item \(id) in this vault. `safehold list` shows the items it holds."
            )
        }
        let entry = try database.writer.read { db in try Self.entry(at: position, keys: keys, in: db) }
        guard case .item(let item)? = entry else {
            throw SafeholdError(
                .vaultDamaged,
                "Item \(id)'s record can no longer be read. Run `safehold check` to see what else is affected."
            )
        }
        return (item, position)
    }

    /// Reads and opens the entry at a position; `nil` when it is missing or does not open.
    static func entry(at position: Int, keys: VaultKeys, in db: Database) throws -> LogEntry? {
        guard let row = try VaultDatabase.logEntry(at: Int64(position), in: db),
            let plain = keys.openRow(row.sealed, context: "log-entry|\(position)")
        else { return nil }
        return try? LogEntry.decode(plain)
    }

    /// Decrypts an item's original bytes, passing them to `write` in chunks, and checks them against
    /// the SHA-256 in the capture record. On an error, discard whatever `write` was given.
    /// - Throws: ``SafeholdError`` `vault-damaged` when the original is missing or does not match.
    public func readOriginal(of id: EvidenceID, write: ([UInt8]) throws -> Void) throws {
        let (item, _) = try itemEntry(id)
        var slicer = RangeSlicer(ranges: [(item.part?.offset ?? 0, item.size)])
        do {
            try objects.read(name: item.object, keys: keys) { chunk in
                try slicer.feed(chunk) { _, bytes in try write(bytes) }
            }
        } catch is ObjectProblem {
            throw SafeholdError(
                .vaultDamaged,
                "The original of item \(id) is missing or damaged. Its capture record is intact. Run `safehold check` to see what else is affected."
            )
        }
        guard slicer.digests.first == item.sha256 else {
            throw SafeholdError(
                .vaultDamaged, "The original of item \(id) no longer matches its recorded fingerprint. Run `safehold check`.")
        }
    }

    /// The newest signed checkpoint, if the log has one that verified.
    public var latestCheckpoint: SignedCheckpoint? { state.withLock { $0.latestCheckpoint } }

    /// The public key that signs this vault's checkpoints.
    public var checkpointKey: CheckpointKey {
        CheckpointKey(name: keys.checkpointKey.name, publicKey: keys.checkpointKey.publicKey)
    }

    /// How many entries the log holds.
    public var logSize: Int { state.withLock { $0.count } }

    /// How many items the vault holds.
    public var itemCount: Int { state.withLock { $0.itemPositionsInOrder.count } }
}
