/// An error raised while encoding, encrypting or decrypting age v1 data.
///
/// `code` is stable and meant for programmatic handling; `detail` is a short English explanation for logs.
/// Neither ever contains key material or plaintext.
public struct AgeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public enum Code: Sendable, Equatable {
        /// The header does not follow the age v1 grammar (bad line, non-canonical base64, bad stanza, too large).
        case malformedHeader
        /// The file starts with an `age-encryption.org/` version line other than `v1`.
        case unsupportedVersion
        /// No recipient stanza in the header could be opened with the given identity.
        case noMatchingRecipient
        /// The header MAC does not authenticate the header under the unwrapped file key.
        case headerMACMismatch
        /// The input ended early: inside the header or payload nonce, or before a final payload chunk.
        case truncated
        /// A payload chunk failed authentication, or the chunk sequence is not canonical.
        case payloadAuthenticationFailed
        /// Bytes follow the final payload chunk.
        case trailingData
        /// A Bech32 key string (`age1…` or `AGE-SECRET-KEY-1…`) or raw key bytes are invalid.
        case invalidKeyEncoding
    }

    /// The kind of failure.
    public var code: Code
    /// A short human-readable explanation. Never contains secrets.
    public var detail: String

    /// Creates an error with a code and an explanation.
    public init(_ code: Code, _ detail: String) {
        self.code = code
        self.detail = detail
    }

    /// `"<code>: <detail>"`.
    public var description: String {
        "AgeError.\(code): \(detail)"
    }
}
