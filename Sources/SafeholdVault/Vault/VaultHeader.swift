import Foundation
import SafeholdCore

/// The one readable file of a vault, `safehold-vault.json`: what format the directory holds and the
/// vault's random identifier. The key-derivation settings and salts, the rest of the readable header,
/// sit beside the wrapped keys in the database's `key_slot` table.
struct VaultHeader: Codable, Equatable {
    static let fileName = "safehold-vault.json"
    static let formatName = "safehold-vault"
    static let currentVersion = 1

    var format: String
    var version: Int
    var vaultID: String

    /// The origin line of this vault's checkpoints.
    var origin: String { "safehold.local/\(vaultID)" }

    static func new() -> VaultHeader {
        var generator = SystemRandomNumberGenerator()
        let id = Hex.encode((0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
        return VaultHeader(format: formatName, version: currentVersion, vaultID: id)
    }

    /// Reads and checks the header of the vault in `directory`.
    static func read(in directory: URL) throws -> VaultHeader {
        let url = directory.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw SafeholdError(
                .vaultNotFound,
                "There is no Safehold vault at \(directory.path). Check the path, or run `safehold init` to make one."
            )
        }
        guard data.count < 4096, let header = try? JSONDecoder().decode(VaultHeader.self, from: data),
            header.format == formatName, header.vaultID.count == 32, Hex.decode(header.vaultID) != nil
        else {
            throw SafeholdError(
                .vaultDamaged,
                "The file \(fileName) in this vault is damaged. Your evidence is still encrypted in the vault; keep a copy of the whole folder and ask for help before changing anything."
            )
        }
        guard header.version <= currentVersion else {
            throw SafeholdError(
                .unsupportedFormat,
                "This vault was made by a newer version of Safehold. Please update Safehold to open it."
            )
        }
        return header
    }

    /// Writes the header atomically: to a temporary name, forced to disk, then renamed.
    func write(in directory: URL) throws {
        let data = try CanonicalJSON.encode(self) + Data("\n".utf8)
        let temporary = directory.appendingPathComponent(Self.fileName + ".tmp").path
        unlink(temporary)
        let file = try SystemFile.createExclusive(temporary)
        try file.write(Array(data))
        try file.synchronize()
        file.close()
        guard rename(temporary, directory.appendingPathComponent(Self.fileName).path) == 0 else {
            throw SystemError(operation: "rename", errno: errno)
        }
        try OperatingSystem.synchronizeDirectory(atPath: directory.path)
    }
}
