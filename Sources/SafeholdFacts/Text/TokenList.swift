import SafeholdText

/// One run of letters and digits in a text, folded (lower case, no accents, no invisible characters).
struct TextToken: Sendable {
    /// The folded letters and digits.
    var text: String
    /// The folded characters between the previous token and this one, at most a few.
    var gap: String
    /// The first original scalar.
    var start: Int
    /// One past the last original scalar.
    var end: Int
}

/// Splits folded text into tokens, for matchers that reason about whole words (addresses, emails).
enum TokenList {
    /// Gaps longer than this are cut; matchers only look at short ones.
    static let longestGap = 6

    static func make(_ text: String) -> [TextToken] {
        make(FoldedText(text, options: .standard))
    }

    static func make(_ folded: FoldedText) -> [TextToken] {
        var tokens: [TextToken] = []
        let scalars = folded.scalars
        var index = 0
        var gap = String.UnicodeScalarView()
        var gapLength = 0
        while index < scalars.count {
            guard WordStream.isWordScalar(scalars[index]) else {
                gapLength += 1
                if gapLength <= longestGap { gap.append(scalars[index]) }
                index += 1
                continue
            }
            var end = index
            var word = String.UnicodeScalarView()
            while end < scalars.count, WordStream.isWordScalar(scalars[end]) {
                word.append(scalars[end])
                end += 1
            }
            if gapLength > longestGap { gap.append("\n") }
            tokens.append(
                TextToken(
                    text: String(word),
                    gap: String(gap),
                    start: folded.origin[index],
                    end: folded.origin[end - 1] + 1
                )
            )
            gap = String.UnicodeScalarView()
            gapLength = 0
            index = end
        }
        return tokens
    }
}

extension TextToken {
    /// Whether the token starts with a digit: a house number, a postcode, part of a phone number.
    var startsWithDigit: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.value >= 0x30 && first.value <= 0x39
    }

    /// Whether every character is an ASCII digit.
    var isDigits: Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
    }

    /// Whether the gap holds only spaces.
    var gapIsSpace: Bool { gap.unicodeScalars.allSatisfy { $0 == " " } }
}
