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
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
    }

    /// The file of the object with this name.
    func path(of name: String) -> String {
        objectsDirectory.appendingPathComponent(String(name.prefix(2))).appendingPathComponent(name).path
    }

    /// Encrypts and stores what `read` yields, never holding more than one chunk in memory.
    /// - Parameter read: Returns up to the asked number of bytes; an empty array at the end.
    func store(keys: VaultKeys, read: (Int) throws -> [UInt8]) throws -> Stored {
        let temporaryPath = temporaryDirectory.appendingPathComponent("object-\(UUID().uuidString)").path
        let file = try SystemFile.createExclusive(temporaryPath)
        var cleanUp = true
        defer {
            file.close()
            if cleanUp { unlink(temporaryPath) }
        }
        var sha = SHA256()
        var namer = keys.objectNamer()
        var size: UInt64 = 0
        try AgeFormat.encrypt(
            to: keys.objectIdentity.recipient,
            read: { count in
                let chunk = try read(count)
                sha.update(data: chunk)
                namer.update(data: chunk)
                size += UInt64(chunk.count)
                return Data(chunk)
            },
            write: { data in try file.write(Array(data)) })
        try file.synchronize()
        file.close()
        let name = Hex.encode(namer.finalize())
        let shard = objectsDirectory.appendingPathComponent(String(name.prefix(2))).path
        if !FileManager.default.fileExists(atPath: shard) {
            try FileManager.default.createDirectory(atPath: shard, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try OperatingSystem.synchronizeDirectory(atPath: objectsDirectory.path)
        }
        let finalPath = path(of: name)
        if FileManager.default.fileExists(atPath: finalPath) {
            // The same content is already stored; keep the existing file.
        } else {
            guard rename(temporaryPath, finalPath) == 0 else { throw SystemError(operation: "rename", errno: errno) }
            cleanUp = false
            try OperatingSystem.synchronizeDirectory(atPath: shard)
        }
        return Stored(name: name, sha256: ContentDigest(bytes: Array(sha.finalize()))!, size: size)
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
                })
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
