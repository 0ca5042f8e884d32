/// A protected street address, reduced to what identifies it: the house number, the street name without its
/// type or direction, and the postcode.
///
/// A text holds the address when the street name appears with the same house number next to it (before or
/// after, with or without `St`/`Street`, `N`/`North`), or with no number next to it but the postcode nearby.
/// The street with a different house number next to it is a different place and does not match, even with
/// the postcode.
struct AddressPattern: Sendable {
    var factIndex: Int
    var number: String?
    var core: [String]
    var postcode: String?

    /// How many tokens either side of the street the postcode may be.
    static let postcodeReach = 10

    /// Reads a fact's address; nil when it has no street name.
    init?(_ value: String, factIndex: Int) {
        let tokens = AddressTokens.make(TokenList.make(value))
        let segments = Self.segments(tokens)
        guard let street = segments.first(where: Self.isStreetSegment) else { return nil }
        let number = street.first(where: \.isNumberLike)?.canonical
        var core = street.filter {
            !$0.isNumberLike && !$0.isDecoration && !AddressVocabulary.unitWords.contains($0.canonical)
        }
        if core.isEmpty { core = street.filter { !$0.isNumberLike } }
        guard !core.isEmpty else { return nil }
        self.factIndex = factIndex
        self.number = number
        self.core = core.map(\.canonical)
        self.postcode = Self.postcode(in: tokens, after: street.last?.end ?? 0)
    }

    /// The parts between commas (or line breaks), each cut where a flat or suite begins.
    private static func segments(_ tokens: [AddressToken]) -> [[AddressToken]] {
        var segments: [[AddressToken]] = [[]]
        var inUnit = false
        for token in tokens {
            if token.gap.contains(",") || token.gap.contains("\n") || token.gap.contains(";") {
                segments.append([])
                inUnit = false
            }
            if AddressVocabulary.unitWords.contains(token.canonical) || token.gap.contains("#") { inUnit = true }
            if !inUnit { segments[segments.count - 1].append(token) }
        }
        return segments.map(cutAfterStreetType)
    }

    /// Without commas, `123 Main St Springfield IL` ends the street at its type.
    private static func cutAfterStreetType(_ segment: [AddressToken]) -> [AddressToken] {
        guard let first = segment.firstIndex(where: { !$0.isNumberLike }) else { return segment }
        for index in segment.indices.dropFirst(first + 1) where AddressVocabulary.isStreetType(segment[index].canonical)
        {
            var end = index + 1
            if end < segment.count, AddressVocabulary.isDirection(segment[end].canonical) { end += 1 }
            if end < segment.count, segment[end].isNumberLike, !segment[..<index].contains(where: \.isNumberLike) {
                end += 1
            }
            return Array(segment[..<end])
        }
        return segment
    }

    private static func isStreetSegment(_ segment: [AddressToken]) -> Bool {
        segment.contains(where: { !$0.isNumberLike }) && segment.contains(where: \.isNumberLike)
    }

    /// A postcode after the street: five or four digits, or the UK and Canadian letter-and-digit forms.
    private static func postcode(in tokens: [AddressToken], after offset: Int) -> String? {
        let rest = tokens.filter { $0.start >= offset && !$0.raw.isEmpty }
        for (index, token) in rest.enumerated() {
            let raw = token.raw
            if (raw.count == 5 || raw.count == 4) && raw.allSatisfy(\.isNumber) { return raw }
            if index + 1 < rest.count, PostcodeShapes.isSplitPostcode(raw, rest[index + 1].raw) {
                return raw + rest[index + 1].raw
            }
            if PostcodeShapes.isJoinedPostcode(raw) { return raw }
        }
        return nil
    }

    /// Whether the street name starts at `index` and the rest of the address agrees; returns the span.
    func match(in tokens: [AddressToken], at index: Int) -> Range<Int>? {
        guard index + core.count <= tokens.count else { return nil }
        for offset in core.indices where tokens[index + offset].canonical != core[offset] { return nil }
        let last = index + core.count - 1
        let numbers = [neighbour(in: tokens, edge: index, step: -1), neighbour(in: tokens, edge: last, step: 1)]
            .compactMap { $0 }.filter { tokens[$0].isNumberLike }
        if !numbers.isEmpty {
            guard let number,
                let found = numbers.first(where: { AddressTokens.sameNumber(tokens[$0].canonical, number) })
            else { return nil }
            return tokens[min(found, index)].start..<tokens[max(found, last)].end
        }
        guard let postcode, let place = postcodeIndex(in: tokens, near: index, last: last, postcode: postcode) else {
            return nil
        }
        return tokens[min(place, index)].start..<tokens[max(place, last)].end
    }

    /// The first token in a direction that is not a street type, direction or filler, within four steps.
    /// A comma ends the search after the street (`Main St, 62704`) but not before it (`12, rue de la Paix`).
    private func neighbour(in tokens: [AddressToken], edge: Int, step: Int) -> Int? {
        var current = edge
        for _ in 0..<4 {
            let next = current + step
            guard next >= 0, next < tokens.count else { return nil }
            let crossing = step < 0 ? tokens[current].gap : tokens[next].gap
            if crossing.contains("\n") || (step > 0 && (crossing.contains(",") || crossing.contains(";"))) {
                return nil
            }
            if !tokens[next].isDecoration { return next }
            current = next
        }
        return nil
    }

    private func postcodeIndex(in tokens: [AddressToken], near first: Int, last: Int, postcode: String) -> Int? {
        let low = max(0, first - Self.postcodeReach)
        let high = min(tokens.count, last + Self.postcodeReach + 1)
        for index in low..<high where !tokens[index].raw.isEmpty {
            if tokens[index].raw == postcode { return index }
            if index + 1 < high, tokens[index].raw + tokens[index + 1].raw == postcode { return index + 1 }
        }
        return nil
    }
}

/// The shapes of British and Canadian postcodes, which mix letters and digits.
enum PostcodeShapes {
    /// `SW1A` + `1AA`, `K1A` + `0B6`.
    static func isSplitPostcode(_ outward: String, _ inward: String) -> Bool {
        let out = shape(outward)
        let inn = shape(inward)
        let ukOut = ["a9", "a99", "aa9", "aa99", "a9a", "aa9a"].contains(out)
        return (ukOut && inn == "9aa") || (out == "a9a" && inn == "9a9")
    }

    /// `SW1A1AA`, `K1A0B6` written without a space.
    static func isJoinedPostcode(_ word: String) -> Bool {
        let form = shape(word)
        guard form.count >= 5 else { return false }
        if form == "a9a9a9" { return true }
        return form.hasSuffix("9aa") && isSplitPostcode(String(word.dropLast(3)), String(word.suffix(3)))
    }

    /// Letters as `a`, digits as `9`.
    static func shape(_ word: String) -> String {
        String(word.map { $0.isNumber ? "9" : ($0.isLetter ? "a" : "?") })
    }
}
