import Crypto
public import Foundation
public import SafeholdCore
public import SafeholdVault
import ZIPFoundation

/// Writes an evidence bundle: a ZIP that anyone can check with `sha256sum` and `openssl`, holding the originals
/// of the selected items, their log entries, inclusion proofs, the signed checkpoint and the vault's public key.
///
/// The same selection of the same vault gives the same bytes: entries are sorted, dated 1980-01-01, and nothing
/// depends on the clock or on the order items were asked for. Nothing else about the vault is written; the
/// tree size the proofs need is the only thing it says about what else the vault holds.
public enum BundleWriter {
    /// What was written.
    public struct Written: Sendable, Codable {
        public var items: Int
        public var bytes: UInt64
        public var treeSize: Int
        public var fingerprint: String
    }

    /// Writes the bundle to `url`, replacing nothing: it is written beside it first and moved into place.
    /// - Parameters:
    ///   - proofs: The items' proofs, from ``Vault/proofs(for:)``.
    ///   - selection: A plain description of how the items were chosen, recorded in the manifest.
    ///   - original: Reads an item's original bytes.
    /// - Throws: ``SafeholdError`` when the file cannot be written or an original cannot be read.
    @discardableResult
    public static func write(
        _ proofs: ProofSet, selection: String, to url: URL, original: (EvidenceID) throws -> [UInt8]
    ) throws -> Written {
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw SafeholdError(.invalidInput, "\(DisplaySafe.text(url.lastPathComponent)) already exists. Choose another name, so nothing is overwritten.")
        }
        var files: [String: [UInt8]] = [:]
        var manifestItems: [BundleManifest.Item] = []
        for item in proofs.items.sorted(by: { $0.record.id.rawValue < $1.record.id.rawValue }) {
            let record = item.record
            let folder = BundleLayout.folder(record.id)
            let name = BundleLayout.originalName(record.mediaType)
            files["\(folder)/\(name)"] = try original(record.id)
            files["\(folder)/entry.json"] = item.entry
            files["\(folder)/proof.txt"] = Array(
                BundleLayout.proofText(index: item.leafIndex, treeSize: proofs.treeSize, path: item.auditPath).utf8)
            manifestItems.append(
                BundleManifest.Item(
                    id: record.id.rawValue, folder: folder, original: "\(folder)/\(name)", sha256: record.sha256.hex,
                    size: record.size, mediaType: record.mediaType.rawValue, leafIndex: item.leafIndex,
                    platform: (record.details.platform ?? record.record?.platform)?.rawValue,
                    author: record.record?.author?.label ?? record.details.author,
                    postedAt: (record.details.postedAt ?? record.record?.createdAt)?.rfc3339,
                    capturedAt: record.capturedAt.rfc3339))
        }
        let manifest = BundleManifest(
            format: BundleLayout.format, selection: selection, treeSize: proofs.treeSize,
            rootHash: Hex.encode(proofs.rootHash), keyName: proofs.keyName, publicKeyFingerprint: proofs.fingerprint,
            items: manifestItems)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        files[BundleLayout.manifest] = Array(try encoder.encode(manifest)) + [0x0A]
        files[BundleLayout.checkpoint] = Array(proofs.checkpointNote.utf8)
        let body = proofs.checkpointNote.components(separatedBy: "\n\n").first.map { $0 + "\n" } ?? ""
        files[BundleLayout.checkpointBody] = Array(body.utf8)
        files[BundleLayout.checkpointSignature] = signature(in: proofs.checkpointNote)
        files[BundleLayout.publicKey] = Array(BundleLayout.pem(proofs.publicKey).utf8)
        files[BundleLayout.fingerprint] = Array((proofs.fingerprint + "\n").utf8)
        files[BundleLayout.verifyGuide] = Array(
            VerifyGuide.text(fingerprint: proofs.fingerprint, treeSize: proofs.treeSize, example: manifestItems.first)
                .utf8)
        files[BundleLayout.sums] = Array(
            files.keys.sorted().map { "\(Hex.encode(SHA256.hash(data: files[$0]!)))  \($0)\n" }.joined().utf8)
        try writeZip(files, to: url)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? UInt64) ?? 0
        return Written(items: manifestItems.count, bytes: size ?? 0, treeSize: proofs.treeSize, fingerprint: proofs.fingerprint)
    }

    /// The 64-byte Ed25519 signature from the note's signature line (after the 4-byte key hash).
    static func signature(in note: String) -> [UInt8] {
        guard let line = note.split(separator: "\n").last(where: { $0.hasPrefix("\u{2014} ") }),
            let blob = line.split(separator: " ").last.flatMap({ Data(base64Encoded: String($0)) }), blob.count == 68
        else { return [] }
        return Array(blob.dropFirst(4))
    }

    private static func writeZip(_ files: [String: [UInt8]], to url: URL) throws {
        let partial = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial")
        try? FileManager.default.removeItem(at: partial)
        do {
            let archive = try Archive(url: partial, accessMode: .create)
            for path in files.keys.sorted() {
                let data = Data(files[path]!)
                try archive.addEntry(
                    with: "safehold-bundle/" + path, type: .file, uncompressedSize: Int64(data.count),
                    modificationDate: BundleLayout.entryDate, permissions: 0o644, compressionMethod: .deflate
                ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
            }
            try FileManager.default.moveItem(at: partial, to: url)
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw SafeholdError(
                .fileAccess, "Safehold could not write the bundle to \(DisplaySafe.text(url.path)). Check there is space and that the folder exists.",
                cause: error)
        }
    }
}
