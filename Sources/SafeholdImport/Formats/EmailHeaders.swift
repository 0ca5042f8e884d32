import Foundation
import SafeholdCore

/// The header fields of a message or MIME part, unfolded, in order, with repeated fields kept.
struct EmailHeaders {
    private(set) var fields: [(name: String, value: String)] = []

    /// Most header fields read from one block, and the longest unfolded field, so that a hostile
    /// message cannot grow them without bound.
    static let maximumFields = 2000
    static let maximumFieldLength = 256 << 10

    /// Reads header lines (without their line breaks) up to the blank line that ends them.
    /// - Returns: The headers and the index of the first line after the blank line (or `lines.count`).
    static func read(_ lines: some Collection<ArraySlice<UInt8>>) -> (EmailHeaders, consumed: Int) {
        var headers = EmailHeaders()
        var consumed = 0
        var current: [UInt8]?
        for line in lines {
            consumed += 1
            if line.isEmpty { break }
            if line.first == 0x20 || line.first == 0x09, let length = current?.count {
                // Appended in place, so that a field folded over many lines stays linear.
                if length + line.count <= maximumFieldLength { current?.append(contentsOf: line) }
                continue
            }
            if let open = current { headers.append(open) }
            current = headers.fields.count < maximumFields ? Array(line) : nil
        }
        if let open = current { headers.append(open) }
        return (headers, consumed)
    }

    private mutating func append(_ raw: [UInt8]) {
        // A line without a colon (or with space in the name, like an mbox `From ` line) is not a field.
        guard let colon = raw.firstIndex(of: 0x3A), colon > 0,
            !raw[..<colon].contains(where: { $0 <= 0x20 || $0 >= 0x7F })
        else { return }
        let name = String(decoding: raw[..<colon], as: UTF8.self).lowercased()
        // Headers should be ASCII; raw UTF-8 (RFC 6532) is read as such, anything else as Windows-1252.
        let value = TextCharset.decode(raw[(colon + 1)...], charset: nil).text.trimmingSpaces
        fields.append((name, value))
    }

    /// The first field of that name (case does not matter).
    subscript(_ name: String) -> String? {
        let key = name.lowercased()
        return fields.first { $0.name == key }?.value
    }

    /// Every field of that name, joined as one list (for To and Cc, which may repeat).
    func all(_ name: String) -> [String] {
        let key = name.lowercased()
        return fields.filter { $0.name == key }.map(\.value)
    }
}

/// A `type/subtype; name=value` field (Content-Type, Content-Disposition), with RFC 2231 parameters.
struct MIMEFieldValue {
    /// The value before the parameters, lowercased (`text/plain`, `attachment`).
    var value: String
    /// The parameters, names lowercased, values decoded.
    var parameters: [String: String]

    init(_ field: String?) {
        let pieces = EmailSyntax.split(field ?? "", on: ";")
        value = (pieces.first ?? "").trimmingSpaces.lowercased()
        var simple = [String: String]()
        var extended = [String: [(index: Int, encoded: Bool, text: String)]]()
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let key = piece[..<equals].trimmingSpaces.lowercased()
            let raw = EmailSyntax.unquote(piece[piece.index(after: equals)...].trimmingSpaces)
            let parts = key.split(separator: "*", omittingEmptySubsequences: false)
            if parts.count == 1 {
                simple[key] = raw
            } else {
                let index = Int(parts[1]) ?? 0
                extended[String(parts[0]), default: []].append((index, key.hasSuffix("*"), raw))
            }
        }
        for (key, pieces) in extended { simple[key] = Self.joinExtended(pieces.sorted { $0.index < $1.index }) }
        parameters = simple.mapValues { EncodedWords.decode($0) }
    }

    /// Joins RFC 2231 pieces: the first encoded piece names the character set (`utf-8''caf%C3%A9`).
    private static func joinExtended(_ pieces: [(index: Int, encoded: Bool, text: String)]) -> String {
        var charset: String?
        var bytes = [UInt8]()
        for (position, piece) in pieces.enumerated() {
            var text = Substring(piece.text)
            if position == 0 && piece.encoded {
                let fields = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                if fields.count == 3 {
                    charset = String(fields[0])
                    text = fields[2]
                }
            }
            bytes += piece.encoded ? EmailSyntax.percentDecoded(text) : Array(text.utf8)
        }
        return TextCharset.decode(bytes, charset: charset?.isEmpty == false ? charset : nil).text
    }

    var type: String { String(value.split(separator: "/").first ?? "") }
}

/// Tokenizing helpers for header syntax: quoted strings, comments, angle brackets.
enum EmailSyntax {
    /// Splits on `separator` where it is not inside quotes, a comment or angle brackets.
    static func split(_ text: String, on separators: Set<Character>) -> [String] {
        var pieces = [String]()
        var current = ""
        var quoted = false
        var escaped = false
        var comment = 0
        var angle = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if character == "\\" && (quoted || comment > 0) {
                escaped = true
            } else if character == "\"" && comment == 0 {
                quoted.toggle()
            } else if !quoted {
                if character == "(" { comment += 1 }
                if character == ")" && comment > 0 { comment -= 1 }
                if character == "<" && comment == 0 { angle = true }
                if character == ">" && comment == 0 { angle = false }
            }
            if separators.contains(character) && !quoted && comment == 0 && !angle {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        return pieces
    }

    static func split(_ text: String, on separator: Character) -> [String] { split(text, on: [separator]) }

    /// The text without surrounding quotes, with `\x` escapes undone.
    static func unquote<Text: StringProtocol>(_ text: Text) -> String {
        guard text.count >= 2, text.first == "\"", text.last == "\"" else { return String(text) }
        var result = ""
        var escaped = false
        for character in text.dropFirst().dropLast() {
            if character == "\\" && !escaped {
                escaped = true
                continue
            }
            escaped = false
            result.append(character)
        }
        return result
    }

    /// The text with `(comments)` removed (outside quotes), and the comments' text.
    static func withoutComments(_ text: String) -> (text: String, comments: [String]) {
        var kept = ""
        var comments = [String]()
        var current = ""
        var depth = 0
        var quoted = false
        for character in text {
            if character == "\"" && depth == 0 { quoted.toggle() }
            if !quoted && character == "(" {
                depth += 1
                if depth == 1 { continue }
            }
            if !quoted && character == ")" && depth > 0 {
                depth -= 1
                if depth == 0 {
                    comments.append(current)
                    current = ""
                    continue
                }
            }
            if depth > 0 { current.append(character) } else { kept.append(character) }
        }
        return (kept, comments)
    }

    static func percentDecoded<Text: StringProtocol>(_ text: Text) -> [UInt8] {
        var bytes = [UInt8]()
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == 0x25, index + 2 < utf8.count, let high = QuotedPrintable.hexValue(utf8[index + 1]),
                let low = QuotedPrintable.hexValue(utf8[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return bytes
    }

    /// Message ids in a field such as References: `<a@b> <c@d>` → `["a@b", "c@d"]`.
    static func messageIDs(_ field: String?) -> [String] {
        guard let field else { return [] }
        let ids = field.split(separator: "<").compactMap { part -> String? in
            guard let close = part.firstIndex(of: ">") else { return nil }
            let id = part[..<close].trimmingSpaces
            return id.isEmpty ? nil : id
        }
        if !ids.isEmpty { return ids }
        let bare = withoutComments(field).text.trimmingSpaces
        return bare.isEmpty ? [] : [bare]
    }
}
