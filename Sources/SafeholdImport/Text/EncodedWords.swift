/// Decodes the encoded words of RFC 2047 (`=?UTF-8?Q?Caf=C3=A9?=`, `=?ISO-8859-1?B?…?=`) in mail
/// headers such as Subject, From and To.
///
/// Whitespace between two encoded words is dropped, as the RFC says; adjacent words in the same
/// character set are joined before decoding, so a character split across two words (as some mailers
/// write long UTF-8 subjects) comes out whole. Anything that is not a well-formed encoded word is left
/// as it is.
public enum EncodedWords {
    private enum Segment {
        case literal([UInt8])
        case encoded(charset: String, bytes: [UInt8])
    }

    /// The header value with its encoded words decoded.
    public static func decode(_ value: String) -> String {
        guard value.contains("=?") else { return value }
        var text = ""
        var run: (charset: String, bytes: [UInt8])?
        for segment in segments(Array(value.utf8)) {
            switch segment {
            case .encoded(let charset, let bytes):
                if run?.charset == charset {
                    run?.bytes += bytes  // in place: a long run of words stays linear
                } else {
                    if let open = run { text += TextCharset.decode(open.bytes, charset: open.charset).text }
                    run = (charset, bytes)
                }
            case .literal(let bytes):
                if let open = run {
                    text += TextCharset.decode(open.bytes, charset: open.charset).text
                    run = nil
                }
                text += String(decoding: bytes, as: UTF8.self)
            }
        }
        if let open = run { text += TextCharset.decode(open.bytes, charset: open.charset).text }
        return text
    }

    /// Splits a value into literal text and encoded words, dropping whitespace between encoded words.
    private static func segments(_ bytes: [UInt8]) -> [Segment] {
        var segments = [Segment]()
        var literal = [UInt8]()
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x3D, index + 1 < bytes.count, bytes[index + 1] == 0x3F,
                let (word, end) = encodedWord(bytes, at: index)
            {
                let onlySpace = literal.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
                if case .encoded? = segments.last, onlySpace {
                    literal.removeAll()
                } else if !literal.isEmpty {
                    segments.append(.literal(literal))
                    literal.removeAll()
                }
                segments.append(word)
                index = end
                continue
            }
            literal.append(bytes[index])
            index += 1
        }
        if !literal.isEmpty { segments.append(.literal(literal)) }
        return segments
    }

    /// Reads `=?charset?encoding?text?=` starting at `start`; `nil` when it is not one.
    private static func encodedWord(_ bytes: [UInt8], at start: Int) -> (Segment, Int)? {
        var parts = [[UInt8]]()
        var index = start + 2
        var current = [UInt8]()
        while index < bytes.count, index - start < 512 {
            let byte = bytes[index]
            if byte == 0x3F, parts.count == 2, index + 1 < bytes.count, bytes[index + 1] == 0x3D {
                parts.append(current)
                return decodeWord(parts).map { ($0, index + 2) }
            }
            if byte == 0x3F && parts.count < 2 {
                parts.append(current)
                current = []
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0A {
                return nil
            } else {
                current.append(byte)
            }
            index += 1
        }
        return nil
    }

    private static func decodeWord(_ parts: [[UInt8]]) -> Segment? {
        guard parts.count == 3, !parts[0].isEmpty, parts[1].count == 1 else { return nil }
        // `UTF-8*en` names a language after the star (RFC 2231); only the character set matters here.
        let charset = String(decoding: parts[0].prefix { $0 != 0x2A }, as: UTF8.self)
        var decoded = [UInt8]()
        switch parts[1][0] | 0x20 {
        case 0x71: QuotedPrintable.decode(parts[2], underscoreIsSpace: true, into: &decoded)
        case 0x62: decoded = Base64Decoder.decode(parts[2])
        default: return nil
        }
        return .encoded(charset: charset.lowercased(), bytes: decoded)
    }
}
