/// Reduces HTML (an HTML-only mail, an HTML part) to the plain text a reader would see.
///
/// Markup is read only to be dropped: nothing is ever rendered, fetched or run. The contents of
/// `script`, `style`, `title`, `template`, `iframe` and `object` are dropped whole, comments and
/// declarations vanish, block elements become line breaks, entities are decoded, and a link's address
/// follows its text in angle brackets (`<https://…>`), since where a link leads can matter as
/// evidence. Decoded text can contain `<` (from `&lt;`): it is text, and whoever shows it escapes it.
public enum HTMLText {
    /// The visible text of `html`.
    public static func plainText(_ html: String) -> String {
        var converter = HTMLTextConverter(Array(html.unicodeScalars))
        converter.run()
        return converter.finished()
    }
}

struct HTMLTextConverter {
    private let input: [Unicode.Scalar]
    private var index = 0
    private var output = [Unicode.Scalar]()
    private var pendingSpace = false
    private var preformatted = 0
    private var link: (href: String, start: Int)?

    static let dropped: Set<String> = ["script", "style", "title", "template", "iframe", "object", "noembed", "xml"]
    static let blocks: Set<String> = [
        "p", "div", "br", "tr", "table", "blockquote", "hr", "pre", "section", "article", "ul", "ol", "dl", "dd",
        "dt", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "form", "fieldset", "address", "center",
    ]

    init(_ input: [Unicode.Scalar]) { self.input = input }

    mutating func run() {
        while index < input.count {
            let scalar = input[index]
            if scalar == "<" {
                readMarkup()
            } else if scalar == "&" {
                index += 1
                appendText(HTMLEntities.decode(input, at: &index))
            } else {
                index += 1
                appendText(String(scalar))
            }
        }
    }

    /// The text, with each line trimmed and no more than one empty line in a row.
    func finished() -> String {
        var lines = [String]()
        for line in String(String.UnicodeScalarView(output)).split(separator: "\n", omittingEmptySubsequences: false) {
            let text = String(line).trimmingSpaces
            if text.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(text)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    private mutating func appendText(_ text: String) {
        for scalar in text.unicodeScalars {
            let isSpace = scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
            if isSpace && preformatted == 0 {
                pendingSpace = true
                continue
            }
            if pendingSpace && !output.isEmpty && output.last != "\n" { output.append(" ") }
            pendingSpace = false
            output.append(scalar == "\u{A0}" ? " " : scalar)
        }
    }

    private mutating func lineBreak() {
        pendingSpace = false
        output.append("\n")
    }

    private mutating func readMarkup() {
        if starts(with: "<!--") {
            skip(past: "-->", from: index + 4)
        } else if starts(with: "<!") || starts(with: "<?") {
            skip(past: ">", from: index + 2)
        } else if let tag = HTMLTag.read(input, at: &index) {
            handle(tag)
        } else {
            index += 1
            appendText("<")
        }
    }

    private mutating func handle(_ tag: HTMLTag) {
        if !tag.isEnd && Self.dropped.contains(tag.name) {
            if !tag.selfClosing { skip(past: "</" + tag.name, from: index, thenTo: ">") }
            return
        }
        if tag.name == "pre" { preformatted = max(0, preformatted + (tag.isEnd ? -1 : 1)) }
        if tag.name == "a" { handleLink(tag) }
        if Self.blocks.contains(tag.name) {
            lineBreak()
        } else if tag.name == "li" && !tag.isEnd {
            lineBreak()
            output.append(contentsOf: Array("- ".unicodeScalars))
        } else if tag.name == "td" || tag.name == "th" {
            pendingSpace = true
        } else if tag.name == "img", let alt = tag.attributes["alt"], !alt.isEmpty {
            appendText(" [" + alt + "] ")
        }
    }

    private mutating func handleLink(_ tag: HTMLTag) {
        if !tag.isEnd {
            let href = tag.attributes["href"]?.trimmingSpaces ?? ""
            let lowered = href.lowercased()
            let shown = lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("mailto:")
            link = shown ? (href, output.count) : nil
        } else if let open = link {
            let text = String(String.UnicodeScalarView(output[open.start...]))
            let bare = open.href.hasPrefix("mailto:") ? String(open.href.dropFirst(7)) : open.href
            if !text.contains(bare) { appendText(" <" + open.href + ">") }
            link = nil
        }
    }

    private func starts(with prefix: String) -> Bool {
        var position = index
        for scalar in prefix.unicodeScalars {
            guard position < input.count, input[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    /// Moves past the next `marker` (compared without case), then past `then` if given; to the end if absent.
    private mutating func skip(past marker: String, from start: Int, thenTo then: String? = nil) {
        let needle = Array(marker.lowercased().unicodeScalars)
        var position = start
        while position + needle.count <= input.count {
            if (0..<needle.count).allSatisfy({ Self.lower(input[position + $0]) == needle[$0] }) {
                index = position + needle.count
                if let then { skip(past: then, from: index) }
                return
            }
            position += 1
        }
        index = input.count
    }

    static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (scalar.value >= 65 && scalar.value <= 90) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }
}

extension StringProtocol {
    /// The text without white space at either end.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return String(self) }
        return String(self[first..<scalars.index(after: last)])
    }
}
