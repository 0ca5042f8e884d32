import Crypto
import Foundation
import Testing

@testable import SafeholdVault

/// Strict STREAM payload decoding: truncation, reordering, bad final chunks, trailing data and bit flips.
@Suite("AgeFormat payload tampering")
struct AgePayloadTamperTests {
    let forge = AgeForge()
    let full = randomData(65_536)

    @Test("hand-sealed canonical payloads decrypt: empty, short, one full final chunk, full then short")
    func canonicalPayloadsDecrypt() throws {
        let tail = randomData(10)
        #expect(try forge.decrypt(forge.file([(Data(), true)])) == Data())
        #expect(try forge.decrypt(forge.file([(tail, true)])) == tail)
        #expect(try forge.decrypt(forge.file([(full, true)])) == full)
        #expect(try forge.decrypt(forge.file([(full, false), (tail, true)])) == full + tail)
    }

    @Test("a header without a payload nonce, or with part of one, is truncated")
    func missingNonce() throws {
        let header = forge.header([try forge.stanza()])
        for extra in [0, 1, 15] {
            expectAgeError(.truncated) { _ = try forge.decrypt(header + randomData(extra)) }
        }
    }

    @Test("a nonce with no chunk after it is truncated")
    func nonceWithoutChunks() throws {
        let file = forge.header([try forge.stanza()]) + randomData(16)
        expectAgeError(.truncated) { _ = try forge.decrypt(file) }
    }

    @Test("a chunk shorter than its 16-byte tag is truncated")
    func chunkShorterThanTag() throws {
        let file = try forge.file([(Data("0123456789".utf8), true)])
        expectAgeError(.truncated) { _ = try forge.decrypt(file.prefix(file.count - 26 + 15)) }
        let twoChunks = try forge.file([(full, false), (Data("x".utf8), true)])
        expectAgeError(.truncated) { _ = try forge.decrypt(twoChunks.prefix(twoChunks.count - 17 + 5)) }
    }

    @Test("a stream whose final chunk is missing is truncated", arguments: [1, 2])
    func finalChunkMissing(chunkCount: Int) throws {
        let file = try forge.file(Array(repeating: (full, false), count: chunkCount))
        expectAgeError(.truncated) { _ = try forge.decrypt(file) }
    }

    @Test("cutting the file inside a chunk fails authentication")
    func cutInsideChunk() throws {
        let file = try forge.file([(full, false), (randomData(1_000), true)])
        let payloadStart = file.count - 16 - 65_552 - 1_016
        for cut in [payloadStart + 16 + 100, payloadStart + 16 + 65_551, file.count - 1, file.count - 500] {
            expectAgeError(.payloadAuthenticationFailed) { _ = try forge.decrypt(file.prefix(cut)) }
        }
    }

    @Test("an empty final chunk after a non-empty chunk is rejected")
    func emptyFinalChunkAfterData() throws {
        let file = try forge.file([(full, false), (Data(), true)])
        expectAgeError(.payloadAuthenticationFailed) { _ = try forge.decrypt(file) }
    }

    @Test("data after a full-size final chunk is trailing data")
    func trailingDataAfterFullFinalChunk() throws {
        let file = try forge.file([(full, true)])
        for extra in [Data([0]), randomData(16), randomData(70_000)] {
            expectAgeError(.trailingData) { _ = try forge.decrypt(file + extra) }
        }
        let early = try forge.file([(full, true), (Data("x".utf8), true)])
        expectAgeError(.trailingData) { _ = try forge.decrypt(early) }
    }

    @Test("data after a short final chunk is rejected")
    func trailingDataAfterShortFinalChunk() throws {
        let file = try forge.file([(Data("short".utf8), true)])
        for extra in [Data([0]), randomData(100), randomData(70_000)] {
            expectAgeError(.payloadAuthenticationFailed) { _ = try forge.decrypt(file + extra) }
        }
    }

    @Test("a short non-final chunk, swapped chunks, or a wrong final flag fail authentication")
    func nonCanonicalChunkSequences() throws {
        let sequences: [[(plaintext: Data, last: Bool)]] = [
            [(randomData(100), false), (randomData(100), true)],
            [(Data(), false), (randomData(100), true)],
            [(randomData(100), false)],
            [(full, false), (full, false), (randomData(9), false)],
        ]
        for chunks in sequences {
            expectAgeError(.payloadAuthenticationFailed) { _ = try forge.decrypt(forge.file(chunks)) }
        }
        let nonce = randomData(16)
        let first = try forge.payload([(full, false), (randomData(5), true)], nonce: nonce)
        let chunkOne = first[16..<(16 + 65_552)]
        let chunkTwo = first[(16 + 65_552)...]
        let swapped = forge.header([try forge.stanza()]) + nonce + chunkTwo + chunkOne
        expectAgeError(.payloadAuthenticationFailed) { _ = try forge.decrypt(swapped) }
    }

    @Test("a chunk from another file's payload, or a different nonce, fails authentication")
    func splicedPayload() throws {
        let header = forge.header([try forge.stanza()])
        let payload = try forge.payload([(full, true)])
        let otherNonce = randomData(16) + payload.dropFirst(16)
        expectAgeError(.payloadAuthenticationFailed) { _ = try forge.decrypt(header + otherNonce) }
        let other = AgeForge()
        let foreignHeader = other.header([try AgeX25519.wrap(fileKey: other.fileKey, to: forge.identity.recipient)])
        expectAgeError(.payloadAuthenticationFailed) { _ = try forge.decrypt(foreignHeader + payload) }
    }

    @Test("a bit flipped at every 997th byte of a 150 KB file is always rejected")
    func everyFlippedBitIsRejected() throws {
        let plaintext = randomData(150_000)
        let file = try AgeFormat.encrypt(plaintext, to: forge.identity.recipient)
        var rejected = 0
        var positions = 0
        for position in stride(from: 0, to: file.count, by: 997) {
            positions += 1
            var tampered = file
            tampered[position] ^= UInt8(1 << (position % 8))
            let error = #expect(throws: AgeError.self, "bit flip at byte \(position) was accepted") {
                _ = try AgeFormat.decrypt(tampered, with: forge.identity)
            }
            if error != nil { rejected += 1 }
        }
        #expect(positions > 150)
        #expect(rejected == positions)
    }

    @Test("a bit flipped in each region yields the specific code for that region")
    func flipsByRegion() throws {
        let file = try AgeFormat.encrypt(randomData(100_000), to: forge.identity.recipient)
        let headerEnd = try #require(file.range(of: Data("\n--- ".utf8))).upperBound + 44
        let cases: [(Int, AgeError.Code)] = [
            (0, .malformedHeader),  // "age-…" becomes "`ge-…"
            (20, .unsupportedVersion),  // "v1" becomes "v0"
            (25, .noMatchingRecipient),  // "X25519" becomes "Y25519", an unknown stanza type
            (headerEnd + 3, .payloadAuthenticationFailed),  // payload nonce
            (headerEnd + 16 + 10, .payloadAuthenticationFailed),  // first chunk
            (file.count - 1, .payloadAuthenticationFailed),  // final tag
        ]
        for (position, code) in cases {
            var tampered = file
            tampered[position] ^= 0x01
            expectAgeError(code) { _ = try AgeFormat.decrypt(tampered, with: forge.identity) }
        }
    }
}
