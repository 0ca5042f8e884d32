import Crypto
import Foundation
import Testing

@testable import SafeholdVault

@Suite("AgeFormat round trips")
struct AgeFormatTests {
    let identity = AgeIdentity(privateKey: Curve25519.KeyAgreement.PrivateKey())

    static let sizes = [0, 1, 65_535, 65_536, 65_537, 3 * 65_536, 1_000_003]

    @Test("plaintext of every boundary size round-trips through the in-memory API", arguments: sizes)
    func inMemoryRoundTrip(size: Int) throws {
        let plaintext = randomData(size)
        let file = try AgeFormat.encrypt(plaintext, to: identity.recipient)
        #expect(try AgeFormat.decrypt(file, with: identity) == plaintext)
    }

    @Test("the payload has exactly one chunk per started 64 KiB, and one empty chunk for empty input", arguments: sizes)
    func payloadLength(size: Int) throws {
        let file = try AgeFormat.encrypt(randomData(size), to: identity.recipient)
        let headerLength = try #require(headerEnd(file))
        let chunks = max(1, (size + 65_535) / 65_536)
        #expect(file.count == headerLength + 16 + size + 16 * chunks)
    }

    @Test("exactly the last chunk carries the final flag", arguments: [0, 1, 65_536, 65_537, 2 * 65_536])
    func finalFlagIsOnTheLastChunkOnly(size: Int) throws {
        let fileKey = SymmetricKey(size: .bits128)
        var reader = ChunkedReader(randomData(size), pieces: [65_536])
        var source = AgeByteSource { reader.next($0) }
        var payload = Data()
        try AgeStream.encrypt(fileKey: fileKey, source: &source) { payload.append($0) }
        let key = AgeStream.payloadKey(fileKey: fileKey, nonce: payload.prefix(16))
        let chunks = stride(from: 16, to: payload.count, by: 65_552).map {
            Data(payload[$0..<min($0 + 65_552, payload.count)])
        }
        #expect(chunks.count == max(1, (size + 65_535) / 65_536))
        for (index, chunk) in chunks.enumerated() {
            let last = index == chunks.count - 1
            #expect(AgeStream.open(chunk, key: key, counter: UInt64(index), last: last) != nil)
            #expect(AgeStream.open(chunk, key: key, counter: UInt64(index), last: !last) == nil)
        }
    }

    @Test("the streaming API copes with short reads of odd sizes in both directions")
    func shortReads() throws {
        let plaintext = randomData(300_001)
        var source = ChunkedReader(plaintext, pieces: [1, 7, 4_099, 65_535, 3])
        var file = Data()
        try AgeFormat.encrypt(to: identity.recipient, read: { source.next($0) }, write: { file.append($0) })
        var encrypted = ChunkedReader(file, pieces: [5, 1, 13, 65_553, 70_000, 2])
        var output = Data()
        try AgeFormat.decrypt(with: identity, read: { encrypted.next($0) }, write: { output.append($0) })
        #expect(output == plaintext)
    }

    @Test("memory stays flat: no read request or write is larger than one chunk and a byte, even for 3 MB")
    func memoryStaysFlat() throws {
        let plaintext = randomData(3_000_000)
        var source = ChunkedReader(plaintext, pieces: [Int.max])
        var file = Data()
        var largestWrite = 0
        try AgeFormat.encrypt(
            to: identity.recipient,
            read: { source.next($0) },
            write: {
                largestWrite = max(largestWrite, $0.count)
                file.append($0)
            }
        )
        #expect(source.largestRequest <= 65_537)
        #expect(largestWrite <= 65_552)
        var encrypted = ChunkedReader(file, pieces: [Int.max])
        largestWrite = 0
        var output = Data()
        try AgeFormat.decrypt(
            with: identity,
            read: { encrypted.next($0) },
            write: {
                largestWrite = max(largestWrite, $0.count)
                output.append($0)
            }
        )
        #expect(encrypted.largestRequest <= 65_553)
        #expect(largestWrite <= 65_536)
        #expect(output == plaintext)
    }

    @Test("a read closure that returns more than asked is still handled correctly")
    func overlongReads() throws {
        let plaintext = randomData(200_000)
        let file = try AgeFormat.encrypt(plaintext, to: identity.recipient)
        var handedOut = false
        var output = Data()
        try AgeFormat.decrypt(
            with: identity,
            read: { _ in
                defer { handedOut = true }
                return handedOut ? Data() : file
            },
            write: { output.append($0) }
        )
        #expect(output == plaintext)
    }

    @Test("two encryptions of the same plaintext differ (fresh file key, ephemeral share and nonce)")
    func encryptionIsRandomized() throws {
        let plaintext = Data("same".utf8)
        let first = try AgeFormat.encrypt(plaintext, to: identity.recipient)
        let second = try AgeFormat.encrypt(plaintext, to: identity.recipient)
        #expect(first != second)
    }

    @Test("the header is the version line, one X25519 stanza, and a MAC line")
    func headerShape() throws {
        let file = try AgeFormat.encrypt(Data(), to: identity.recipient)
        let header = String(decoding: file.prefix(try #require(headerEnd(file))), as: UTF8.self)
        let lines = header.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 5)
        #expect(lines[0] == "age-encryption.org/v1")
        #expect(lines[1].hasPrefix("-> X25519 ") && lines[1].count == 10 + 43)
        #expect(lines[2].count == 43)
        #expect(lines[3].hasPrefix("--- ") && lines[3].count == 4 + 43)
        #expect(lines[4].isEmpty)
    }

    @Test("stanza bodies wrap at 64 columns and always end with a shorter, possibly empty, line")
    func bodyWrapping() {
        #expect(AgeHeader.wrapBody(Data()) == "\n")
        #expect(AgeHeader.wrapBody(Data(count: 47)) == String(repeating: "A", count: 63) + "\n")
        #expect(AgeHeader.wrapBody(Data(count: 48)) == String(repeating: "A", count: 64) + "\n\n")
        let wrapped = AgeHeader.wrapBody(Data(count: 100)).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(wrapped.map(\.count) == [64, 64, 6, 0])
    }

    @Test("base64 is canonical and unpadded, and the decoder rejects anything else")
    func strictBase64() {
        for length in 0...70 {
            let data = randomData(length)
            let text = AgeBase64.encode(data)
            #expect(!text.contains("="))
            #expect(text == data.base64EncodedString().replacingOccurrences(of: "=", with: ""))
            #expect(AgeBase64.decode(text) == data)
        }
        for bad in ["AA==", "AAA=", "A", "AB", "AAB", "AA A", "AA\n", "AA-_", "Zg=", "Zh", "Zm9=", "Zm9v Zg"] {
            #expect(AgeBase64.decode(bad) == nil, "\(bad)")
        }
        #expect(AgeBase64.decode("Zg") == Data("f".utf8))
        #expect(AgeBase64.decode("Zm8") == Data("fo".utf8))
    }

    /// The length of the header, through the LF that ends the MAC line.
    private func headerEnd(_ file: Data) -> Int? {
        guard let range = file.range(of: Data("\n--- ".utf8)) else { return nil }
        return range.lowerBound + 1 + 4 + 43 + 1
    }
}

/// Serves a buffer in pieces whose sizes cycle through `pieces` (capped by the request), recording requests.
struct ChunkedReader {
    private let data: Data
    private let pieces: [Int]
    private var offset = 0
    private var turn = 0
    private(set) var largestRequest = 0

    init(_ data: Data, pieces: [Int]) {
        self.data = data
        self.pieces = pieces
    }

    mutating func next(_ maxCount: Int) -> Data {
        largestRequest = max(largestRequest, maxCount)
        let count = min(maxCount, pieces[turn % pieces.count], data.count - offset)
        turn += 1
        defer { offset += count }
        return data.subdata(in: offset..<(offset + count))
    }
}
