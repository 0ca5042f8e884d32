import Mustache

/// Escaping for everything a page shows, scalar by scalar.
///
/// swift-mustache's own HTML escaping compares whole characters, so a quote followed by a combining
/// accent (`"\u{301}`) is one character that is not `"` and passes through unescaped, which would end
/// an attribute early. Every template therefore names this content type on its first line.
struct SafeHTMLContentType: MustacheContentType {
    /// The name templates use: `{{% CONTENT_TYPE: SAFEHOLD_HTML }}`.
    static let name = "SAFEHOLD_HTML"

    func escapeText(_ text: String) -> String { HTMLEscape.text(text) }
}

/// Escapes text for HTML element content and quoted attribute values.
enum HTMLEscape {
    private static let amp = Array("&amp;".utf8)
    private static let lt = Array("&lt;".utf8)
    private static let gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8)
    private static let apos = Array("&#39;".utf8)

    /// The text with `& < > " '` replaced by entities, looking at each Unicode scalar.
    ///
    /// Works on UTF-8 bytes: these five are ASCII, and no byte of a longer UTF-8 sequence is ASCII,
    /// so each match is exactly one scalar, whatever combining marks follow it.
    static func text(_ text: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += Self.amp
            case UInt8(ascii: "<"): out += Self.lt
            case UInt8(ascii: ">"): out += Self.gt
            case UInt8(ascii: "\""): out += Self.quot
            case UInt8(ascii: "'"): out += Self.apos
            case 0: out += [0xEF, 0xBF, 0xBD]  // U+FFFD, as HTML parsers do
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
