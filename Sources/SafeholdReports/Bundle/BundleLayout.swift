import Foundation
import SafeholdCore

/// Where things are in an evidence bundle, and the format of its small text files. Shared by the writer and
/// the verifier so that the two can never disagree.
enum BundleLayout {
    static let format = "safehold-bundle/1"
    static let sums = "SHA256SUMS"
    static let manifest = "manifest.json"
    static let verifyGuide = "VERIFY.txt"
    static let checkpoint = "checkpoint.txt"
    static let checkpointBody = "checkpoint-body.txt"
    static let checkpointSignature = "checkpoint-signature.bin"
    static let publicKey = "public-key.pem"
    static let fingerprint = "public-key-fingerprint.txt"

    /// A fixed time for every ZIP entry, so that the same selection gives the same bytes.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)  // 1980-01-01, the earliest ZIP can hold

    static func folder(_ id: EvidenceID) -> String {
        let digits = String(id.rawValue)
        return "items/" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    static func originalName(_ mediaType: MediaType) -> String {
        switch mediaType.rawValue {
        case "text/plain": "original.txt"
        case "application/json": "original.json"
        case "image/png": "original.png"
        case "image/jpeg": "original.jpg"
        case "image/gif": "original.gif"
        case "image/webp": "original.webp"
        case "video/mp4": "original.mp4"
        case "application/pdf": "original.pdf"
        case "message/rfc822": "original.eml"
        default: "original.bin"
        }
    }

    /// An Ed25519 public key as PEM: the fixed 12-byte SubjectPublicKeyInfo prefix, then the 32 key bytes.
    static func pem(_ key: [UInt8]) -> String {
        let der = Data([0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00] + key)
        return "-----BEGIN PUBLIC KEY-----\n\(der.base64EncodedString())\n-----END PUBLIC KEY-----\n"
    }

    /// The raw key from such a PEM, or `nil` for anything else.
    static func key(fromPEM text: String) -> [UInt8]? {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.count == 3, lines[0] == "-----BEGIN PUBLIC KEY-----", lines[2] == "-----END PUBLIC KEY-----",
            let der = Data(base64Encoded: lines[1]), der.count == 44,
            Array(der.prefix(12)) == [0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00]
        else { return nil }
        return Array(der.suffix(32))
    }

    /// `proof.txt`: the leaf's index, the tree's size, then the audit path in hex, one hash a line.
    static func proofText(index: Int, treeSize: Int, path: [[UInt8]]) -> String {
        (["leaf-index \(index)", "tree-size \(treeSize)"] + path.map { Hex.encode($0) }).joined(separator: "\n") + "\n"
    }

    static func parseProof(_ text: String) -> (index: Int, treeSize: Int, path: [[UInt8]])? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard lines.count >= 2, lines.count <= 66,
            lines[0].hasPrefix("leaf-index "), let index = Int(lines[0].dropFirst(11)),
            lines[1].hasPrefix("tree-size "), let size = Int(lines[1].dropFirst(10))
        else { return nil }
        var path: [[UInt8]] = []
        for line in lines.dropFirst(2) {
            guard line.utf8.count == 64, let bytes = Hex.decode(line) else { return nil }
            path.append(bytes)
        }
        return (index, size, path)
    }
}

/// The bundle's `manifest.json`: what is in it, and nothing else about the vault.
struct BundleManifest: Codable, Equatable {
    struct Item: Codable, Equatable {
        var id: UInt64
        var folder: String
        var original: String
        var sha256: String
        var size: UInt64
        var mediaType: String
        var leafIndex: Int
        var platform: String?
        var author: String?
        var postedAt: String?
        var capturedAt: String
    }

    var format: String
    var selection: String
    var treeSize: Int
    var rootHash: String
    var keyName: String
    var publicKeyFingerprint: String
    var items: [Item]
}
