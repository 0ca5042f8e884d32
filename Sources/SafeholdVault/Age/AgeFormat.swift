import Crypto
public import Foundation

/// Streaming encryption and decryption in the age v1 file format (age-encryption.org/v1) to one X25519 recipient.
///
/// Output is readable by `age -d -i identity-file`, and files from `age -r age1…` are readable here.
/// Memory stays flat: at most one 64 KiB chunk plus a few bytes are buffered, whatever the input size.
public enum AgeFormat {
    /// Encrypts a stream to `recipient`.
    ///
    /// - Parameters:
    ///   - read: returns the next bytes (at most `maxCount`; empty `Data` at end of input). Short reads are fine.
    ///   - write: receives the output in order: the header, then the payload nonce, then one call per chunk.
    /// - Throws: `AgeError`, or whatever `read` or `write` throws.
    public static func encrypt(
        to recipient: AgeRecipient,
        read: (Int) throws -> Data,
        write: (Data) throws -> Void
    ) throws {
        let fileKey = SymmetricKey(size: .bits128)
        let stanza = try AgeX25519.wrap(fileKey: fileKey, to: recipient)
        try write(AgeHeader.encode(stanzas: [stanza], fileKey: fileKey))
        try withoutActuallyEscaping(read) { read in
            var source = AgeByteSource(read)
            try AgeStream.encrypt(fileKey: fileKey, source: &source, write: write)
        }
    }

    /// Decrypts an age v1 stream with `identity`, strictly.
    ///
    /// The header is parsed (at most 64 KiB) and its MAC verified before any plaintext is written. Plaintext
    /// is then written chunk by chunk as each authenticates, so if this throws, discard what was written.
    /// Stanzas of unknown types are ignored.
    /// - Parameters:
    ///   - read: returns the next bytes (at most `maxCount`; empty `Data` at end of input). Short reads are fine.
    ///   - write: receives the plaintext, one call per 64 KiB chunk.
    /// - Throws: `AgeError` (see `AgeError.Code`), or whatever `read` or `write` throws.
    public static func decrypt(
        with identity: AgeIdentity,
        read: (Int) throws -> Data,
        write: (Data) throws -> Void
    ) throws {
        try withoutActuallyEscaping(read) { read in
            var source = AgeByteSource(read)
            let header = try AgeHeader.parse(from: &source)
            let candidates = try AgeX25519.candidates(in: header.stanzas)
            let fileKey = try AgeX25519.unwrap(candidates, with: identity)
            try AgeHeader.verifyMAC(header, fileKey: fileKey)
            try AgeStream.decrypt(fileKey: fileKey, source: &source, write: write)
        }
    }

    /// Encrypts `plaintext` in memory to `recipient` and returns the whole age file.
    /// - Throws: `AgeError`.
    public static func encrypt(_ plaintext: Data, to recipient: AgeRecipient) throws -> Data {
        var reader = DataReader(plaintext)
        var output = Data()
        try encrypt(to: recipient, read: { reader.next($0) }, write: { output.append($0) })
        return output
    }

    /// Decrypts a whole age file held in memory with `identity`.
    /// - Throws: `AgeError`; no partial plaintext is returned.
    public static func decrypt(_ ciphertext: Data, with identity: AgeIdentity) throws -> Data {
        var reader = DataReader(ciphertext)
        var output = Data()
        try decrypt(with: identity, read: { reader.next($0) }, write: { output.append($0) })
        return output
    }
}

/// Serves successive slices of an in-memory buffer to a `read(maxCount)` closure.
private struct DataReader {
    private let data: Data
    private var offset: Data.Index

    init(_ data: Data) {
        self.data = data
        self.offset = data.startIndex
    }

    mutating func next(_ maxCount: Int) -> Data {
        let end = min(data.endIndex, offset + max(0, maxCount))
        defer { offset = end }
        return data[offset..<end]
    }
}
