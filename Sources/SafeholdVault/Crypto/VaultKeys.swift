import Crypto
import Foundation
import SafeholdCore

/// The keys of an unlocked vault, all derived from the one random master key with HKDF-SHA256,
/// each for a single purpose. They live only in memory while the vault is unlocked.
struct VaultKeys: Sendable {
    /// Encrypts every database row (log entries, checkpoints).
    let rowKey: SymmetricKey
    /// Names objects by a keyed hash, so holding a screenshot does not reveal whether the vault has it.
    let objectNameKey: SymmetricKey
    /// The age identity objects are encrypted to.
    let objectIdentity: AgeIdentity
    /// Signs checkpoints.
    let checkpointKey: CheckpointKey

    init(master: SymmetricKey, origin: String) throws {
        func derive(_ purpose: String) -> SymmetricKey {
            HKDF<SHA256>.deriveKey(
                inputKeyMaterial: master,
                salt: Array("safehold vault v1".utf8),
                info: Array(purpose.utf8),
                outputByteCount: 32
            )
        }
        rowKey = derive("row encryption")
        objectNameKey = derive("object names")
        objectIdentity = try derive("object identity").withUnsafeBytes {
            AgeIdentity(privateKey: try Curve25519.KeyAgreement.PrivateKey(rawRepresentation: $0))
        }
        let signing = try derive("checkpoint signing").withUnsafeBytes {
            try Curve25519.Signing.PrivateKey(rawRepresentation: $0)
        }
        checkpointKey = CheckpointKey(name: origin, privateKey: signing)
    }

    /// Encrypts a row with ChaCha20-Poly1305, bound to its place by `context` (table and key), so that
    /// a row copied or moved to another place no longer opens.
    /// - Returns: nonce ‖ ciphertext ‖ tag.
    func sealRow(_ plaintext: some DataProtocol, context: String, nonce: RowNonce = RowNonce.random()) throws -> [UInt8] {
        let box = try ChaChaPoly.seal(
            plaintext, using: rowKey, nonce: try ChaChaPoly.Nonce(data: nonce.bytes), authenticating: Array(context.utf8))
        return Array(box.combined)
    }

    /// Opens a row sealed by ``sealRow(_:context:)``.
    /// - Returns: `nil` when the bytes were changed, moved, or sealed by another vault.
    func openRow(_ sealed: some DataProtocol, context: String) -> [UInt8]? {
        guard let box = try? ChaChaPoly.SealedBox(combined: sealed),
            let plain = try? ChaChaPoly.open(box, using: rowKey, authenticating: Array(context.utf8))
        else { return nil }
        return Array(plain)
    }

    /// A fresh keyed hasher for naming an object by its content.
    func objectNamer() -> HMAC<SHA256> { HMAC<SHA256>(key: objectNameKey) }
}

/// One way into the vault: the master key wrapped under a key derived from a passphrase or the
/// recovery code. Changing the passphrase replaces a slot; the evidence is never re-encrypted.
struct KeySlot: Sendable, Equatable {
    /// What secret opens the slot.
    enum Kind: String, Sendable, Codable {
        case passphrase
        case recovery
    }

    var kind: Kind
    var parameters: ScryptParameters
    var salt: [UInt8]
    /// nonce ‖ ChaCha20-Poly1305(master key) ‖ tag.
    var wrapped: [UInt8]

    /// The associated data the wrapping is bound to, so that a slot's settings cannot be swapped.
    private static func context(kind: Kind, parameters: ScryptParameters, salt: [UInt8]) -> [UInt8] {
        Array("safehold key slot v1|\(kind.rawValue)|scrypt|\(parameters.logN)|\(parameters.r)|\(parameters.p)|".utf8)
            + salt
    }

    /// Wraps the master key under a secret.
    static func make(kind: Kind, secret: [UInt8], parameters: ScryptParameters, master: SymmetricKey) throws -> KeySlot
    {
        var salt = [UInt8](repeating: 0, count: 32)
        var generator = SystemRandomNumberGenerator()
        for index in salt.indices { salt[index] = generator.next() }
        let wrappingKey = try parameters.deriveKey(from: secret, salt: salt)
        let context = context(kind: kind, parameters: parameters, salt: salt)
        let box = try master.withUnsafeBytes {
            try ChaChaPoly.seal(Array($0), using: wrappingKey, authenticating: context)
        }
        return KeySlot(kind: kind, parameters: parameters, salt: salt, wrapped: Array(box.combined))
    }

    /// Unwraps the master key. Always pays the full key-derivation cost.
    /// - Returns: `nil` when the secret is not the one this slot was made with.
    func unwrap(secret: [UInt8]) throws -> SymmetricKey? {
        let wrappingKey = try parameters.deriveKey(from: secret, salt: salt)
        guard let box = try? ChaChaPoly.SealedBox(combined: wrapped),
            let master = try? ChaChaPoly.open(
                box,
                using: wrappingKey,
                authenticating: Self.context(kind: kind, parameters: parameters, salt: salt)
            ),
            master.count == 32
        else { return nil }
        return SymmetricKey(data: master)
    }
}

/// The 96-bit nonce of one sealed row.
///
/// A batch of rows shares a fresh random 64-bit prefix and numbers its rows in the last 32 bits, so
/// that a batch of thousands costs one call for randomness instead of one per row. Nonces never
/// repeat in a batch, and two batches share a prefix with chance 2^-64 per pair.
struct RowNonce: Sendable {
    let bytes: [UInt8]

    /// A nonce of its own, for a single row.
    static func random() -> RowNonce {
        var generator = SystemRandomNumberGenerator()
        return RowNonce(bytes: (0..<12).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    /// The nonce of row `index` in a batch whose prefix is `prefix`.
    init(prefix: UInt64, index: UInt32) {
        bytes = withUnsafeBytes(of: prefix.bigEndian) { Array($0) } + withUnsafeBytes(of: index.bigEndian) { Array($0) }
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }
}
