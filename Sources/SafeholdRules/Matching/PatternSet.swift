/// Patterns indexed by the words they can begin with, so that each word of a message is tried only against
/// the few patterns that could start there.
struct PatternSet: Sendable {
    private(set) var patterns: [[PatternNode]] = []
    private var index = FirstWordIndex()

    /// Adds a pattern and returns its number.
    /// - Throws: When the pattern could begin with a gap or match no word at all.
    @discardableResult
    mutating func add(_ nodes: [PatternNode]) throws(PatternSyntaxError) -> Int {
        let first = try PatternNode.firstKeys(of: nodes[...])
        guard !first.nullable else { throw PatternSyntaxError(message: "a pattern must match at least one word") }
        let number = patterns.count
        patterns.append(nodes)
        index.add(number, keys: first.keys)
        return number
    }

    /// The patterns that could begin at a word, each once, in the order they were added.
    func candidates(for word: String) -> [Int] { index.candidates(for: word) }
}

/// Where one pattern matched, in token positions, end exclusive.
struct PatternHit: Sendable {
    var pattern: Int
    var tokens: Range<Int>
}

/// Runs a pattern set over a message's tokens.
///
/// Every step either consumes a word or moves to the next node, gaps are bounded and nothing repeats, so
/// the work at one position is bounded by the pattern's size; a step budget caps even that.
struct PatternMatcher {
    let tokens: [Token]
    let negators: Set<String>
    static let stepBudget = 4_000

    /// Every place a pattern of the set matches, at most one hit per pattern and start.
    func hits(of set: PatternSet) -> [PatternHit] {
        var hits: [PatternHit] = []
        for start in tokens.indices {
            for number in set.candidates(for: tokens[start].text) {
                var budget = PatternMatcher.stepBudget
                if let end = match(set.patterns[number][...], at: start, clause: tokens[start].clause, budget: &budget)
                {
                    hits.append(PatternHit(pattern: number, tokens: start..<end))
                }
            }
        }
        return hits
    }

    private func match(
        _ nodes: ArraySlice<PatternNode>,
        at position: Int,
        clause: Int,
        budget: inout Int,
        then: (Int, inout Int) -> Int? = { end, _ in end }
    ) -> Int? {
        budget -= 1
        guard budget > 0 else { return nil }
        guard let node = nodes.first else { return then(position, &budget) }
        let rest = nodes.dropFirst()
        switch node {
        case .word(let word):
            guard accepts(position, clause: clause), tokens[position].text == word else { return nil }
            return match(rest, at: position + 1, clause: clause, budget: &budget, then: then)
        case .stem(let stem):
            guard accepts(position, clause: clause), tokens[position].text.hasPrefix(stem) else { return nil }
            return match(rest, at: position + 1, clause: clause, budget: &budget, then: then)
        case .phraseStart:
            guard position == 0 || position >= tokens.count || tokens[position - 1].phrase != tokens[position].phrase
            else { return nil }
            return match(rest, at: position, clause: clause, budget: &budget, then: then)
        case .phraseEnd:
            guard position >= tokens.count || position == 0 || tokens[position - 1].phrase != tokens[position].phrase
            else { return nil }
            return match(rest, at: position, clause: clause, budget: &budget, then: then)
        case .gap(let most):
            return matchGap(most, rest, at: position, clause: clause, budget: &budget, then: then)
        case .choice(let choice):
            let word = accepts(position, clause: clause) ? tokens[position].text : nil
            for number in choice.index.candidates(for: word) {
                let end = match(choice.alternatives[number][...], at: position, clause: clause, budget: &budget) {
                    next, budget in
                    match(rest, at: next, clause: clause, budget: &budget, then: then)
                }
                if let end { return end }
            }
            return nil
        }
    }

    private func matchGap(
        _ most: Int,
        _ rest: ArraySlice<PatternNode>,
        at position: Int,
        clause: Int,
        budget: inout Int,
        then: (Int, inout Int) -> Int?
    ) -> Int? {
        var skipped = 0
        while true {
            if let end = match(rest, at: position + skipped, clause: clause, budget: &budget, then: then) {
                return end
            }
            guard skipped < most, accepts(position + skipped, clause: clause),
                !negators.contains(tokens[position + skipped].text)
            else { return nil }
            skipped += 1
        }
    }

    private func accepts(_ position: Int, clause: Int) -> Bool {
        position < tokens.count && tokens[position].clause == clause
    }
}
