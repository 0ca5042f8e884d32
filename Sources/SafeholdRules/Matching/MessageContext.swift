/// What surrounds a match in its message: negation, quoting, jokes, counter-speech and the markers some
/// patterns need. Decides whether a hit stands and how much context lowers it.
struct MessageContext {
    let tokens: [Token]
    let vocabulary: Vocabulary
    let joking: Bool
    private let markerHits: [String: [PatternHit]]
    private let counterSpeechClauses: Set<Int>
    private let counterSpeechAfterClauses: Set<Int>

    init(message: TokenizedMessage, language: CompiledLanguage) {
        tokens = message.tokens
        vocabulary = language.vocabulary
        let matcher = PatternMatcher(tokens: message.tokens, negators: language.vocabulary.negators)
        var hits: [String: [PatternHit]] = [:]
        for (name, set) in language.markers { hits[name] = matcher.hits(of: set) }
        markerHits = hits
        joking = message.jokeSignal || !(hits["joke"] ?? []).isEmpty
        func clauses(_ name: String) -> Set<Int> {
            Set((hits[name] ?? []).map { message.tokens[$0.tokens.lowerBound].clause })
        }
        let defiant = clauses("defiance")
        counterSpeechClauses = clauses("counter-speech").subtracting(defiant)
        counterSpeechAfterClauses = clauses("counter-speech-after").subtracting(defiant)
    }

    /// Whether the words just before a hit negate it ("I would never", "I don't").
    func isNegated(_ hit: PatternHit) -> Bool {
        var position = hit.tokens.lowerBound - 1
        var looked = 0
        let phrase = tokens[hit.tokens.lowerBound].phrase
        while position >= 0, looked < 4, tokens[position].phrase == phrase {
            let word = tokens[position].text
            if vocabulary.negators.contains(word) { return true }
            guard vocabulary.auxiliaries.contains(word) else { return false }
            position -= 1
            looked += 1
        }
        return false
    }

    /// Whether a known harmless phrase overlaps the hit ("shoot you a text", "find you a seat").
    func isException(_ hit: PatternHit) -> Bool {
        (markerHits["exceptions"] ?? []).contains { $0.tokens.overlaps(hit.tokens) }
    }

    /// Whether the hit's sentence speaks against the pattern ("saying … is a crime"), or the next sentence
    /// points back at it to do so ("That is illegal."), without defiance ("I don't care if it's illegal").
    func isCounterSpeech(_ hit: PatternHit) -> Bool {
        let clause = tokens[hit.tokens.lowerBound].clause
        return counterSpeechClauses.contains(clause) || counterSpeechAfterClauses.contains(clause + 1)
    }

    /// Whether a marker list the pattern needs matches somewhere outside the hit's own words.
    func hasMarkers(_ needs: [String], outside hit: PatternHit) -> Bool {
        needs.isEmpty
            || needs.contains { name in
                (markerHits[name] ?? []).contains { !$0.tokens.overlaps(hit.tokens) }
            }
    }

    /// Whether the hit is quoted, or reported as someone else's words ("he said …", "she texted me …").
    func isQuoted(_ hit: PatternHit) -> Bool {
        let start = hit.tokens.lowerBound
        if tokens[start].quoted { return true }
        let clause = tokens[start].clause
        var position = start - 1
        while position >= 0, start - position <= 12, tokens[position].clause == clause {
            if vocabulary.reportingVerbs.contains(tokens[position].text) {
                let before = position > 0 && tokens[position - 1].clause == clause ? tokens[position - 1].text : ""
                return !vocabulary.firstPerson.contains(before)
            }
            position -= 1
        }
        return false
    }
}
