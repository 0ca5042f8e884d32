/// One HTML tag as the text converter reads it: its name, whether it closes, and its attributes.
struct HTMLTag {
    var name: String
    var isEnd: Bool
    var selfClosing: Bool
    var attributes: [String: String]

    /// Reads a tag starting at `<`; moves `index` past its `>`. `nil` (and `index` untouched) when the
    /// `<` does not start a tag, as in `a < b`.
    static func read(_ input: [Unicode.Scalar], at index: inout Int) -> HTMLTag? {
        var position = index + 1
        let isEnd = position < input.count && input[position] == "/"
        if isEnd { position += 1 }
        var name = ""
        while position < input.count, isNameScalar(input[position]) {
            name.unicodeScalars.append(HTMLTextConverter.lower(input[position]))
            position += 1
        }
        guard !name.isEmpty, name.unicodeScalars.first!.properties.isAlphabetic else { return nil }
        var tag = HTMLTag(name: name, isEnd: isEnd, selfClosing: false, attributes: [:])
        tag.readAttributes(input, at: &position)
        index = position
        return tag
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == ":"
    }

    /// Reads `name="value"`, `name='value'`, `name=value` and bare `name` up to the closing `>`.
    private mutating func readAttributes(_ input: [Unicode.Scalar], at position: inout Int) {
        while position < input.count {
            let scalar = input[position]
            if scalar == ">" {
                position += 1
                return
            }
            if scalar == "/" || scalar.properties.isWhitespace {
                selfClosing = scalar == "/"
                position += 1
                continue
            }
            selfClosing = false
            var key = ""
            while position < input.count, !"=>/ \t\r\n".unicodeScalars.contains(input[position]) {
                key.unicodeScalars.append(HTMLTextConverter.lower(input[position]))
                position += 1
            }
            if key.isEmpty {
                position += 1
                continue
            }
            attributes[key] = readValue(input, at: &position)
        }
    }

    private func readValue(_ input: [Unicode.Scalar], at position: inout Int) -> String {
        while position < input.count, input[position] == " " { position += 1 }
        guard position < input.count, input[position] == "=" else { return "" }
        position += 1
        while position < input.count, input[position] == " " { position += 1 }
        guard position < input.count else { return "" }
        let quote = input[position]
        var raw = [Unicode.Scalar]()
        if quote == "\"" || quote == "'" {
            position += 1
            while position < input.count, input[position] != quote {
                raw.append(input[position])
                position += 1
            }
            position += 1
        } else {
            while position < input.count, input[position] != ">", !input[position].properties.isWhitespace {
                raw.append(input[position])
                position += 1
            }
        }
        return HTMLEntities.decodeAll(raw)
    }
}

/// HTML character references: `&amp;`, `&#233;`, `&#xE9;` and the named ones mail commonly uses.
enum HTMLEntities {
    /// Decodes the reference after an `&` at `index` (which points just past the `&`) and moves past it;
    /// a lone `&` is returned as it is.
    static func decode(_ input: [Unicode.Scalar], at index: inout Int) -> String {
        var position = index
        var name = ""
        while position < input.count, name.unicodeScalars.count < 32, input[position] != ";",
            input[position].properties.isAlphabetic || ("0"..."9").contains(input[position]) || input[position] == "#"
        {
            name.unicodeScalars.append(input[position])
            position += 1
        }
        let terminated = position < input.count && input[position] == ";"
        guard let value = value(of: name, terminated: terminated) else { return "&" }
        index = position + (terminated ? 1 : 0)
        return value
    }

    /// Decodes every reference in an attribute value.
    static func decodeAll(_ input: [Unicode.Scalar]) -> String {
        var text = ""
        var index = 0
        while index < input.count {
            let scalar = input[index]
            index += 1
            text += scalar == "&" ? decode(input, at: &index) : String(scalar)
        }
        return text
    }

    private static func value(of name: String, terminated: Bool) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let number =
                digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let number else { return nil }
            // Nothing, surrogates and out-of-range numbers become the replacement character, as in browsers.
            guard number != 0, let scalar = Unicode.Scalar(number) else { return "\u{FFFD}" }
            return String(scalar)
        }
        guard terminated || ["amp", "lt", "gt", "quot", "nbsp"].contains(name) else { return nil }
        return named[name]
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "copy": "©", "reg": "®",
        "trade": "™", "hellip": "…", "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“",
        "rdquo": "”", "sbquo": "‚", "bdquo": "„", "laquo": "«", "raquo": "»", "bull": "•", "middot": "·",
        "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "deg": "°", "times": "×", "divide": "÷",
        "shy": "\u{AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "lrm": "\u{200E}", "rlm": "\u{200F}",
        "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "iexcl": "¡", "iquest": "¿",
        "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú", "Aacute": "Á", "Eacute": "É",
        "agrave": "à", "egrave": "è", "ograve": "ò", "acirc": "â", "ecirc": "ê", "ocirc": "ô", "auml": "ä",
        "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß", "aring": "å",
        "Aring": "Å", "oslash": "ø", "Oslash": "Ø", "aelig": "æ", "AElig": "Æ", "ccedil": "ç", "ntilde": "ñ",
        "Ntilde": "Ñ", "hearts": "♥",
    ]
}
