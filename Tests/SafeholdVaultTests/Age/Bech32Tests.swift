import Foundation
import Testing

@testable import SafeholdVault

@Suite("Bech32")
struct Bech32Tests {
    /// BIP-173 "valid Bech32" test vectors.
    static let validVectors = [
        "A12UEL5L",
        "a12uel5l",
        "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
        "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
        "11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j",
        "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
        "?1ezyfcl",
    ]

    /// BIP-173 "invalid Bech32" test vectors, minus the overall-length one (age has no length limit),
    /// plus mixed-case strings.
    static let invalidVectors = [
        "\u{20}1nwldj5",  // HRP character out of range
        "\u{7f}1axkwrx",  // HRP character out of range
        "\u{80}1eym55h",  // HRP character out of range
        "pzry9x0s0muk",  // no separator
        "1pzry9x0s0muk",  // empty HRP
        "x1b4n0q5v",  // invalid data character
        "li1dgmt3",  // too short checksum
        "de1lg7wt\u{ff}",  // invalid character in checksum
        "A1G7SGD8",  // checksum calculated with uppercase form of HRP
        "10a06t8",  // empty HRP
        "1qzzfhee",  // empty HRP
        "a12UEL5L",  // mixed case
        "A12uEL5L",  // mixed case
    ]

    @Test("every valid BIP-173 vector decodes and re-encodes to the same string", arguments: validVectors)
    func validVectorRoundTrips(vector: String) throws {
        let (hrp, data) = try Bech32.decode(vector)
        #expect(try Bech32.encode(hrp: hrp, data: data) == vector)
    }

    @Test("every invalid BIP-173 vector is rejected as an invalid key encoding", arguments: invalidVectors)
    func invalidVectorIsRejected(vector: String) {
        expectAgeError(.invalidKeyEncoding) { _ = try Bech32.decode(vector) }
    }

    @Test("the BIP-173 vector whose data is the whole charset decodes to the known bytes")
    func charsetVectorDecodesToKnownBytes() throws {
        let (hrp, data) = try Bech32.decode("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw")
        #expect(hrp == "abcdef")
        let expected: [UInt8] = [
            0, 68, 50, 20, 199, 66, 84, 182, 53, 207, 132, 101, 58, 86, 215, 198, 117, 190, 119, 223,
        ]
        #expect(Array(data) == expected)
    }

    @Test("fifty-one zero bytes under HRP '1' encode to the BIP-173 vector")
    func zeroBytesEncodeToKnownVector() throws {
        let encoded = try Bech32.encode(hrp: "1", data: [UInt8](repeating: 0, count: 51))
        #expect(encoded == "11" + String(repeating: "q", count: 82) + "c8247j")
    }

    @Test("strings longer than BIP-173's 90 characters are accepted, as age requires")
    func noLengthLimit() throws {
        let data = randomData(200)
        let encoded = try Bech32.encode(hrp: "age", data: data)
        #expect(encoded.count > 90)
        let decoded = try Bech32.decode(encoded)
        #expect(decoded.hrp == "age")
        #expect(decoded.data == data)
    }

    @Test("random data round-trips in lowercase and uppercase, and the HRP keeps its case")
    func randomRoundTrips() throws {
        for length in 0...70 {
            let data = randomData(length)
            for hrp in ["age", "AGE-SECRET-KEY-"] {
                let encoded = try Bech32.encode(hrp: hrp, data: data)
                #expect(encoded == (hrp == "age" ? encoded.lowercased() : encoded.uppercased()))
                let decoded = try Bech32.decode(encoded)
                #expect(decoded.hrp == hrp)
                #expect(decoded.data == data)
            }
        }
    }

    @Test("a single changed character breaks the checksum")
    func changedCharacterIsDetected() throws {
        let encoded = try Bech32.encode(hrp: "age", data: randomData(32))
        var characters = Array(encoded)
        characters[10] = characters[10] == "q" ? "p" : "q"
        expectAgeError(.invalidKeyEncoding) { _ = try Bech32.decode(String(characters)) }
    }

    @Test("data whose 5-bit groups leave non-zero or over-long padding is rejected")
    func badPaddingIsRejected() throws {
        // "qq" is 10 bits: one zero byte plus two zero padding bits.
        #expect(try Bech32.decode(ReferenceBech32.checksummed(hrp: "a", data: "qq")).data == Data([0]))
        // "ql" leaves two non-zero padding bits; "l" leaves five bits, more than padding may be.
        for data in ["ql", "l", "qqqqqqqqq"] {
            let forged = ReferenceBech32.checksummed(hrp: "a", data: data)
            expectAgeError(.invalidKeyEncoding) { _ = try Bech32.decode(forged) }
        }
    }

    @Test("encoding refuses a mixed-case or empty HRP")
    func encodeRejectsBadHRP() {
        expectAgeError(.invalidKeyEncoding) { _ = try Bech32.encode(hrp: "Age", data: [1, 2, 3]) }
        expectAgeError(.invalidKeyEncoding) { _ = try Bech32.encode(hrp: "", data: [1, 2, 3]) }
    }

}

/// An independent, test-only Bech32 checksum, to build strings with arbitrary 5-bit data.
enum ReferenceBech32 {
    static let charset = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l")

    /// `hrp` + "1" + `data` + the six checksum characters, all lowercase.
    static func checksummed(hrp: String, data: String) -> String {
        let values = data.map { UInt32(charset.firstIndex(of: $0)!) }
        let hrpBytes = hrp.utf8.map(UInt32.init)
        let expanded = hrpBytes.map { $0 >> 5 } + [0] + hrpBytes.map { $0 & 31 }
        let mod = polymod(expanded + values + [0, 0, 0, 0, 0, 0]) ^ 1
        let checksum = (0..<6).map { charset[Int((mod >> (5 * (5 - UInt32($0)))) & 31)] }
        return hrp + "1" + data + String(checksum)
    }

    private static func polymod(_ values: [UInt32]) -> UInt32 {
        let generator: [UInt32] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3]
        var checksum: UInt32 = 1
        for value in values {
            let top = checksum >> 25
            checksum = ((checksum & 0x1ff_ffff) << 5) ^ value
            for bit in 0..<5 where (top >> UInt32(bit)) & 1 == 1 { checksum ^= generator[bit] }
        }
        return checksum
    }
}
