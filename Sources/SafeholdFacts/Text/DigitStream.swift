import SafeholdText

/// Builds the stream of digits that phone numbers are matched against, reading digits however they are written:
/// any script's digits (full-width `５`), keycap emoji, look-alike letters inside numbers (`O` for 0, `l` for 1),
/// and number words (`five five five`, `oh`).
///
/// Each group of digits written together is a group; a match must end at the end of a group, and begin at the
/// start of one or after a prefix the caller accepts (a country code, a trunk `0`).
enum DigitStream {
    /// At most this many separator characters may stand between two groups of the same number.
    static let longestGap = 3

    static let words: [String: Int] = [
        "zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9,
    ]

    /// The stream for a text.
    static func make(_ text: String) -> CompactStream {
        make(FoldedText(text, options: .standard))
    }

    /// The stream for text already folded with the standard options.
    static func make(_ folded: FoldedText) -> CompactStream {
        let scalars = folded.scalars
        var stream = CompactStream()
        var index = 0
        var gap = 0
        var broken = true
        while index < scalars.count {
            let scalar = scalars[index]
            guard WordStream.isWordScalar(scalar) else {
                if isSeparator(scalar) {
                    gap += 1
                    if gap > longestGap { broken = true }
                } else if scalar.value != 0x20E3 {
                    broken = true
                }
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, WordStream.isWordScalar(scalars[end]) { end += 1 }
            if let digits = digitsOf(scalars[index..<end], afterDigits: !broken && stream.count > 0) {
                if broken && stream.count > 0 {
                    stream.append(gapMarker, from: folded.origin[index], to: folded.origin[index], begins: true)
                }
                append(digits, word: index..<end, folded: folded, to: &stream)
                broken = false
            } else {
                broken = true
            }
            gap = 0
            index = end
        }
        stream.closeGroup()
        return stream
    }

    /// Appends one word's digits as a group; a digit written as a digit keeps its own offset, a number word
    /// gives its whole span to its digit.
    private static func append(
        _ digits: [Int],
        word: Range<Int>,
        folded: FoldedText,
        to stream: inout CompactStream
    ) {
        let oneToOne = digits.count == word.count
        for (offset, digit) in digits.enumerated() {
            let start = folded.origin[oneToOne ? word.lowerBound + offset : word.lowerBound]
            let end = oneToOne ? start + 1 : folded.origin[word.upperBound - 1] + 1
            stream.append(UInt32(digit), from: start, to: end, begins: offset == 0)
        }
        stream.closeGroup()
    }

    /// A unit no pattern contains, put between numbers that are too far apart to be one.
    static let gapMarker: UInt32 = 0xFFFF

    /// The digits of a word, or nil when the word is not part of a number.
    static func digitsOf(_ word: ArraySlice<Unicode.Scalar>, afterDigits: Bool) -> [Int]? {
        var digits: [Int] = []
        var real = 0
        for scalar in word {
            if let value = digitValue(scalar) {
                digits.append(value)
                real += 1
            } else if let value = lookAlike(scalar) {
                digits.append(value)
            } else {
                digits = []
                break
            }
        }
        if !digits.isEmpty && (real > 0 || afterDigits) { return digits }
        guard word.count <= 6, let first = word.first, "zotfsen".unicodeScalars.contains(first) else { return nil }
        var text = ""
        text.unicodeScalars.append(contentsOf: word)
        if let value = words[text], value != 0 || text != "o" || afterDigits { return [value] }
        return nil
    }

    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        if scalar.value >= 0x30 && scalar.value <= 0x39 { return Int(scalar.value - 0x30) }
        guard !scalar.isASCII, let type = scalar.properties.numericType, type == .decimal || type == .digit,
            let value = scalar.properties.numericValue, value >= 0, value <= 9
        else { return nil }
        return Int(value)
    }

    static func lookAlike(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "o": 0
        case "l", "i": 1
        default: nil
        }
    }

    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "-", ".", "(", ")", "/", "+", "_", "*", ",", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}",
            "\u{2014}", "\u{2212}", "|", "~", ":":
            true
        default: false
        }
    }

    /// The digits of a phone number a person typed, folded the same way.
    static func digits(of text: String) -> [UInt32] {
        make(text).units.filter { $0 != gapMarker }
    }
}
