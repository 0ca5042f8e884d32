import Foundation

/// The written forms of a free-text fact that the word index holds.
enum WordVariants {
    struct Variant: Sendable {
        var text: String
        var capitalOnly: Bool
    }

    /// Names also match surname first (`Lopez, Maria`) and with a plain `s` (`Marias`); handles without their `@`.
    static func variants(of form: String, kind: FactKind) -> [Variant] {
        var text = form.trimmingCharacters(in: .whitespaces)
        if kind == .handle { text = String(text.drop { $0 == "@" }) }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
        let capitalOnly = kind == .name && words.count == 1 && CommonWords.all.contains(text.lowercased())
        var result = [Variant(text: text, capitalOnly: capitalOnly)]
        guard kind == .name else { return result }
        result.append(Variant(text: text + "s", capitalOnly: capitalOnly))
        if words.count == 2 || words.count == 3 {
            result.append(Variant(text: words.reversed().joined(separator: " "), capitalOnly: false))
            if words.count == 3 {
                result.append(
                    Variant(text: ([words[2], words[0], words[1]]).joined(separator: " "), capitalOnly: false)
                )
            }
        }
        return result
    }
}
