/// Decodes base64 (RFC 4648) a piece at a time, as MIME bodies and MMS attachments arrive line by line.
///
/// Characters outside the alphabet (line breaks, spaces) are skipped, as RFC 2045 asks of mail
/// readers; decoding stops at the first `=` pad. Nothing is kept between pieces but at most three
/// characters of an unfinished group.
public struct Base64Decoder: Sendable {
    private var group: UInt32 = 0
    private var count = 0
    private var ended = false

    /// Creates a decoder.
    public init() {}

    /// Decodes the next piece.
    /// - Parameters:
    ///   - bytes: The next encoded characters.
    ///   - output: Where the decoded bytes go.
    public mutating func feed<Bytes: Sequence>(_ bytes: Bytes, into output: inout [UInt8])
    where Bytes.Element == UInt8 {
        guard !ended else { return }
        for byte in bytes {
            if byte == 0x3D {
                ended = true
                break
            }
            guard let value = Self.value(byte) else { continue }
            group = group << 6 | UInt32(value)
            count += 1
            if count == 4 {
                output.append(UInt8(truncatingIfNeeded: group >> 16))
                output.append(UInt8(truncatingIfNeeded: group >> 8))
                output.append(UInt8(truncatingIfNeeded: group))
                group = 0
                count = 0
            }
        }
    }

    /// Writes the bytes of a last, unpadded or padded, group.
    public mutating func finish(into output: inout [UInt8]) {
        switch count {
        case 2: output.append(UInt8(truncatingIfNeeded: group >> 4))
        case 3:
            output.append(UInt8(truncatingIfNeeded: group >> 10))
            output.append(UInt8(truncatingIfNeeded: group >> 2))
        default: break
        }
        group = 0
        count = 0
    }

    /// Decodes a whole base64 text at once.
    public static func decode<Bytes: Sequence>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var decoder = Base64Decoder()
        var output = [UInt8]()
        decoder.feed(bytes, into: &output)
        decoder.finish(into: &output)
        return output
    }

    /// How many bytes a base64 text of `characters` alphabet characters decodes to.
    public static func decodedLength(ofCharacters characters: Int) -> Int {
        characters / 4 * 3 + max(0, characters % 4 - 1)
    }

    private static func value(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x41...0x5A: byte - 0x41
        case 0x61...0x7A: byte - 0x61 + 26
        case 0x30...0x39: byte - 0x30 + 52
        case 0x2B, 0x2D: 62  // `+`, and `-` of the URL-safe alphabet
        case 0x2F, 0x5F: 63  // `/`, and `_` of the URL-safe alphabet
        default: nil
        }
    }
}
