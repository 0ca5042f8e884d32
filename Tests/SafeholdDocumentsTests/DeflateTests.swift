import Testing

@testable import SafeholdDocuments

@Suite("Deflate")
struct DeflateTests {
    @Test(
        "compresses to a zlib stream that inflates back to the same bytes",
        arguments: [
            "", "a", "abcabcabcabcabcabc", String(repeating: "BT /F1 10 Tf <0041> Tj ET\n", count: 2000),
            SampleReports.hostile + SampleReports.arabic + SampleReports.emoji,
        ]
    )
    func roundTrip(text: String) throws {
        let input = Array(text.utf8)
        let packed = Deflate.zlib(input)
        #expect(try FixedInflate.inflate(packed) == input)
    }

    @Test("shrinks repetitive content and handles incompressible bytes")
    func ratio() throws {
        let repetitive = Array(String(repeating: "0 g 56 700 Td <00410042> Tj\n", count: 5000).utf8)
        #expect(Deflate.zlib(repetitive).count < repetitive.count / 20)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let noise = (0..<200_000).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(state >> 56)
        }
        #expect(try FixedInflate.inflate(Deflate.zlib(noise)) == noise)
    }

    @Test("writes the Adler-32 checksum that zlib expects")
    func adler() {
        #expect(Deflate.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
    }
}

/// A decoder for the single fixed-Huffman block that ``Deflate`` writes, to check it independently.
enum FixedInflate {
    struct Failure: Error {}

    static func inflate(_ data: [UInt8]) throws -> [UInt8] {
        guard data.count >= 6, data[0] == 0x78, (Int(data[0]) << 8 | Int(data[1])) % 31 == 0 else { throw Failure() }
        var reader = BitReader(bytes: Array(data.dropFirst(2).dropLast(4)))
        guard try reader.read(1) == 1, try reader.read(2) == 1 else { throw Failure() }
        var out: [UInt8] = []
        let lengthBase = [
            3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
            227, 258,
        ]
        let distanceBase = [
            1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
            6145, 8193, 12289, 16385, 24577,
        ]
        while true {
            let symbol = try literal(&reader)
            if symbol < 256 {
                out.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { break }
            let code = symbol - 257
            let length = lengthBase[code] + (try reader.read(code < 8 || code == 28 ? 0 : (code - 4) / 4))
            let distanceCode = try reader.readReversed(5)
            let distance = distanceBase[distanceCode] + (try reader.read(distanceCode < 4 ? 0 : distanceCode / 2 - 1))
            guard distance <= out.count else { throw Failure() }
            for _ in 0..<length { out.append(out[out.count - distance]) }
        }
        let checksum = data.suffix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard checksum == Deflate.adler32(out) else { throw Failure() }
        return out
    }

    private static func literal(_ reader: inout BitReader) throws -> Int {
        var code = try reader.readReversed(7)
        if code <= 0x17 { return code + 256 }
        code = code << 1 | (try reader.read(1))
        if (0x30...0xBF).contains(code) { return code - 0x30 }
        if (0xC0...0xC7).contains(code) { return code - 0xC0 + 280 }
        code = code << 1 | (try reader.read(1))
        return code - 0x190 + 144
    }

    struct BitReader {
        let bytes: [UInt8]
        var position = 0

        mutating func read(_ count: Int) throws -> Int {
            var value = 0
            for k in 0..<count {
                guard position / 8 < bytes.count else { throw Failure() }
                value |= Int(bytes[position / 8] >> UInt8(position % 8) & 1) << k
                position += 1
            }
            return value
        }

        mutating func readReversed(_ count: Int) throws -> Int {
            var value = 0
            for _ in 0..<count { value = value << 1 | (try read(1)) }
            return value
        }
    }
}
