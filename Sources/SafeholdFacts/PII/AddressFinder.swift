/// Finds street addresses in the common forms of the US, Canada, the UK, Australia (number, name, street
/// type), France (number, street type, name) and Germany (name with `-straße`/`-weg`… then number), plus
/// post office boxes. A city, state or postcode after the street raises the confidence.
///
/// It reads tokens, not characters, and looks at most a dozen tokens ahead of each house number, so the
/// cost is linear in the text.
struct AddressFinder: Sendable {
    static let longestName = 5

    /// Street types written before the name or number: `Avenue H`, `Highway 763`, `Route 309`, `SR 20`.
    static let preTypes: Set<String> = ["ave", "hwy", "rte", "sr", "route", "highway", "interstate", "cr", "fm", "us"]

    /// The original text, to tell capitalized names from ordinary words.
    var original: [Unicode.Scalar] = []

    func find(in tokens: [AddressToken]) -> [PIIEntity] {
        var found: [PIIEntity] = []
        var index = 0
        while index < tokens.count {
            if let (entity, next) = match(tokens, at: index) {
                found.append(entity)
                index = next
            } else {
                index += 1
            }
        }
        return found
    }

    private func match(_ tokens: [AddressToken], at index: Int) -> (PIIEntity, Int)? {
        if let box = postBox(tokens, at: index) { return box }
        if isHouseNumber(tokens[index]) {
            return numberFirst(tokens, at: index)
        }
        return nameFirst(tokens, at: index)
    }

    private func isHouseNumber(_ token: AddressToken) -> Bool {
        guard token.isNumberLike, token.canonical.count <= 6 else { return false }
        let letters = token.canonical.filter(\.isLetter)
        return !["st", "nd", "rd", "th"].contains(letters) && token.canonical.first != "0"
    }

    /// `1428 N Elm St`, `12 rue de la Paix`, `3600 West 5th Ave Apt 2`.
    private func numberFirst(_ tokens: [AddressToken], at start: Int) -> (PIIEntity, Int)? {
        var index = start + 1
        if index < tokens.count, tokens[index].gap == "-", tokens[index].isNumberLike { index += 1 }
        if index < tokens.count, ["bis", "ter", "a", "b"].contains(tokens[index].canonical) { index += 1 }
        if index < tokens.count, tokens[index].gap.contains(","), !isFrenchType(tokens[index]) { return nil }
        if let preType = preTyped(tokens, at: index) {
            return finish(tokens, start: start, streetEnd: preType, base: 0.65)
        }
        if index < tokens.count, isFrenchType(tokens[index]) {
            return frenchStreet(tokens, number: start, type: index)
        }
        var directed = false
        if index < tokens.count, AddressVocabulary.isDirection(tokens[index].canonical), tokens[index].gap.count <= 2 {
            index += 1
            directed = true
        }
        if let preType = preTyped(tokens, at: index) {
            return finish(tokens, start: start, streetEnd: preType, base: 0.65)
        }
        if directed, index + 1 < tokens.count, tokens[index].isNumberLike,
            AddressVocabulary.isDirection(tokens[index + 1].canonical)
        {
            return finish(tokens, start: start, streetEnd: index + 1, base: 0.6)
        }
        var names = 0
        var leadingType: Int?
        while index < tokens.count, names <= Self.longestName, isNameWord(tokens[index]), tokens[index].gap.count <= 2,
            !AddressVocabulary.unitWords.contains(tokens[index].canonical),
            names == 0 || !tokens[index].gap.contains(",")
        {
            if AddressVocabulary.isStreetType(tokens[index].canonical) {
                if names > 0 {
                    guard looksLikeStreet(tokens, names: (index - names)..<index, type: index) else { return nil }
                    return finish(tokens, start: start, streetEnd: extendTypes(tokens, index), base: 0.7)
                }
                if directed { leadingType = index }
            }
            names += 1
            index += 1
        }
        if let leadingType, names == 1 { return finish(tokens, start: start, streetEnd: leadingType, base: 0.65) }
        guard names > 0, names <= 3 else { return nil }
        if let found = untyped(tokens, start: start, streetEnd: index - 1) { return found }
        guard directed, tokens[(index - names)..<index].allSatisfy(isCapitalized) else { return nil }
        return finish(tokens, start: start, streetEnd: index - 1, base: 0.55)
    }

    /// Street types that are also everyday words (`drive`, `way`, `court`): after lower-case words they need a
    /// capital somewhere or a city, state or postcode after them (`5 guys drive past` is not an address).
    static let everydayTypes: Set<String> = [
        "drive", "way", "court", "place", "square", "run", "walk", "row", "pass", "path", "loop", "circle", "close",
        "grove", "ring", "pike", "crossing", "heights", "gardens", "mews", "trail", "parade", "terrace", "park", "hill",
    ]

    private func looksLikeStreet(_ tokens: [AddressToken], names: Range<Int>, type: Int) -> Bool {
        guard Self.everydayTypes.contains(tokens[type].raw) else { return true }
        if tokens[names].contains(where: { isCapitalized($0) && !$0.isNumberLike }) || isCapitalized(tokens[type]) {
            return true
        }
        if type + 1 < tokens.count, tokens[type + 1].gap.count <= 2,
            AddressVocabulary.isDirection(tokens[type + 1].canonical)
                || AddressVocabulary.unitWords.contains(tokens[type + 1].canonical)
        {
            return true
        }
        return locality(tokens, after: type) != nil
    }

    /// Whether a token was written with a capital letter or a digit first.
    private func isCapitalized(_ token: AddressToken) -> Bool {
        guard token.start < original.count else { return false }
        let first = original[token.start]
        return first.properties.isUppercase || first.properties.numericType != nil
    }

    /// `Cottage Grove Ave`: a street type that is part of the name, then the real one.
    private func extendTypes(_ tokens: [AddressToken], _ index: Int) -> Int {
        let next = index + 1
        guard next < tokens.count, AddressVocabulary.isStreetType(tokens[next].canonical), tokens[next].gap.count <= 2
        else { return index }
        return next
    }

    /// `Avenue H`, `Highway 763`, `US Highway 278`, `State Road 75`: the type first, then a letter, number or name.
    private func preTyped(_ tokens: [AddressToken], at index: Int) -> Int? {
        var typeIndex = index
        var prefixed = false
        if typeIndex + 1 < tokens.count,
            ["us", "state", "county", "old"].contains(tokens[typeIndex].canonical)
                || Regions.codes.contains(tokens[typeIndex].raw),
            ["hwy", "rd", "rte"].contains(tokens[typeIndex + 1].canonical)
        {
            typeIndex += 1
            prefixed = true
        }
        guard typeIndex + 1 < tokens.count, prefixed || Self.preTypes.contains(tokens[typeIndex].canonical),
            tokens[typeIndex + 1].gap.count <= 3
        else { return nil }
        var numberIndex = typeIndex + 1
        if ["no", "nr"].contains(tokens[numberIndex].canonical), numberIndex + 1 < tokens.count { numberIndex += 1 }
        let next = tokens[numberIndex]
        guard next.isNumberLike || (next.canonical.count == 1 && next.gap.count <= 2) else { return nil }
        return numberIndex
    }

    /// `1328 West McDermott Suite 200`, `4805 Southwest 229th, Aloha, OR 97007`: no street type, but a unit or a
    /// state with a postcode right after.
    private func untyped(_ tokens: [AddressToken], start: Int, streetEnd: Int) -> (PIIEntity, Int)? {
        let next = streetEnd + 1
        if next < tokens.count, AddressVocabulary.unitWords.contains(tokens[next].canonical),
            tokens[next].gap.count <= 3
        {
            return finish(tokens, start: start, streetEnd: streetEnd, base: 0.6)
        }
        guard let tail = locality(tokens, after: streetEnd), tokens[tail].raw.first?.isNumber == true,
            tokens[(streetEnd + 1)...tail].contains(where: {
                Regions.codes.contains($0.raw) || Regions.names.contains($0.raw)
            })
        else { return nil }
        return finish(tokens, start: start, streetEnd: streetEnd, base: 0.55)
    }

    private func frenchStreet(_ tokens: [AddressToken], number: Int, type: Int) -> (PIIEntity, Int)? {
        var index = type + 1
        var names = 0
        while index < tokens.count, names < Self.longestName + 2, !tokens[index].isNumberLike,
            isNameWord(tokens[index]),
            !tokens[index].gap.contains(",")
        {
            names += 1
            index += 1
        }
        guard names > 0 else { return nil }
        return finish(tokens, start: number, streetEnd: index - 1, base: 0.65)
    }

    /// `Hauptstraße 5`, `Am Weg 12`, `Baker Street 221b` is not German but reads the same.
    private func nameFirst(_ tokens: [AddressToken], at start: Int) -> (PIIEntity, Int)? {
        guard isNameWord(tokens[start]), !AddressVocabulary.isStreetType(tokens[start].canonical) else { return nil }
        let typeIndex = start + 1
        guard typeIndex + 1 < tokens.count,
            ["str", "weg", "gasse", "allee", "damm", "ufer", "pl", "ring", "chaussee"].contains(
                tokens[typeIndex].canonical
            ),
            tokens[typeIndex].gap.count <= 1, isHouseNumber(tokens[typeIndex + 1]), tokens[typeIndex + 1].gap.count <= 2
        else { return nil }
        return finish(tokens, start: start, streetEnd: typeIndex + 1, base: 0.65)
    }

    /// `PO Box 123`, `P.O. Box 388-317`, `Post Office Box 5`, `Box # 63`, `Route Box # 100`, `RR 2 Box 7`.
    private func postBox(_ tokens: [AddressToken], at index: Int) -> (PIIEntity, Int)? {
        let words = tokens[index...].prefix(4).map(\.canonical)
        var length = 0
        if words.starts(with: ["po", "box"]) || words.starts(with: ["pob"]) { length = words.first == "pob" ? 1 : 2 }
        if words.starts(with: ["p", "o", "box"]) || words.starts(with: ["post", "office", "box"]) { length = 3 }
        if words.starts(with: ["rte", "box"]) || words.starts(with: ["rr", "box"]) || words.starts(with: ["hc", "box"])
        {
            length = 2
        }
        if length == 0, words.first == "box", index + 1 < tokens.count, tokens[index + 1].gap.contains("#") {
            length = 1
        }
        guard length > 0, index + length < tokens.count, tokens[index + length].isNumberLike else { return nil }
        var end = index + length
        if end + 1 < tokens.count, tokens[end + 1].gap == "-", tokens[end + 1].isNumberLike { end += 1 }
        return finish(tokens, start: index, streetEnd: end, base: 0.65)
    }

    /// Extends over a unit, a city, a state and a postcode after the street, and scores the whole.
    private func finish(_ tokens: [AddressToken], start: Int, streetEnd: Int, base: Double) -> (PIIEntity, Int) {
        var end = streetEnd
        var confidence = base
        if end + 1 < tokens.count, AddressVocabulary.isDirection(tokens[end + 1].canonical),
            tokens[end + 1].gap.count <= 2
        {
            end += 1
        }
        end = unit(tokens, after: end)
        if let tail = locality(tokens, after: end) {
            end = tail
            confidence += 0.2
        }
        let span = tokens[start].start..<tokens[end].end
        let value = tokens[start...end].map(\.raw).filter { !$0.isEmpty }.joined(separator: " ")
        return (
            PIIEntity(
                type: .address,
                start: span.lowerBound,
                end: span.upperBound,
                value: value,
                confidence: min(confidence, 0.95)
            ), end + 1
        )
    }

    private func unit(_ tokens: [AddressToken], after end: Int) -> Int {
        let next = end + 1
        guard next + 1 < tokens.count, tokens[next].gap.count <= 3 else { return end }
        if AddressVocabulary.unitWords.contains(tokens[next].canonical), tokens[next + 1].gap.count <= 3 {
            return next + 1
        }
        if tokens[next].gap.contains("#"), tokens[next].canonical.first?.isNumber == true { return next }
        return end
    }

    /// `, Springfield, IL 62704`, `, London SW1A 1AA`, `, 10115 Berlin`, `, 75002 Paris`, `NSW 2000`.
    private func locality(_ tokens: [AddressToken], after end: Int) -> Int? {
        var index = end + 1
        var last: Int?
        var words = 0
        while index < tokens.count, index <= end + 6, !tokens[index].gap.contains("\n") {
            let token = tokens[index]
            if isPostcode(tokens, index) {
                last = index + (isSplitPostcodeStart(tokens, index) ? 1 : 0)
                if index + 1 < tokens.count, last == index, tokens[index + 1].raw.count == 4,
                    tokens[index + 1].gap == "-"
                {
                    last = index + 1
                }
                if let found = last, found + 1 < tokens.count, isCityAfterPostcode(tokens, found + 1) {
                    last = found + 1
                }
                return last
            }
            if Regions.codes.contains(token.raw) || Regions.names.contains(token.raw) { last = index }
            guard token.raw.allSatisfy(\.isLetter), !token.raw.isEmpty else { break }
            words += 1
            if words > 4 { break }
            index += 1
        }
        return last
    }

    private func isPostcode(_ tokens: [AddressToken], _ index: Int) -> Bool {
        let raw = tokens[index].raw
        if (raw.count == 5 || raw.count == 4) && raw.allSatisfy(\.isNumber) { return true }
        return isSplitPostcodeStart(tokens, index) || PostcodeShapes.isJoinedPostcode(raw)
    }

    private func isSplitPostcodeStart(_ tokens: [AddressToken], _ index: Int) -> Bool {
        index + 1 < tokens.count && PostcodeShapes.isSplitPostcode(tokens[index].raw, tokens[index + 1].raw)
    }

    private func isCityAfterPostcode(_ tokens: [AddressToken], _ index: Int) -> Bool {
        let token = tokens[index]
        return token.gap == " " && token.raw.count >= 3 && token.raw.allSatisfy(\.isLetter)
            && token.raw.first.map { _ in true } == true && tokens[index].raw != "and"
    }

    private func isNameWord(_ token: AddressToken) -> Bool {
        guard !token.raw.isEmpty || !token.canonical.isEmpty else { return false }
        if token.isNumberLike { return ["st", "nd", "rd", "th"].contains(token.canonical.filter(\.isLetter)) }
        return token.canonical.allSatisfy { $0.isLetter } && !token.gap.contains("\n")
            && !Self.stopWords.contains(token.raw)
    }

    /// Words that do not occur in street names but often follow a number in a sentence.
    static let stopWords: Set<String> = [
        "on", "in", "at", "to", "and", "of", "for", "with", "from", "my", "your", "our", "her", "his", "their",
        "the", "a", "an", "or", "by", "is", "are", "was", "were", "be", "it", "its", "that", "this", "these",
        "those", "i", "you", "we", "they", "he", "she", "me", "us", "them", "am", "pm", "times", "people",
        "years", "days", "hours", "minutes", "more", "less", "than", "per", "over", "into", "out", "up",
    ]

    private func isFrenchType(_ token: AddressToken) -> Bool {
        ["rue", "ave", "blvd", "allee", "ch", "imp", "quai", "rte", "cours", "fbg", "pl"].contains(token.canonical)
            && [
                "rue", "avenue", "boulevard", "bd", "allee", "chemin", "impasse", "quai", "route", "cours", "faubourg",
                "place",
            ].contains(token.raw)
    }
}
