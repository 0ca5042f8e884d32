import SafeholdText

/// Builds the stream of word letters that names, workplaces, schools, handles, plates and other free-text facts
/// are matched against.
///
/// Text is folded (case, accents, invisible characters, look-alikes, leetspeak, spaced letters), then every
/// digit is read as the letter it imitates and `l` as `i`, so that `M4ria`, `MARIA`, `m a r i a` and `Mar1a`
/// all become the same units. Words are joined without their separators, and a match must begin at the start
/// of a word and end at the end of one: `Maria Lopez`, `maria_lopez`, `MariaLopez` and `Maria's` all hold
/// `marialopez` or `maria` on word boundaries, while `Mariana` does not hold `maria`.
enum WordStream {
    static let folding: TextFolding = [.standard, .leet, .joinSpacedLetters]

    /// The stream for a text someone wrote.
    static func make(_ text: String) -> CompactStream {
        make(FoldedText(text, options: folding))
    }

    /// The stream for already folded text.
    static func make(_ folded: FoldedText) -> CompactStream {
        var stream = CompactStream()
        var inWord = false
        var previous: UInt32 = 0
        var run = 0
        var afterAt = false
        for (index, scalar) in folded.scalars.enumerated() {
            guard isWordScalar(scalar) else {
                if inWord { stream.closeGroup() }
                inWord = false
                continue
            }
            let unit = canonical(scalar)
            let origin = folded.origin[index]
            if inWord, unit == previous {
                run += 1
                if run >= 3 {
                    stream.extendLast(to: origin + 1)
                    continue
                }
            } else {
                run = 1
            }
            stream.append(unit, from: origin, to: origin + 1, begins: !inWord)
            if afterAt { stream.allowBegin(at: stream.count - 1) }
            afterAt = !inWord && folded.original[origin] == "@"
            inWord = true
            previous = unit
        }
        stream.closeGroup()
        return stream
    }

    /// The units of a fact's own text, folded the same way; words are simply joined.
    static func units(of text: String) -> [UInt32] {
        make(text).units
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A)
                || (value >= 0x41 && value <= 0x5A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Digits read as the letters they imitate, `l` as `i`; `2` and `6` imitate nothing and stay apart.
    static func canonical(_ scalar: Unicode.Scalar) -> UInt32 {
        switch scalar {
        case "0": return Unicode.Scalar("o").value
        case "1", "l": return Unicode.Scalar("i").value
        case "3": return Unicode.Scalar("e").value
        case "4": return Unicode.Scalar("a").value
        case "5": return Unicode.Scalar("s").value
        case "7": return Unicode.Scalar("t").value
        case "8": return Unicode.Scalar("b").value
        case "9": return Unicode.Scalar("g").value
        case "2": return 0x11_0002
        case "6": return 0x11_0006
        default: return scalar.value
        }
    }
}
