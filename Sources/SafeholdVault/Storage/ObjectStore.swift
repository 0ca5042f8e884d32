import Crypto
import Foundation
import SafeholdCore

/// The encrypted originals of sealed items: one age v1 file each, named by a keyed hash of the
/// plaintext and kept under `objects/<first two hex digits>/`.
///
/// A new object is written under `tmp/`, forced to disk, then renamed into place, so that a crash
/// leaves either nothing or a complete object. An object renamed into place whose log entry never
/// committed is harmless: `check` recognizes it as authentic and unreferenced.
struct ObjectStore: Sendable {
    let objectsDirectory: URL
    let temporaryDirectory: URL

    init(vaultDirectory: URL) {
        objectsDirectory = vaultDirectory.appendingPathComponent("objects", isDirectory: true)
        temporaryDirectory = vaultDirectory.appendingPathComponent("tmp", isDirectory: true)
    }

    /// What was stored.
    struct Stored: Sendable, Equatable {
        var name: String
        var sha256: ContentDigest
        var size: UInt64
    }

    /// Creates the directories of an empty store.
    func createDirectories() throws {
        for directory in [objectsDirectory, temporaryDirectory] {
            try FileManager.default.createDirectory(
                at: directory,
                withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700]
            )
        }
    }

    /// The file of the object with this name.
    func path(of name: String) -> String {
        objectsDirectory.appendingPathComponent(String(name.prefix(2))).appendingPathComponent(name).path
    }

    /// An object encrypted into `tmp/` but not yet in place.
    struct Pending: Sendable {
        var stored: Stored
        var temporaryPath: String
    }

    /// Encrypts what `read` yields into a temporary file, never holding more than one chunk in memory.
    /// The object is not durable or visible until ``publish(_:)``.
    /// - Parameter read: Returns up to the asked number of bytes; an empty array at the end.
    func write(keys: VaultKeys, read: (Int) throws -> [UInt8]) throws -> Pending {
        try write(keys: keys) { append in
            while true {
                let chunk = try read(65536)
                if chunk.isEmpty { return }
                try chunk.withUnsafeBytes { try append($0) }
            }
        }
    }

    /// Encrypts what `produce` pushes into a temporary file, never holding more than one chunk in memory.
    /// - Parameter produce: Calls its argument with each piece of the content, in order.
    func write(keys: VaultKeys, produce: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws -> Pending {
        let temporaryPath = temporaryDirectory.appendingPathComponent("object-\(UUID().uuidString)").path
        let file = try SystemFile.createExclusive(temporaryPath)
        defer { file.close() }
        var sha = SHA256()
        var namer = keys.objectNamer()
        var size: UInt64 = 0
        do {
            var encryptor = try AgeEncryptor(to: keys.objectIdentity.recipient) { data in try file.write(Array(data)) }
            try produce { piece in
                sha.update(data: piece)
                namer.update(data: piece)
                size += UInt64(piece.count)
                try encryptor.append(piece)
            }
            try encryptor.finish()
        } catch {
            unlink(temporaryPath)
            throw error
        }
        let stored = Stored(name: Hex.encode(namer.finalize()), sha256: ContentDigest(bytes: Array(sha.finalize()))!, size: size)
        return Pending(stored: stored, temporaryPath: temporaryPath)
    }

    /// Makes written objects durable and moves them into place: their bytes reach the disk before
    /// any is renamed, and the renames reach the disk before this returns, so that a crash never
    /// leaves a partial file under an object's name. One object costs two fsyncs; a batch costs two
    /// file-system syncs in all.
    func publish(_ pending: [Pending]) throws {
        guard !pending.isEmpty else { return }
        defer { for item in pending { unlink(item.temporaryPath) } }
        if pending.count == 1 {
            let file = try SystemFile.openForReading(pending[0].temporaryPath)
            try file.synchronize()
        } else {
            try OperatingSystem.synchronizeFileSystem(
                containing: temporaryDirectory.path,
                files: pending.map(\.temporaryPath)
            )
        }
        var touched = Set<String>()
        for item in pending {
            let name = item.stored.name
            let shard = objectsDirectory.appendingPathComponent(String(name.prefix(2))).path
            if !FileManager.default.fileExists(atPath: shard) {
                try FileManager.default.createDirectory(
                    atPath: shard,
                    withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700]
                )
                touched.insert(objectsDirectory.path)
            }
            // The same content already stored keeps its existing file.
            if !FileManager.default.fileExists(atPath: path(of: name)) {
                guard rename(item.temporaryPath, path(of: name)) == 0 else {
                    throw SystemError(operation: "rename", errno: errno)
                }
                touched.insert(shard)
            }
        }
        if pending.count == 1 {
            for directory in touched.sorted() { try OperatingSystem.synchronizeDirectory(atPath: directory) }
        } else if !touched.isEmpty {
            try OperatingSystem.synchronizeFileSystem(containing: objectsDirectory.path, files: [])
        }
    }

    /// Writes and publishes one object.
    func store(keys: VaultKeys, read: (Int) throws -> [UInt8]) throws -> Stored {
        let pending = try write(keys: keys, read: read)
        try publish([pending])
        return pending.stored
    }

    /// Decrypts an object, passing its plaintext to `write` chunk by chunk, and checks that its
    /// content still matches its keyed name.
    /// - Returns: The SHA-256 and size of the plaintext.
    /// - Throws: ``ObjectProblem`` when the object is missing, cannot be decrypted, or was swapped.
    @discardableResult
    func read(name: String, keys: VaultKeys, write: ([UInt8]) throws -> Void) throws -> (ContentDigest, UInt64) {
        let file: SystemFile
        do {
            file = try SystemFile.openForReading(path(of: name))
        } catch {
            throw ObjectProblem.missing
        }
        var sha = SHA256()
        var namer = keys.objectNamer()
        var size: UInt64 = 0
        do {
            try AgeFormat.decrypt(
                with: keys.objectIdentity,
                read: { count in Data(try file.read(upTo: count)) },
                write: { data in
                    let bytes = Array(data)
                    sha.update(data: bytes)
                    namer.update(data: bytes)
                    size += UInt64(bytes.count)
                    try write(bytes)
                }
            )
        } catch let error as AgeError {
            throw ObjectProblem.undecryptable(String(describing: error.code))
        }
        guard Hex.encode(namer.finalize()) == name else { throw ObjectProblem.nameMismatch }
        return (ContentDigest(bytes: Array(sha.finalize()))!, size)
    }

    /// Every file under `objects/`, split into well-named objects and anything else.
    func inventory() -> (objects: [String], strays: [String]) {
        var objects = [String]()
        var strays = [String]()
        let fileManager = FileManager.default
        guard let shards = try? fileManager.contentsOfDirectory(atPath: objectsDirectory.path) else { return ([], []) }
        for shard in shards.sorted() {
            let shardPath = objectsDirectory.appendingPathComponent(shard).path
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: shardPath, isDirectory: &isDirectory), isDirectory.boolValue,
                shard.count == 2, let names = try? fileManager.contentsOfDirectory(atPath: shardPath)
            else {
                strays.append("objects/\(shard)")
                continue
            }
            for name in names.sorted() {
                if name.count == 64, name.hasPrefix(shard), Hex.decode(name) != nil, name == name.lowercased() {
                    objects.append(name)
                } else {
                    strays.append("objects/\(shard)/\(name)")
                }
            }
        }
        return (objects, strays)
    }

    /// Removes temporary files left by interrupted writes: those untouched for `age` seconds, so that a
    /// file another Safehold process is still writing is left alone.
    /// - Returns: How many were removed.
    @discardableResult
    func removeLeftovers(olderThan age: TimeInterval = 600) -> Int {
        let fileManager = FileManager.default
        let names = (try? fileManager.contentsOfDirectory(atPath: temporaryDirectory.path)) ?? []
        var removed = 0
        for name in names where name.hasPrefix("object-") {
            let path = temporaryDirectory.appendingPathComponent(name).path
            let modified = (try? fileManager.attributesOfItem(atPath: path)[.modificationDate]) as? Date
            if let modified, Date().timeIntervalSince(modified) >= age, unlink(path) == 0 { removed += 1 }
        }
        return removed
    }
}

/// Why an object could not be read back.
enum ObjectProblem: Error, Equatable {
    case missing
    case undecryptable(String)
    case nameMismatch
}
