import Crypto
public import Foundation
import SafeholdCore
import SafeholdImport
import SafeholdVault

/// What checking a bundle found, overall and item by item.
public struct BundleReport: Sendable, Codable {
    /// One item's result.
    public struct Item: Sendable, Codable {
        public var id: UInt64
        /// Whether every check of this item passed.
        public var holds: Bool
        /// What failed, in plain words.
        public var problems: [String]
    }

    /// Whether the whole bundle checks out.
    public var holds: Bool { problems.isEmpty && items.allSatisfy(\.holds) && !items.isEmpty }
    /// Problems with the bundle as a whole (files, key, checkpoint).
    public var problems: [String]
    /// The signing key's fingerprint, to compare with one received separately.
    public var fingerprint: String?
    /// Whether the fingerprint matched the one the person expected, when they gave one.
    public var fingerprintMatches: Bool?
    /// How many entries the signed log held.
    public var treeSize: Int?
    /// The earlier checkpoint code this bundle proves it extends, when it carries one and the proof holds.
    public var extends: String?
    public var items: [Item]
}

/// Checks an evidence bundle with no vault: file hashes, the checkpoint's signature, each item's hash and its
/// inclusion proof. A bundle is read through the same guarded ZIP reader as imports (size, count and path
/// limits), because a bundle can come from anyone.
public enum BundleVerifier {
    /// Checks the bundle at `url`.
    /// - Parameter expectedFingerprint: The key fingerprint received separately, if any.
    /// - Throws: ``SafeholdError`` only when the file cannot be opened as a ZIP at all.
    /// - Parameter expectedCode: A checkpoint code received earlier; the bundle must prove it extends it.
    public static func verify(
        _ url: URL, expectedFingerprint: String? = nil, expectedCode: CheckpointCode? = nil
    ) throws -> BundleReport {
        let files = try readFiles(url)
        var report = BundleReport(problems: [], items: [])
        checkSums(files, into: &report)
        guard let key = checkKey(files, expected: expectedFingerprint, into: &report),
            let checkpoint = checkCheckpoint(files, key: key, into: &report)
        else { return report }
        report.treeSize = Int(checkpoint.size)
        checkExtends(files, checkpoint: checkpoint, expected: expectedCode, into: &report)
        guard let manifestBytes = files[BundleLayout.manifest],
            let manifest = try? JSONDecoder().decode(BundleManifest.self, from: Data(manifestBytes))
        else {
            report.problems.append("manifest.json is missing or cannot be read.")
            return report
        }
        var seen = Set<UInt64>()
        for item in manifest.items.prefix(1_000_000) {
            var problems = checkItem(item, files: files, checkpoint: checkpoint)
            if !seen.insert(item.id).inserted { problems.append("The manifest lists this item twice.") }
            report.items.append(BundleReport.Item(id: item.id, holds: problems.isEmpty, problems: problems))
        }
        let listed = Set(manifest.items.map(\.folder))
        for path in files.keys where path.hasPrefix("items/") {
            let folder = path.split(separator: "/").prefix(2).joined(separator: "/")
            if !listed.contains(folder) { report.problems.append("\(DisplaySafe.text(path)) belongs to no listed item.") }
        }
        if manifest.items.isEmpty { report.problems.append("The bundle lists no items.") }
        return report
    }

    private static func readFiles(_ url: URL) throws -> [String: [UInt8]] {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw SafeholdError(.fileAccess, "Safehold could not find \(DisplaySafe.text(url.path)). Check the name and the folder.")
        }
        let source: any ExportSource
        do {
            source = try ExportSources.open(url, limits: ArchiveLimits())
        } catch {
            throw SafeholdError(
                .invalidInput, "\(DisplaySafe.text(url.lastPathComponent)) cannot be read as a bundle: it is not a complete ZIP file. Ask for a new copy.",
                cause: error)
        }
        var files: [String: [UInt8]] = [:]
        for file in source.files {
            let path = file.path.hasPrefix("safehold-bundle/") ? String(file.path.dropFirst(16)) : file.path
            do { files[path] = try source.readAll(file, limit: 1 << 30) } catch {
                throw SafeholdError(.invalidInput, "\(DisplaySafe.text(file.path)) in the bundle cannot be read; the ZIP is damaged.", cause: error)
            }
        }
        return files
    }

    private static func checkSums(_ files: [String: [UInt8]], into report: inout BundleReport) {
        guard let sums = files[BundleLayout.sums] else {
            return report.problems.append("SHA256SUMS is missing.")
        }
        var listed = Set<String>()
        for line in String(decoding: sums, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { report.problems.append("SHA256SUMS has a line that cannot be read."); continue }
            let path = String(parts[1].drop(while: { $0 == " " || $0 == "*" }))
            listed.insert(path)
            guard let bytes = files[path] else {
                report.problems.append("\(DisplaySafe.text(path)) is listed in SHA256SUMS but missing.")
                continue
            }
            if Hex.encode(SHA256.hash(data: bytes)) != parts[0].lowercased() {
                report.problems.append("\(DisplaySafe.text(path)) was changed after the bundle was made.")
            }
        }
        for path in files.keys.sorted() where path != BundleLayout.sums && !listed.contains(path) {
            report.problems.append("\(DisplaySafe.text(path)) was added after the bundle was made.")
        }
    }

    private static func checkKey(_ files: [String: [UInt8]], expected: String?, into report: inout BundleReport) -> [UInt8]? {
        guard let pem = files[BundleLayout.publicKey], let key = BundleLayout.key(fromPEM: String(decoding: pem, as: UTF8.self)) else {
            report.problems.append("public-key.pem is missing or is not an Ed25519 public key.")
            return nil
        }
        let fingerprint = Hex.encode(SHA256.hash(data: key))
        report.fingerprint = fingerprint
        if let expected {
            report.fingerprintMatches = expected.lowercased().filter(\.isHexDigit) == fingerprint
            if report.fingerprintMatches == false {
                report.problems.append("The key's fingerprint is not the one you expected: this bundle was signed by another vault.")
            }
        }
        return key
    }

    private static func checkCheckpoint(_ files: [String: [UInt8]], key: [UInt8], into report: inout BundleReport) -> Checkpoint? {
        guard let noteBytes = files[BundleLayout.checkpoint], noteBytes.count < 64 << 10 else {
            report.problems.append("checkpoint.txt is missing.")
            return nil
        }
        let note = String(decoding: noteBytes, as: UTF8.self)
        let origin = String(note.prefix { $0 != "\n" })
        guard let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: key),
            let signed = CheckpointKey(name: origin, publicKey: publicKey).verify(note: note)
        else {
            report.problems.append("The checkpoint's signature does not match the key in the bundle: the checkpoint was changed, or signed by another key.")
            return nil
        }
        return signed.checkpoint
    }

    private static func checkExtends(
        _ files: [String: [UInt8]], checkpoint: Checkpoint, expected: CheckpointCode?, into report: inout BundleReport
    ) {
        guard let bytes = files[BundleLayout.extends] else {
            if expected != nil {
                report.problems.append("This bundle carries no proof that it extends the checkpoint code you gave.")
            }
            return
        }
        guard let parsed = BundleLayout.parseExtends(String(decoding: bytes, as: UTF8.self)) else {
            return report.problems.append("extends.txt cannot be read.")
        }
        if let expected, expected != parsed.code {
            report.problems.append("The bundle extends another checkpoint than the code you gave.")
        }
        let consistent = parsed.newSize == Int(checkpoint.size)
            && report.fingerprint?.hasPrefix(parsed.code.keyPrefix) == true
            && MerkleHashing.verifyConsistency(
                oldSize: parsed.code.size, newSize: Int(checkpoint.size), oldRoot: parsed.code.root,
                newRoot: checkpoint.rootHash, proof: parsed.proof)
        if consistent {
            report.extends = parsed.code.description
        } else {
            report.problems.append("The log does not extend the earlier checkpoint \(parsed.code): entries logged before it were changed or removed, or the code is from another vault.")
        }
    }

    private static func checkItem(_ item: BundleManifest.Item, files: [String: [UInt8]], checkpoint: Checkpoint) -> [String] {
        guard let entry = files["\(item.folder)/entry.json"], let original = files[item.original],
            item.original.hasPrefix(item.folder + "/"),
            let proofBytes = files["\(item.folder)/proof.txt"],
            let proof = BundleLayout.parseProof(String(decoding: proofBytes, as: UTF8.self))
        else { return ["Its files are missing or cannot be read."] }
        var problems: [String] = []
        let decoded = try? JSONDecoder().decode(EntryHead.self, from: Data(entry))
        if decoded?.item.id != item.id { problems.append("Its record belongs to another item (files were swapped).") }
        let hash = Hex.encode(SHA256.hash(data: original))
        if decoded?.item.sha256 != hash { problems.append("The original does not match the hash recorded when it was sealed.") }
        if proof.treeSize != Int(checkpoint.size) { problems.append("Its proof is for a log of another size.") }
        let included = MerkleHashing.verifyInclusion(
            leafHash: MerkleHashing.leafHash(entry), index: proof.index, treeSize: Int(checkpoint.size), proof: proof.path,
            root: checkpoint.rootHash)
        if !included { problems.append("Its record is not in the signed log: the proof does not lead to the signed root.") }
        return problems
    }

    private struct EntryHead: Decodable {
        struct Item: Decodable {
            var id: UInt64
            var sha256: String
        }

        var item: Item
    }
}
