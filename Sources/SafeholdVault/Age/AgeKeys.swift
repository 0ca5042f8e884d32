public import Crypto
public import Foundation

/// An age X25519 identity: the secret key that decrypts files encrypted to its `recipient`.
///
/// Its text form is `AGE-SECRET-KEY-1…` (uppercase Bech32). That text is secret: `description`,
/// `debugDescription` and reflection (`dump`) are redacted and show only the public recipient.
public struct AgeIdentity: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The Bech32 human-readable part of identities; age requires it uppercase.
    static let hrp = "AGE-SECRET-KEY-"

    /// The X25519 private key.
    public let privateKey: Curve25519.KeyAgreement.PrivateKey

    /// Wraps an existing X25519 private key. Use `Curve25519.KeyAgreement.PrivateKey()` for a fresh one.
    public init(privateKey: Curve25519.KeyAgreement.PrivateKey) {
        self.privateKey = privateKey
    }

    /// Creates an identity from the 32 raw private-key bytes.
    /// - Throws: `AgeError` `.invalidKeyEncoding` unless exactly 32 bytes are given.
    public init(rawRepresentation: some ContiguousBytes) throws {
        let count = rawRepresentation.withUnsafeBytes { $0.count }
        guard count == AgeRecipient.keySize,
            let key = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: rawRepresentation)
        else {
            throw AgeError(.invalidKeyEncoding, "X25519 private key must be 32 bytes")
        }
        self.privateKey = key
    }

    /// Parses an `AGE-SECRET-KEY-1…` string, as written by `age-keygen` (uppercase, no surrounding spaces).
    /// - Throws: `AgeError` `.invalidKeyEncoding` for bad Bech32, another HRP, lowercase, or a wrong length.
    public init(encoded: String) throws {
        let (hrp, data) = try Bech32.decode(encoded)
        guard hrp == Self.hrp else {
            throw AgeError(.invalidKeyEncoding, "not an age X25519 identity (expected AGE-SECRET-KEY-1…)")
        }
        try self.init(rawRepresentation: data)
    }

    /// The secret `AGE-SECRET-KEY-1…` text form. Treat it like the key itself.
    public var encoded: String {
        // Encoding 32 bytes under a fixed valid HRP cannot fail.
        (try? Bech32.encode(hrp: Self.hrp, data: privateKey.rawRepresentation)) ?? ""
    }

    /// The public recipient that files for this identity are encrypted to.
    public var recipient: AgeRecipient {
        AgeRecipient(publicKey: privateKey.publicKey)
    }

    /// A redacted description that names only the public recipient.
    public var description: String {
        "AgeIdentity(secret redacted, recipient: \(recipient.encoded))"
    }

    /// Same as `description`: redacted.
    public var debugDescription: String {
        description
    }

    /// A mirror showing only the recipient, so `dump` and reflection cannot reveal the private key.
    public var customMirror: Mirror {
        Mirror(self, children: ["recipient": recipient.encoded], displayStyle: .struct)
    }
}

/// An age X25519 recipient: the public key that files are encrypted to. Its text form is `age1…`.
public struct AgeRecipient: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The Bech32 human-readable part of recipients; age requires it lowercase.
    static let hrp = "age"
    /// Size of X25519 keys, shares and shared secrets.
    static let keySize = 32

    /// The X25519 public key.
    public let publicKey: Curve25519.KeyAgreement.PublicKey

    /// Wraps an existing X25519 public key.
    public init(publicKey: Curve25519.KeyAgreement.PublicKey) {
        self.publicKey = publicKey
    }

    /// Parses an `age1…` string, as printed by `age-keygen` (lowercase, no surrounding spaces).
    /// - Throws: `AgeError` `.invalidKeyEncoding` for bad Bech32, another HRP, uppercase, or a wrong length.
    public init(encoded: String) throws {
        let (hrp, data) = try Bech32.decode(encoded)
        guard hrp == Self.hrp else {
            throw AgeError(.invalidKeyEncoding, "not an age X25519 recipient (expected age1…)")
        }
        guard data.count == AgeRecipient.keySize,
            let key = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: data)
        else {
            throw AgeError(.invalidKeyEncoding, "X25519 public key must be 32 bytes")
        }
        self.publicKey = key
    }

    /// The `age1…` text form.
    public var encoded: String {
        // Encoding 32 bytes under a fixed valid HRP cannot fail.
        (try? Bech32.encode(hrp: Self.hrp, data: publicKey.rawRepresentation)) ?? ""
    }

    /// The `age1…` text form; a recipient is public.
    public var description: String {
        encoded
    }

    /// Two recipients are equal when their public key bytes are equal.
    public static func == (lhs: AgeRecipient, rhs: AgeRecipient) -> Bool {
        lhs.publicKey.rawRepresentation == rhs.publicKey.rawRepresentation
    }

    /// Hashes the public key bytes.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(publicKey.rawRepresentation)
    }
}
