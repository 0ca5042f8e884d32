/// The writing system a character belongs to, for the scripts look-alike names use.
///
/// Swift does not expose the Unicode `Script` property, so Safehold keeps a table of the main ranges of the
/// scripts that carry look-alikes of Latin letters and of the scripts people's names are commonly written in.
/// Characters outside these ranges are `.other`; digits, punctuation and symbols are `.common`; combining
/// marks are `.inherited`. An approximation of Unicode's Scripts.txt, good enough to notice a name that mixes
/// Latin and Cyrillic letters.
public enum UnicodeScript: String, Sendable, Hashable, Codable, CaseIterable {
    /// The Latin script.
    case latin = "Latin"
    /// The Greek script.
    case greek = "Greek"
    /// The Cyrillic script.
    case cyrillic = "Cyrillic"
    /// The Armenian script.
    case armenian = "Armenian"
    /// The Hebrew script.
    case hebrew = "Hebrew"
    /// The Arabic script.
    case arabic = "Arabic"
    /// The Cherokee script.
    case cherokee = "Cherokee"
    /// The Georgian script.
    case georgian = "Georgian"
    /// The Devanagari script.
    case devanagari = "Devanagari"
    /// The Thai script.
    case thai = "Thai"
    /// The Han script.
    case han = "Han"
    /// The Hiragana script.
    case hiragana = "Hiragana"
    /// The Katakana script.
    case katakana = "Katakana"
    /// The Hangul script.
    case hangul = "Hangul"
    /// Styled letters from the mathematical alphanumeric block (`𝓙𝓪𝓷𝓮`), often used as a font effect.
    case mathematical = "Mathematical"
    /// Full-width Latin letters (`ｊａｎｅ`).
    case fullwidth = "Full-width"
    /// Digits, punctuation and symbols.
    case common = "Common"
    /// Combining marks, which take the script of the letter they follow.
    case inherited = "Inherited"
    /// A script outside the table.
    case other = "Other"

    /// The script of one scalar.
    public static func of(_ scalar: Unicode.Scalar) -> UnicodeScript {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return .inherited
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return letterScript(scalar.value)
        default: return .common
        }
    }

    private static let ranges: [(ClosedRange<UInt32>, UnicodeScript)] = [
        (0x0041...0x024F, .latin), (0x0250...0x02AF, .latin), (0x0370...0x03FF, .greek), (0x0400...0x052F, .cyrillic),
        (0x0530...0x058F, .armenian), (0x0590...0x05FF, .hebrew), (0x0600...0x06FF, .arabic),
        (0x0750...0x077F, .arabic), (0x08A0...0x08FF, .arabic), (0x0900...0x097F, .devanagari),
        (0x0E00...0x0E7F, .thai), (0x10A0...0x10FF, .georgian), (0x1100...0x11FF, .hangul),
        (0x13A0...0x13FF, .cherokee), (0x1C80...0x1C8F, .cyrillic), (0x1C90...0x1CBF, .georgian),
        (0x1D00...0x1DBF, .latin), (0x1E00...0x1EFF, .latin), (0x1F00...0x1FFF, .greek), (0x2C60...0x2C7F, .latin),
        (0x2D00...0x2D2F, .georgian), (0x2DE0...0x2DFF, .cyrillic), (0x3040...0x309F, .hiragana),
        (0x30A0...0x30FF, .katakana), (0x3130...0x318F, .hangul), (0x31F0...0x31FF, .katakana),
        (0x3400...0x4DBF, .han), (0x4E00...0x9FFF, .han), (0xA640...0xA69F, .cyrillic), (0xA720...0xA7FF, .latin),
        (0xAB30...0xAB6F, .latin), (0xAB70...0xABBF, .cherokee), (0xAC00...0xD7AF, .hangul), (0xF900...0xFAFF, .han),
        (0xFB13...0xFB17, .armenian), (0xFB1D...0xFB4F, .hebrew), (0xFB50...0xFDFF, .arabic),
        (0xFE70...0xFEFF, .arabic), (0xFF21...0xFF3A, .fullwidth), (0xFF41...0xFF5A, .fullwidth),
        (0xFF66...0xFF9F, .katakana), (0x1D400...0x1D7FF, .mathematical), (0x20000...0x3FFFF, .han),
    ]

    private static func letterScript(_ value: UInt32) -> UnicodeScript {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let (range, script) = ranges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return script
            }
        }
        return .other
    }

    /// Whether letters of these scripts commonly appear together in one name (Japanese, Korean, Chinese).
    static func isUsualMix(_ scripts: Set<UnicodeScript>) -> Bool {
        let east: Set<UnicodeScript> = [.han, .hiragana, .katakana]
        if scripts.isSubset(of: east) { return true }
        return scripts.isSubset(of: [.han, .hangul])
    }
}
