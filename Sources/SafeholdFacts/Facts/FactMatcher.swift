import SafeholdText

/// Finds the person's protected facts in any text, however they were disguised.
///
/// Facts are compiled once into hashed indexes (word letters, phone digits, canonical emails, street names),
/// so that scanning a text costs about the same with 1 fact as with 200. Build one matcher per set of facts
/// and share it between threads; it never changes after it is made.
public struct FactMatcher: Sendable {
    private let kinds: [FactKind]
    private var words = CompactIndex()
    private var wordEntries: [WordEntry] = []
    private var digits = CompactIndex()
    private var phoneEntries: [Int] = []
    private var emails: [String: [Int]] = [:]
    private var addresses: [String: [AddressPattern]] = [:]

    private struct WordEntry: Sendable {
        var factIndex: Int
        var capitalOnly: Bool
    }

    /// Compiles facts for matching.
    /// - Parameter facts: The person's protected facts; a match's ``FactMatch/factIndex`` is a position here.
    public init(facts: [ProtectedFact]) {
        kinds = facts.map(\.kind)
        for (index, fact) in facts.enumerated() {
            for form in [fact.value] + fact.aliases where !form.isEmpty {
                add(form, kind: fact.kind, index: index)
            }
        }
    }

    private mutating func add(_ form: String, kind: FactKind, index: Int) {
        switch kind {
        case .phone:
            for pattern in PhonePattern.variants(of: form) {
                digits.insert(pattern, tag: phoneEntries.count)
                phoneEntries.append(index)
            }
        case .email:
            if let key = EmailSpotter.key(of: form) {
                emails[key, default: []].append(index)
            } else {
                addWords(form, kind: kind, index: index)
            }
        case .address:
            if let pattern = AddressPattern(form, factIndex: index), let first = pattern.core.first {
                addresses[first, default: []].append(pattern)
            } else {
                addWords(form, kind: kind, index: index)
            }
        default:
            addWords(form, kind: kind, index: index)
        }
    }

    private mutating func addWords(_ form: String, kind: FactKind, index: Int) {
        for variant in WordVariants.variants(of: form, kind: kind) {
            let units = WordStream.units(of: variant.text)
            guard units.count >= 2 else { continue }
            words.insert(units, tag: wordEntries.count)
            wordEntries.append(WordEntry(factIndex: index, capitalOnly: variant.capitalOnly))
        }
    }

    /// Every place a protected fact appears in a text.
    /// - Parameter text: Text someone else wrote: a message, a profile field, OCR text, a file name.
    /// - Returns: Matches sorted by where they start; offsets are Unicode scalars of `text`, end exclusive.
    public func matches(in text: String) -> [FactMatch] {
        var found: [FactMatch] = []
        if !words.isEmpty { found += wordMatches(in: text) }
        guard !digits.isEmpty || !emails.isEmpty || !addresses.isEmpty else { return Self.outermost(found) }
        let standard = FoldedText(text, options: .standard)
        if !digits.isEmpty { found += phoneMatches(in: standard) }
        if !emails.isEmpty || !addresses.isEmpty {
            let tokens = TokenList.make(standard)
            if !emails.isEmpty { found += emailMatches(in: tokens) }
            if !addresses.isEmpty { found += addressMatches(in: AddressTokens.make(tokens)) }
        }
        return Self.outermost(found)
    }

    private func wordMatches(in text: String) -> [FactMatch] {
        let folded = FoldedText(text, options: WordStream.folding)
        let stream = WordStream.make(folded)
        var found: [FactMatch] = []
        words.forEachMatch(in: stream) { tag, range in
            let entry = wordEntries[tag]
            let span = stream.originalRange(range)
            if entry.capitalOnly, !folded.original[span.lowerBound].properties.isUppercase { return }
            found.append(
                FactMatch(
                    factIndex: entry.factIndex,
                    kind: kinds[entry.factIndex],
                    start: span.lowerBound,
                    end: span.upperBound
                )
            )
        }
        return found
    }

    private func phoneMatches(in text: FoldedText) -> [FactMatch] {
        let stream = DigitStream.make(text)
        var found: [FactMatch] = []
        digits.forEachMatch(in: stream) { tag, range in
            let index = phoneEntries[tag]
            let span = stream.originalRange(range)
            found.append(FactMatch(factIndex: index, kind: kinds[index], start: span.lowerBound, end: span.upperBound))
        }
        return found
    }

    private func emailMatches(in tokens: [TextToken]) -> [FactMatch] {
        EmailSpotter.candidates(in: tokens).flatMap { candidate in
            (emails[candidate.key] ?? []).map {
                FactMatch(factIndex: $0, kind: kinds[$0], start: candidate.start, end: candidate.end)
            }
        }
    }

    private func addressMatches(in tokens: [AddressToken]) -> [FactMatch] {
        var found: [FactMatch] = []
        for index in tokens.indices {
            guard let patterns = addresses[tokens[index].canonical] else { continue }
            for pattern in patterns {
                guard let span = pattern.match(in: tokens, at: index) else { continue }
                found.append(
                    FactMatch(
                        factIndex: pattern.factIndex,
                        kind: kinds[pattern.factIndex],
                        start: span.lowerBound,
                        end: span.upperBound
                    )
                )
            }
        }
        return found
    }

    /// Keeps, for each fact, only matches not inside a longer match of the same fact.
    static func outermost(_ matches: [FactMatch]) -> [FactMatch] {
        let sorted = matches.sorted { ($0.start, -$0.end, $0.factIndex) < ($1.start, -$1.end, $1.factIndex) }
        var kept: [FactMatch] = []
        var reach: [Int: Int] = [:]
        for match in sorted {
            if let end = reach[match.factIndex], match.end <= end { continue }
            kept.append(match)
            reach[match.factIndex] = max(reach[match.factIndex] ?? 0, match.end)
        }
        return kept
    }
}

extension FactMatcher: CustomStringConvertible {
    /// How many facts there are, never their values.
    public var description: String { "FactMatcher(\(kinds.count) facts)" }
}
