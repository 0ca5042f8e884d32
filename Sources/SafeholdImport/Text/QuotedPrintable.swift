/// Decodes quoted-printable (RFC 2045 §6.7), the transfer encoding mail uses for mostly-ASCII text,
/// and its close cousin the "Q" encoding of RFC 2047 encoded words.
///
/// Decoding is lenient in the way mail readers are: a `=` that does not start a valid escape is kept
/// as it is, so damaged mail loses nothing.
public enum QuotedPrintable {
    /// Decodes one line of a quoted-printable body.
    /// - Parameters:
    ///   - line: The line, without its line break.
    ///   - output: Where the decoded bytes go.
    /// - Returns: `true` when the line ended with a soft line break (`=`), so that no break follows it.
    @discardableResult
    public static func decodeLine<Bytes: Collection>(_ line: Bytes, into output: inout [UInt8]) -> Bool
    where Bytes.Element == UInt8 {
        var bytes = Array(line)
        // Trailing spaces were added in transport and are not part of the text (RFC 2045).
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        let soft = bytes.last == 0x3D
        if soft { bytes.removeLast() }
        decode(bytes, underscoreIsSpace: false, into: &output)
        return soft
    }

    /// Decodes a whole quoted-printable body, turning each hard line break into `\n`.
    public static func decode<Bytes: Collection>(body: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var output = [UInt8]()
        let lines = Array(body).split(separator: 0x0A, omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let content = line.last == 0x0D ? line.dropLast() : line
            let soft = decodeLine(content, into: &output)
            if !soft && index < lines.count - 1 { output.append(0x0A) }
        }
        return output
    }

    /// Decodes `=XX` escapes (and, for encoded words, `_` as a space).
    /// - Parameters:
    ///   - bytes: The encoded bytes.
    ///   - underscoreIsSpace: `true` for the "Q" encoding of RFC 2047.
    ///   - output: Where the decoded bytes go.
    public static func decode(_ bytes: [UInt8], underscoreIsSpace: Bool, into output: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3D, index + 2 < bytes.count, let high = hexValue(bytes[index + 1]),
                let low = hexValue(bytes[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
                continue
            }
            output.append(underscoreIsSpace && byte == 0x5F ? 0x20 : byte)
            index += 1
        }
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
