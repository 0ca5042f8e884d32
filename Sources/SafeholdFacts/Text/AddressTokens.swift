/// A token of an address, with its canonical form (`Street` as `st`) beside the folded original.
struct AddressToken: Sendable {
    /// The canonical form.
    var canonical: String
    /// The folded original, for postcodes and house numbers.
    var raw: String
    /// Where it came from in the original text.
    var start: Int
    var end: Int
    /// The folded characters before it.
    var gap: String

    var isNumberLike: Bool { AddressVocabulary.isNumberLike(canonical) }
    /// A word that may be added or left out around a street name without changing the place.
    var isDecoration: Bool {
        AddressVocabulary.isStreetType(canonical) || AddressVocabulary.isDirection(canonical)
            || AddressVocabulary.fillers.contains(canonical)
    }
}

/// Turns text tokens into address tokens.
enum AddressTokens {
    static func make(_ tokens: [TextToken]) -> [AddressToken] {
        var result: [AddressToken] = []
        result.reserveCapacity(tokens.count)
        for token in tokens {
            let parts = AddressVocabulary.canonical(token.text)
            for (offset, part) in parts.enumerated() {
                result.append(
                    AddressToken(
                        canonical: part,
                        raw: offset == 0 ? token.text : "",
                        start: token.start,
                        end: token.end,
                        gap: offset == 0 ? token.gap : ""
                    )
                )
            }
        }
        return result
    }

    /// Whether two house numbers are the same: the same digits, and the same letter when both have one.
    static func sameNumber(_ left: String, _ right: String) -> Bool {
        let leftDigits = left.prefix { $0.isNumber }
        let rightDigits = right.prefix { $0.isNumber }
        guard leftDigits == rightDigits else { return false }
        let leftRest = left.dropFirst(leftDigits.count)
        let rightRest = right.dropFirst(rightDigits.count)
        return leftRest.isEmpty || rightRest.isEmpty || leftRest == rightRest
    }
}
