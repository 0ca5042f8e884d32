import Foundation

/// How single characters fold; the tables are small on purpose and hand-written, because only the look-alikes
/// abusers actually use to dodge filters matter here. The full Unicode confusables skeleton (TR39) is a
/// separate, larger tool for comparing names.
enum ScalarFolding {
    static func fold(_ scalar: Unicode.Scalar, options: TextFolding, emit: (Unicode.Scalar) -> Void) {
        let value = scalar.value
        if value < 0x80 {
            emit(foldASCII(scalar, options: options))
            return
        }
        if options.contains(.removeInvisible), isInvisible(scalar) { return }
        if options.contains(.plainSpaces), scalar.properties.isWhitespace {
            emit(" ")
            return
        }
        if options.contains(.lookAlikes), let latin = lookAlike[value] {
            emit(options.contains(.caseFold) ? latin.lowercasedASCII : latin)
            return
        }
        var text = String(scalar)
        if options.contains(.lookAlikes) { text = text.precomposedStringWithCompatibilityMapping }
        if options.contains(.stripMarks) { text = text.decomposedStringWithCanonicalMapping }
        if options.contains(.caseFold) { text = text.lowercased() }
        for folded in text.unicodeScalars {
            if options.contains(.stripMarks), folded.properties.generalCategory == .nonspacingMark { continue }
            if options.contains(.lookAlikes), let latin = lookAlike[folded.value] {
                emit(options.contains(.caseFold) ? latin.lowercasedASCII : latin)
            } else {
                emit(folded)
            }
        }
    }

    /// How an ASCII scalar folds: always to exactly one scalar.
    @inline(__always) static func foldASCII(_ scalar: Unicode.Scalar, options: TextFolding) -> Unicode.Scalar {
        let value = scalar.value
        if options.contains(.caseFold), value >= 0x41, value <= 0x5A {
            return Unicode.Scalar(UInt8(truncatingIfNeeded: value + 0x20))
        }
        if options.contains(.plainSpaces), value == 0x09 || value == 0x0A || value == 0x0D { return " " }
        return scalar
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069: true
        case 0x061C, 0xFEFF, 0x00AD, 0x180E, 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0: true
        case 0xFE00...0xFE0F, 0xE0000...0xE007F: true  // variation selectors and tag characters
        default: false
        }
    }

    /// `properties.isAlphabetic` with a fast path for ASCII, which is most of every text.
    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic
    }

    @inline(__always) static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " "
            || (scalar.value < 0x80 ? (scalar.value >= 0x09 && scalar.value <= 0x0D) : scalar.properties.isWhitespace)
    }

    @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A) || (value >= 0x30 && value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func isLetterSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "." || scalar == "-" || scalar == "_" || scalar == "*"
    }

    /// The letter a digit or symbol stands for inside a word. `!`, `|` and `+` only count between other
    /// characters, so that a word's closing `!` stays punctuation.
    static func leetLetter(_ scalar: Unicode.Scalar, inside: Bool) -> Unicode.Scalar? {
        switch scalar {
        case "0": "o"
        case "1": "i"
        case "3": "e"
        case "4", "@": "a"
        case "5", "$": "s"
        case "7": "t"
        case "8": "b"
        case "9": "g"
        case "!", "|": inside ? "i" : nil
        case "+": inside ? "t" : nil
        default: nil
        }
    }

    /// Cyrillic, Greek and other letters that look like Latin ones, by code point.
    static let lookAlike: [UInt32: Unicode.Scalar] = [
        // Cyrillic
        0x0430: "a", 0x0410: "A", 0x0435: "e", 0x0415: "E", 0x043E: "o", 0x041E: "O", 0x0440: "p", 0x0420: "P",
        0x0441: "c", 0x0421: "C", 0x0443: "y", 0x0445: "x", 0x0425: "X", 0x0456: "i", 0x0406: "I", 0x0458: "j",
        0x0408: "J", 0x0455: "s", 0x0405: "S", 0x0412: "B", 0x041D: "H", 0x041A: "K", 0x041C: "M", 0x0422: "T",
        0x04BB: "h", 0x0501: "d", 0x051B: "q", 0x051D: "w", 0x0432: "b", 0x043C: "m", 0x043D: "h", 0x0442: "t",
        0x043A: "k",
        // Greek
        0x03B1: "a", 0x0391: "A", 0x0392: "B", 0x03B5: "e", 0x0395: "E", 0x0396: "Z", 0x0397: "H", 0x03B9: "i",
        0x0399: "I", 0x039A: "K", 0x03BA: "k", 0x039C: "M", 0x039D: "N", 0x03BD: "v", 0x03BF: "o", 0x039F: "O",
        0x03C1: "p", 0x03A1: "P", 0x03A4: "T", 0x03C4: "t", 0x03C5: "u", 0x03A5: "Y", 0x03C7: "x", 0x03A7: "X",
        // Greek letters that are not confusables in Unicode's sense but stand in for Latin ones in disguised
        // words (`hμrt`, `kηow`, `ωhore`); the micro sign folds to μ first.
        0x03BC: "u", 0x03B7: "n", 0x03C9: "w", 0x03F2: "c",
        // Latin look-alikes outside ASCII
        0x0131: "i", 0x0269: "i", 0x0261: "g", 0x01C0: "l", 0x2113: "l", 0x212E: "e",
        // Letters with a stroke, which have no accent to strip (`ķíłł`, `møron`).
        0x0142: "l", 0x0141: "L", 0x00F8: "o", 0x00D8: "O", 0x0111: "d", 0x0110: "D", 0x0127: "h", 0x0126: "H",
        0x0167: "t", 0x0166: "T", 0x0180: "b", 0x01B6: "z", 0x01B5: "Z",
        // Small capitals (`ᴋɪʟʟ`), which Unicode gives no compatibility mapping, and the kra (`ĸill`).
        0x1D00: "a", 0x0299: "b", 0x1D04: "c", 0x1D05: "d", 0x1D07: "e", 0xA730: "f", 0x0262: "g", 0x029C: "h",
        0x026A: "i", 0x1D0A: "j", 0x1D0B: "k", 0x029F: "l", 0x1D0D: "m", 0x0274: "n", 0x1D0F: "o", 0x1D18: "p",
        0x0280: "r", 0xA731: "s", 0x1D1B: "t", 0x1D1C: "u", 0x1D20: "v", 0x1D21: "w", 0x028F: "y", 0x1D22: "z",
        0x0138: "k",
    ]
}

extension Unicode.Scalar {
    var lowercasedASCII: Unicode.Scalar {
        (value >= 0x41 && value <= 0x5A) ? Unicode.Scalar(value + 0x20)! : self
    }
}
