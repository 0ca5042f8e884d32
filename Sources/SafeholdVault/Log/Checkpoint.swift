public import Crypto
import Foundation
import SafeholdCore

/// A statement of the log's size and root hash: "this vault held exactly these N entries".
///
/// Serialized as a C2SP `tlog-checkpoint` body (origin, size, base64 root, one per line) and signed as
/// a C2SP signed note with the vault's Ed25519 key, so that anyone can check it with `openssl`.
public struct Checkpoint: Hashable, Sendable {
    /// Names the log: `safehold.local/<vault id>`.
    public var origin: String
    /// How many log entries the checkpoint covers.
    public var size: UInt64
    /// The RFC 6962 root of those entries.
    public var rootHash: MerkleHash

    /// Creates a checkpoint.
    public init(origin: String, size: UInt64, rootHash: MerkleHash) {
        self.origin = origin
        self.size = size
        self.rootHash = rootHash
    }

    /// The note body that is signed: three lines, each ending in a newline.
    public var body: String { "\(origin)\n\(size)\n\(Data(rootHash).base64EncodedString())\n" }

    /// Parses a note body strictly: a non-empty origin, a size without leading zeros, a 32-byte root.
    public init?(body: String) {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == 4, lines[3].isEmpty, !lines[0].isEmpty,
            let size = UInt64(lines[1]), String(size) == lines[1],
            let root = Data(base64Encoded: String(lines[2])), root.count == 32,
            root.base64EncodedString() == lines[2]
        else { return nil }
        self.init(origin: String(lines[0]), size: size, rootHash: Array(root))
    }
}

/// A checkpoint with its signature, in the C2SP signed-note text form.
public struct SignedCheckpoint: Hashable, Sendable {
    /// The checkpoint.
    public var checkpoint: Checkpoint
    /// The whole note: body, blank line, signature line.
    public var note: String
    /// The raw 64-byte Ed25519 signature over ``Checkpoint/body``.
    public var signature: [UInt8]
}

/// Signs and checks checkpoints with one Ed25519 key, following C2SP signed-note.
public struct CheckpointKey: Sendable {
    /// The key's name in signature lines; the same as the log's origin.
    public let name: String
    /// The public half, which bundles carry so that others can check signatures.
    public let publicKey: Curve25519.Signing.PublicKey
    private let privateKey: Curve25519.Signing.PrivateKey?

    /// A key that can sign.
    public init(name: String, privateKey: Curve25519.Signing.PrivateKey) {
        self.name = name
        self.privateKey = privateKey
        self.publicKey = privateKey.publicKey
    }

    /// A key that can only check signatures.
    public init(name: String, publicKey: Curve25519.Signing.PublicKey) {
        self.name = name
        self.privateKey = nil
        self.publicKey = publicKey
    }

    /// The 4-byte key hash that starts each signature: SHA-256(name ‖ LF ‖ 0x01 ‖ public key)[0..<4].
    public var keyHash: [UInt8] {
        var hasher = SHA256()
        hasher.update(data: Array(name.utf8) + [0x0A, 0x01])
        hasher.update(data: publicKey.rawRepresentation)
        return Array(hasher.finalize().prefix(4))
    }

    /// The verifier key string of C2SP signed-note: `name+hash+base64(0x01 ‖ key)`.
    public var verifierKey: String {
        "\(name)+\(Hex.encode(keyHash))+\(Data([0x01] + publicKey.rawRepresentation).base64EncodedString())"
    }

    /// A short fingerprint of the public key for people to compare: SHA-256 of the raw key, hex.
    public var fingerprint: String { Hex.encode(SHA256.hash(data: publicKey.rawRepresentation)) }

    /// Signs a checkpoint.
    public func sign(_ checkpoint: Checkpoint) throws -> SignedCheckpoint {
        guard let privateKey else { preconditionFailure("signing needs the private key") }
        let body = checkpoint.body
        let signature = Array(try privateKey.signature(for: Array(body.utf8)))
        let line = "\u{2014} \(name) \(Data(keyHash + signature).base64EncodedString())\n"
        return SignedCheckpoint(checkpoint: checkpoint, note: body + "\n" + line, signature: signature)
    }

    /// Parses a signed note and checks that this key signed it.
    /// - Returns: The checkpoint, or `nil` when the note is malformed or has no valid signature by this key.
    public func verify(note: String) -> SignedCheckpoint? {
        guard let split = note.range(of: "\n\n") else { return nil }
        let bodyText = String(note[..<split.lowerBound]) + "\n"
        guard let checkpoint = Checkpoint(body: bodyText) else { return nil }
        let signatureLines = note[split.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
        guard note.hasSuffix("\n") else { return nil }
        for line in signatureLines.dropLast() {
            let parts = line.split(separator: " ", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0] == "\u{2014}" else { return nil }
            guard parts[1] == name, let blob = Data(base64Encoded: String(parts[2])), blob.count == 68,
                Array(blob.prefix(4)) == keyHash
            else { continue }
            let signature = Array(blob.dropFirst(4))
            if publicKey.isValidSignature(signature, for: Array(bodyText.utf8)) {
                return SignedCheckpoint(checkpoint: checkpoint, note: note, signature: signature)
            }
        }
        return nil
    }
}
