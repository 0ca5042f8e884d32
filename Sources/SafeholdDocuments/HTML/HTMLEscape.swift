/// Escaping for text that anyone may have written: nothing from the input becomes markup.
enum HTMLEscape {
    /// Escapes `&`, `<`, `>`, `"` and `'` so that the result is safe in text and in quoted attributes.
    static func text(_ string: String) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text with line breaks, redaction markers and named hidden characters turned into safe markup.
    static func rich(_ string: String, markers: [ScalarRange] = []) -> String {
        var out = ""
        for segment in TextSegments.split(string, markers: markers) {
            switch segment {
            case .text(let text): out += self.text(text)
            case .redaction(let text): out += "<span class=\"redacted\">" + self.text(text) + "</span>"
            case .hidden(let scalar):
                out += "<span class=\"hidden-char\">" + self.text(ScalarNames.bracketed(scalar)) + "</span>"
            case .lineBreak: out += "<br>"
            }
        }
        return out
    }

    /// A link shown as text, made clickable only when it is a plain http or https address.
    static func link(_ string: String) -> String {
        let shown = rich(string)
        guard isSafeWebAddress(string) else { return "<span class=\"link\">" + shown + "</span>" }
        return "<a href=\"" + text(string) + "\" rel=\"noreferrer noopener\">" + shown + "</a>"
    }

    /// True for `http://` or `https://` addresses made only of visible ASCII without quotes or brackets.
    static func isSafeWebAddress(_ string: String) -> Bool {
        let lower = string.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), string.utf8.count <= 2048 else {
            return false
        }
        return string.utf8.allSatisfy { byte in
            byte > 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x27 && byte != 0x3C && byte != 0x3E
                && byte != 0x60 && byte != 0x5C
        }
    }
}
