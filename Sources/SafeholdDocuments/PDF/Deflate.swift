/// A small zlib (RFC 1950) / deflate (RFC 1951) compressor for PDF streams: greedy LZ77 matching with
/// bounded hash chains, written as one fixed-Huffman block. It is several times smaller than storing and
/// never slower than linear, whatever the input.
enum Deflate {
    private static let window = 32_768
    private static let maxChain = 24
    private static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    private static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]

    /// `data` in zlib format, as PDF's `/FlateDecode` filter reads it.
    static func zlib(_ data: [UInt8]) -> [UInt8] {
        var bits = BitWriter()
        bits.bytes = [0x78, 0x01]
        bits.write(1, count: 1)  // final block
        bits.write(1, count: 2)  // fixed Huffman codes
        compress(data, into: &bits)
        writeLiteral(256, to: &bits)
        bits.flush()
        let checksum = adler32(data)
        bits.bytes += [
            UInt8(checksum >> 24), UInt8(checksum >> 16 & 0xFF), UInt8(checksum >> 8 & 0xFF), UInt8(checksum & 0xFF),
        ]
        return bits.bytes
    }

    private static func compress(_ data: [UInt8], into bits: inout BitWriter) {
        var head = [Int32](repeating: -1, count: 1 << 15)
        var previous = [Int32](repeating: -1, count: window)
        var i = 0
        while i < data.count {
            var bestLength = 0
            var bestDistance = 0
            if i + 2 < data.count {
                let hash = (Int(data[i]) << 10 ^ Int(data[i + 1]) << 5 ^ Int(data[i + 2])) & 0x7FFF
                var candidate = Int(head[hash])
                var chain = 0
                while candidate >= 0, i - candidate <= window, chain < maxChain {
                    let length = matchLength(data, candidate, i)
                    if length > bestLength {
                        bestLength = length
                        bestDistance = i - candidate
                        if length == 258 { break }
                    }
                    candidate = Int(previous[candidate % window])
                    chain += 1
                }
                previous[i % window] = head[hash]
                head[hash] = Int32(i)
            }
            if bestLength >= 3 {
                writeMatch(length: bestLength, distance: bestDistance, to: &bits)
                for k in (i + 1)..<(i + bestLength) where k + 2 < data.count {
                    let hash = (Int(data[k]) << 10 ^ Int(data[k + 1]) << 5 ^ Int(data[k + 2])) & 0x7FFF
                    previous[k % window] = head[hash]
                    head[hash] = Int32(k)
                }
                i += bestLength
            } else {
                writeLiteral(Int(data[i]), to: &bits)
                i += 1
            }
        }
    }

    private static func matchLength(_ data: [UInt8], _ a: Int, _ b: Int) -> Int {
        let limit = min(258, data.count - b)
        var length = 0
        while length < limit, data[a + length] == data[b + length] { length += 1 }
        return length
    }

    private static func writeMatch(length: Int, distance: Int, to bits: inout BitWriter) {
        let lengthCode = (lengthBase.lastIndex { $0 <= length })!
        writeLiteral(257 + lengthCode, to: &bits)
        let lengthExtra = lengthCode < 8 || lengthCode == 28 ? 0 : (lengthCode - 4) / 4
        bits.write(length - lengthBase[lengthCode], count: lengthExtra)
        let distanceCode = (distanceBase.lastIndex { $0 <= distance })!
        bits.writeReversed(distanceCode, count: 5)
        bits.write(distance - distanceBase[distanceCode], count: distanceCode < 4 ? 0 : distanceCode / 2 - 1)
    }

    /// The fixed Huffman code of a literal/length symbol (RFC 1951, 3.2.6).
    private static func writeLiteral(_ symbol: Int, to bits: inout BitWriter) {
        switch symbol {
        case 0...143: bits.writeReversed(0x30 + symbol, count: 8)
        case 144...255: bits.writeReversed(0x190 + symbol - 144, count: 9)
        case 256...279: bits.writeReversed(symbol - 256, count: 7)
        default: bits.writeReversed(0xC0 + symbol - 280, count: 8)
        }
    }

    static func adler32(_ data: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        var index = 0
        while index < data.count {
            let end = min(index + 5552, data.count)
            for k in index..<end {
                a += UInt32(data[k])
                b += a
            }
            a %= 65521
            b %= 65521
            index = end
        }
        return b << 16 | a
    }
}

/// Bits packed least significant first, as deflate stores them.
struct BitWriter {
    var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var filled = 0

    /// Writes the low `count` bits of `value`, least significant first (extra bits, headers).
    mutating func write(_ value: Int, count: Int) {
        guard count > 0 else { return }
        buffer |= UInt64(value & ((1 << count) - 1)) << UInt64(filled)
        filled += count
        while filled >= 8 {
            bytes.append(UInt8(buffer & 0xFF))
            buffer >>= 8
            filled -= 8
        }
    }

    /// Writes a Huffman code, most significant bit first.
    mutating func writeReversed(_ code: Int, count: Int) {
        var reversed = 0
        for k in 0..<count { reversed |= (code >> k & 1) << (count - 1 - k) }
        write(reversed, count: count)
    }

    /// Pads the last byte with zeros.
    mutating func flush() {
        if filled > 0 { bytes.append(UInt8(buffer & 0xFF)) }
        buffer = 0
        filled = 0
    }
}
