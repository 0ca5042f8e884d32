import Crypto
import Foundation

/// The native X25519 recipient stanza: `-> X25519 <base64 ephemeral share>` with a 32-byte wrapped file key.
enum AgeX25519 {
    static let stanzaType = "X25519"
    private static let info = Data("age-encryption.org/v1/X25519".utf8)
    private static let keySize = AgeRecipient.keySize
    /// A file key (16 bytes) plus its Poly1305 tag.
    private static let bodySize = 32

    /// An X25519 stanza that has passed the structural checks.
    struct Candidate {
        var share: Data
        var body: Data
    }

    /// Wraps `fileKey` for `recipient` under a fresh ephemeral key.
    static func wrap(fileKey: SymmetricKey, to recipient: AgeRecipient) throws -> AgeHeader.Stanza {
        let ephemeral = Curve25519.KeyAgreement.PrivateKey()
        let share = ephemeral.publicKey.rawRepresentation
        let secret = try ephemeral.sharedSecretFromKeyAgreement(with: recipient.publicKey)
        guard !isAllZero(secret) else {
            throw AgeError(.invalidKeyEncoding, "recipient is a low-order X25519 point")
        }
        let wrapKey = deriveWrapKey(secret, share: share, recipient: recipient)
        let sealed = try ChaChaPoly.seal(fileKey.withUnsafeBytes { Data($0) }, using: wrapKey, nonce: zeroNonce())
        return AgeHeader.Stanza(arguments: [stanzaType, AgeBase64.encode(share)], body: sealed.ciphertext + sealed.tag)
    }

    /// The X25519 stanzas among `stanzas`, validated; other stanza types are ignored.
    /// - Throws: `.malformedHeader` for an X25519 stanza with the wrong argument count, share or body length.
    static func candidates(in stanzas: [AgeHeader.Stanza]) throws -> [Candidate] {
        try stanzas.filter { $0.arguments.first == stanzaType }.map { stanza in
            guard stanza.arguments.count == 2 else {
                throw AgeHeader.malformed("X25519 stanza must have exactly one argument after its type")
            }
            guard let share = AgeBase64.decode(stanza.arguments[1]), share.count == keySize else {
                throw AgeHeader.malformed("X25519 share is not canonical base64 of 32 bytes")
            }
            guard stanza.body.count == bodySize else {
                throw AgeHeader.malformed("X25519 stanza body is not 32 bytes")
            }
            return Candidate(share: share, body: stanza.body)
        }
    }

    /// Unwraps the file key from the first candidate addressed to `identity`.
    /// - Throws: `.noMatchingRecipient` if none opens; `.malformedHeader` for a low-order ephemeral share.
    static func unwrap(_ candidates: [Candidate], with identity: AgeIdentity) throws -> SymmetricKey {
        for candidate in candidates {
            if let fileKey = try unwrap(candidate, with: identity) {
                return fileKey
            }
        }
        throw AgeError(.noMatchingRecipient, "no X25519 stanza is addressed to this identity")
    }

    private static func unwrap(_ candidate: Candidate, with identity: AgeIdentity) throws -> SymmetricKey? {
        guard let ephemeral = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: candidate.share) else {
            throw AgeHeader.malformed("X25519 share is not a public key")
        }
        let secret = try identity.privateKey.sharedSecretFromKeyAgreement(with: ephemeral)
        guard !isAllZero(secret) else {
            throw AgeHeader.malformed("X25519 shared secret is all zero (low-order ephemeral share)")
        }
        let wrapKey = deriveWrapKey(secret, share: candidate.share, recipient: identity.recipient)
        let body = candidate.body
        let box = try ChaChaPoly.SealedBox(nonce: zeroNonce(), ciphertext: body.prefix(16), tag: body.suffix(16))
        guard let fileKey = try? ChaChaPoly.open(box, using: wrapKey) else { return nil }
        return SymmetricKey(data: fileKey)
    }

    private static func deriveWrapKey(_ secret: SharedSecret, share: Data, recipient: AgeRecipient) -> SymmetricKey {
        let salt = share + recipient.publicKey.rawRepresentation
        return secret.hkdfDerivedSymmetricKey(using: SHA256.self, salt: salt, sharedInfo: info, outputByteCount: 32)
    }

    private static func zeroNonce() throws -> ChaChaPoly.Nonce {
        try ChaChaPoly.Nonce(data: Data(count: 12))
    }

    private static func isAllZero(_ secret: SharedSecret) -> Bool {
        secret.withUnsafeBytes { bytes in bytes.reduce(UInt8(0)) { $0 | $1 } == 0 }
    }
}
