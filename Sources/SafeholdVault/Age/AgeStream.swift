import Crypto
import Foundation

/// The age v1 payload: a 16-byte nonce, then ChaCha20-Poly1305 STREAM chunks of 64 KiB plaintext.
///
/// Chunk nonce = 11-byte big-endian counter || 0x01 for the final chunk, 0x00 otherwise.
/// The final chunk may be full-size; it is empty only when the whole payload is empty.
/// At most one chunk (plus one byte of look-ahead) is held in memory in either direction.
enum AgeStream {
    static let chunkSize = 64 * 1024
    static let tagSize = 16
    static let nonceSize = 16
    static let encryptedChunkSize = chunkSize + tagSize

    /// HKDF-SHA-256(ikm: file key, salt: payload nonce, info: "payload").
    static func payloadKey(fileKey: SymmetricKey, nonce: Data) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: fileKey, salt: nonce, info: Data("payload".utf8), outputByteCount: 32)
    }

    /// The 12-byte ChaCha20-Poly1305 nonce of chunk `counter`.
    static func chunkNonce(counter: UInt64, last: Bool) throws -> ChaChaPoly.Nonce {
        var bytes = Data(count: 3)
        withUnsafeBytes(of: counter.bigEndian) { bytes.append(contentsOf: $0) }
        bytes.append(last ? 1 : 0)
        return try ChaChaPoly.Nonce(data: bytes)
    }

    /// Encrypts one chunk: ciphertext || tag.
    static func seal(_ plaintext: Data, key: SymmetricKey, counter: UInt64, last: Bool) throws -> Data {
        let box = try ChaChaPoly.seal(plaintext, using: key, nonce: chunkNonce(counter: counter, last: last))
        return box.ciphertext + box.tag
    }

    /// Decrypts one chunk, or returns nil if it does not authenticate under this counter and flag.
    static func open(_ chunk: Data, key: SymmetricKey, counter: UInt64, last: Bool) -> Data? {
        guard chunk.count >= tagSize,
            let box = try? ChaChaPoly.SealedBox(
                nonce: chunkNonce(counter: counter, last: last),
                ciphertext: chunk.dropLast(tagSize),
                tag: chunk.suffix(tagSize)
            )
        else { return nil }
        return try? ChaChaPoly.open(box, using: key)
    }

    /// Writes a fresh nonce and the encrypted chunks of everything `source` yields.
    static func encrypt(fileKey: SymmetricKey, source: inout AgeByteSource, write: (Data) throws -> Void) throws {
        let nonce = SymmetricKey(size: .bits128).withUnsafeBytes { Data($0) }
        try write(nonce)
        let key = payloadKey(fileKey: fileKey, nonce: nonce)
        var counter: UInt64 = 0
        while true {
            var chunk = try source.read(upTo: chunkSize + 1)
            let last = chunk.count <= chunkSize
            if !last {
                source.unread(chunk.suffix(1))
                chunk.removeLast()
            }
            try write(seal(chunk, key: key, counter: counter, last: last))
            if last { return }
            counter += 1
        }
    }

    /// Reads the nonce and chunks from `source`, writing plaintext as each chunk authenticates.
    ///
    /// Plaintext of earlier chunks is written before later chunks are checked; callers that must not act on
    /// unauthenticated output should discard it when this throws.
    static func decrypt(fileKey: SymmetricKey, source: inout AgeByteSource, write: (Data) throws -> Void) throws {
        let nonce = try source.read(upTo: nonceSize)
        guard nonce.count == nonceSize else { throw AgeError(.truncated, "input ends inside the payload nonce") }
        let key = payloadKey(fileKey: fileKey, nonce: nonce)
        var counter: UInt64 = 0
        while true {
            var chunk = try source.read(upTo: encryptedChunkSize + 1)
            let last = chunk.count <= encryptedChunkSize
            if !last {
                source.unread(chunk.suffix(1))
                chunk.removeLast()
            }
            let plaintext = try openChunk(chunk, key: key, counter: counter, last: last)
            try write(plaintext)
            if last { return }
            counter += 1
        }
    }

    /// Opens a chunk whose position (final or not) is known from the input length, diagnosing failures.
    private static func openChunk(_ chunk: Data, key: SymmetricKey, counter: UInt64, last: Bool) throws -> Data {
        guard chunk.count >= tagSize else {
            let detail = counter == 0 && chunk.isEmpty ? "payload has no chunks" : "payload chunk is truncated"
            throw AgeError(.truncated, detail)
        }
        if let plaintext = open(chunk, key: key, counter: counter, last: last) {
            guard !(last && plaintext.isEmpty && counter > 0) else {
                throw AgeError(.payloadAuthenticationFailed, "final chunk is empty after a non-empty chunk")
            }
            return plaintext
        }
        if !last, open(chunk, key: key, counter: counter, last: true) != nil {
            throw AgeError(.trailingData, "data follows the final payload chunk")
        }
        if last, chunk.count == encryptedChunkSize, open(chunk, key: key, counter: counter, last: false) != nil {
            throw AgeError(.truncated, "input ends without a final payload chunk")
        }
        throw AgeError(.payloadAuthenticationFailed, "payload chunk \(counter) failed authentication")
    }
}
