import Crypto
import Foundation

/// Age v1 encryption fed piece by piece, for sources that push their bytes (such as a ZIP entry
/// being inflated) rather than being read from.
///
/// Holds at most one 64 KiB chunk plus the piece being appended. A chunk is sealed as "not last"
/// only once more bytes are known to follow, so the last-chunk rule of the format holds.
struct AgeEncryptor {
    private let write: (Data) throws -> Void
    private let key: SymmetricKey
    private var buffer = Data()
    private var counter: UInt64 = 0

    /// Writes the header and payload nonce for `recipient` through `write`.
    init(to recipient: AgeRecipient, write: @escaping (Data) throws -> Void) throws {
        self.write = write
        let fileKey = SymmetricKey(size: .bits128)
        let stanza = try AgeX25519.wrap(fileKey: fileKey, to: recipient)
        try write(AgeHeader.encode(stanzas: [stanza], fileKey: fileKey))
        let nonce = SymmetricKey(size: .bits128).withUnsafeBytes { Data($0) }
        try write(nonce)
        key = AgeStream.payloadKey(fileKey: fileKey, nonce: nonce)
        buffer.reserveCapacity(AgeStream.chunkSize * 2)
    }

    /// Adds plaintext.
    mutating func append(_ bytes: UnsafeRawBufferPointer) throws {
        buffer.append(contentsOf: bytes)
        while buffer.count > AgeStream.chunkSize {
            try write(AgeStream.seal(buffer.prefix(AgeStream.chunkSize), key: key, counter: counter, last: false))
            buffer.removeFirst(AgeStream.chunkSize)
            counter += 1
        }
    }

    /// Seals what remains as the final chunk.
    mutating func finish() throws {
        try write(AgeStream.seal(buffer, key: key, counter: counter, last: true))
        buffer.removeAll()
    }
}
