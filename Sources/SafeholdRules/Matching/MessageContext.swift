/// What surrounds a match in its message: negation, quoting, jokes, counter-speech and the markers some
/// patterns need. Decides whether a hit stands and how much context lowers it.
struct MessageContext {
    let tokens: [Token]
    let vocabulary: Vocabulary
    let joking: Bool
    private let markerSpans: [String: MarkerSpans]
    private let exceptions: MarkerSpans
    private let counterSpeech: CounterSpeechReach
    /// Where a match may start to follow a denial of an opinion (``followsDenial(_:)``), found once per message so
    /// that many denials and many matches in one long message cost one pass, not one pass per match.
    private let deniedStarts: Set<Int>

    /// - Parameters:
    ///   - message: The message's words.
    ///   - language: The language whose markers were matched.
    ///   - hits: The hits of marker patterns, numbered as in the language's pattern set.
    init(message: TokenizedMessage, language: CompiledLanguage, markerHits: [PatternHit]) {
        tokens = message.tokens
        vocabulary = language.vocabulary
        var hits: [String: [PatternHit]] = [:]
        for hit in markerHits { hits[language.markerNames[hit.pattern - language.meta.count], default: []].append(hit) }
        markerSpans = hits.mapValues(MarkerSpans.init)
        exceptions = MarkerSpans(hits["exceptions"] ?? [])
        joking = message.jokeSignal || !(hits["joke"] ?? []).isEmpty
        counterSpeech = CounterSpeechReach(hits: hits.mapValues { $0.map(\.tokens) }, tokens: message.tokens)
        deniedStarts = Self.deniedStarts(hits["negated"] ?? [], message.tokens, language.vocabulary)
    }

    /// Whether the words just before a hit negate it ("I would never", "I don't"), or deny having said
    /// it ("I never said …").
    func isNegated(_ hit: PatternHit) -> Bool {
        var position = hit.tokens.lowerBound - 1
        var looked = 0
        let phrase = tokens[hit.tokens.lowerBound].phrase
        while position >= 0, looked < 4, tokens[position].phrase == phrase {
            let word = tokens[position].text
            if vocabulary.negators.contains(word) { return true }
            guard vocabulary.auxiliaries.contains(word) else {
                return vocabulary.reportingVerbs.contains(word) && isNegatedVerb(at: position, phrase: phrase)
            }
            position -= 1
            looked += 1
        }
        return false
    }

    /// Whether a denial of an opinion ends on the hit's first word or just before it, in the same sentence:
    /// "nobody thinks *you're a bad mum*", "I don't think *you are stupid*", "it's not true that *you are a
    /// failure*". Not in a sentence with a condition ("nobody would call you a bad mum if you stayed home" promises
    /// the opinion otherwise), nor when the denial is itself denied ("don't say nobody thinks you're a failure").
    func followsDenial(_ hit: PatternHit) -> Bool {
        deniedStarts.contains(hit.tokens.lowerBound)
    }

    /// The positions from each denial's second word to the word after it, for the denials that deny (see
    /// ``followsDenial(_:)``).
    private static func deniedStarts(_ denials: [PatternHit], _ tokens: [Token], _ vocabulary: Vocabulary) -> Set<Int> {
        guard !denials.isEmpty else { return [] }
        let conditional = PartnerAbuseRules.sentencesWithCondition(tokens)
        var result: Set<Int> = []
        for denial in denials.map(\.tokens) {
            let clause = tokens[denial.lowerBound].clause
            guard !conditional.contains(clause), !PartnerAbuseRules.isDeniedItself(denial, tokens, vocabulary) else {
                continue
            }
            for position in (denial.lowerBound + 1)...denial.upperBound
            where position < tokens.count && tokens[position].clause == clause {
                result.insert(position)
            }
        }
        return result
    }

    private func isNegatedVerb(at verb: Int, phrase: Int) -> Bool {
        var position = verb - 1
        while position >= 0, verb - position <= 2, tokens[position].phrase == phrase {
            if vocabulary.negators.contains(tokens[position].text) { return true }
            position -= 1
        }
        return false
    }

    /// Whether a known harmless phrase overlaps the hit ("shoot you a text", "find you a seat"). A phrase with the
    /// hit's own words on both sides of it does not count: the pattern spelled those words out itself ("come home if
    /// you want to see them" holds the harmless "if you want").
    func isException(_ hit: PatternHit) -> Bool {
        exceptions.overlapsReachingOut(of: hit.tokens)
    }

    /// Whether the hit's sentence speaks against the pattern where the hit stands ("saying … is a crime"), or the
    /// next sentence points back at it to do so ("That is illegal."), without defiance ("I don't care if it's
    /// illegal"): see ``CounterSpeechReach``.
    func isCounterSpeech(_ hit: PatternHit) -> Bool {
        counterSpeech.covers(hit.tokens.lowerBound)
    }

    /// Whether a marker list the pattern needs matches somewhere outside the hit's own words.
    func hasMarkers(_ needs: [String], outside hit: PatternHit) -> Bool {
        needs.isEmpty || needs.contains { markerSpans[$0]?.hasOne(outside: hit.tokens) == true }
    }

    /// Whether a marker list matches in the sentence just before the hit's, starting there.
    func hasMarkers(_ names: [String], inSentenceBefore hit: PatternHit) -> Bool {
        let clause = tokens[hit.tokens.lowerBound].clause
        return names.isEmpty
            || names.contains { name in
                markerSpans[name]?.contains { tokens[$0.lowerBound].clause == clause - 1 } == true
            }
    }

    /// Whether none of the marker lists matches anywhere in the message.
    func lacksMarkers(_ names: [String]) -> Bool {
        names.allSatisfy { markerSpans[$0] == nil }
    }

    /// Whether the hit is quoted, or reported as someone else's words ("he said …", "she texted me …"). A report
    /// does not reach past "or" ("stop saying no or I will hurt you"), nor past a phrase that judges what was said
    /// ("Saying that is sexist, so I'm coming to hurt you").
    func isQuoted(_ hit: PatternHit) -> Bool {
        let start = hit.tokens.lowerBound
        if tokens[start].quoted { return true }
        let clause = tokens[start].clause
        var position = start - 1
        while position >= 0, start - position <= 12, tokens[position].clause == clause {
            // An ultimatum's second half is the sender's own ("stop saying no or I will hurt you").
            if Self.ultimatumWords.contains(tokens[position].text) { return false }
            if vocabulary.reportingVerbs.contains(tokens[position].text), !isOrderOrQuestion(at: position),
                !isPlainGoing(at: position, before: start), !isClosedBefore(verb: position, hit: start),
                !isAside(at: position)
            {
                return !vocabulary.firstPerson.contains(subject(ofReportingVerb: position))
            }
            position -= 1
        }
        return false
    }

    /// The word before a reporting verb, or for a verb in "-ing" the word before its helpers and a denial ("I'm
    /// saying", "I'm not saying", "we keep saying"), so that the sender's words about their own words are not
    /// read as someone else's. A passive ("I was told …") keeps its helper as the word before: what follows is a
    /// report of another's words.
    private func subject(ofReportingVerb verb: Int) -> String {
        let clause = tokens[verb].clause
        var position = verb - 1
        if tokens[verb].text.hasSuffix("ing") {
            while position >= 0, verb - position <= 3, tokens[position].clause == clause,
                vocabulary.auxiliaries.contains(tokens[position].text)
                    || vocabulary.negators.contains(tokens[position].text)
                    || Self.progressiveHelpers.contains(tokens[position].text)
            {
                position -= 1
            }
        }
        return position >= 0 && tokens[position].clause == clause ? tokens[position].text : ""
    }

    private static let progressiveHelpers: Set<String> = ["keep", "keeps", "kept"]

    /// A reporting verb that opens its phrase as the subject of a judgement ("Saying that is sexist, so I'm coming to
    /// hurt you") reports nothing after that phrase: what was said is inside it. "he said, I will kill you" and "posts
    /// saying they want to hit, rape …" still report what follows.
    private func isClosedBefore(verb: Int, hit: Int) -> Bool {
        let phrase = tokens[verb].phrase
        guard tokens[hit].phrase != phrase, verb == 0 || tokens[verb - 1].phrase != phrase,
            tokens[verb].text.hasSuffix("ing")
        else { return false }
        var position = verb + 1
        while position < hit, tokens[position].phrase == phrase {
            if Self.copulas.contains(tokens[position].text) { return true }
            position += 1
        }
        return false
    }

    private static let copulas: Set<String> = ["is", "was", "are", "were"]

    /// "Not a threat, just saying: accidents happen": a reporting verb alone in its phrase, ending in "ing", is the
    /// sender's aside about their own words, which follow.
    private func isAside(at verb: Int) -> Bool {
        let phrase = tokens[verb].phrase
        return tokens[verb].text.hasSuffix("ing") && (verb == 0 || tokens[verb - 1].phrase != phrase)
            && (verb + 1 == tokens.count || tokens[verb + 1].phrase != phrase)
    }

    /// "say" that reports no one's words: an order at the start of a phrase ("say sorry or I break your face"), or a
    /// question after a modal ("what would your parents say if they knew you were gay").
    private func isOrderOrQuestion(at verb: Int) -> Bool {
        guard tokens[verb].text == "say" else { return false }
        let phrase = tokens[verb].phrase
        if verb == 0 || tokens[verb - 1].phrase != phrase { return true }
        var position = verb - 1
        while position >= 0, verb - position <= 3, tokens[position].phrase == phrase {
            if Self.modals.contains(tokens[position].text) { return true }
            position -= 1
        }
        return false
    }

    /// Words after which what follows is a consequence the sender sets, not words reported before them.
    private static let ultimatumWords: Set<String> = ["or", "otherwise"]

    private static let modals: Set<String> = ["would", "will", "might", "could", "should", "can", "may"]

    /// "goes" and "went" that report no one's words: they quote only when the words follow at once ("and he goes I
    /// will kill you") or after the end of their phrase ("he went, I will kill you"). Otherwise something goes
    /// somewhere or somehow ("hope your trip goes well, I will kill you when you get back").
    private func isPlainGoing(at verb: Int, before start: Int) -> Bool {
        guard Self.goingVerbs.contains(tokens[verb].text), verb + 1 < start else { return false }
        return tokens[verb + 1].phrase == tokens[verb].phrase
    }

    private static let goingVerbs: Set<String> = ["goes", "went"]
}

/// Which words a sentence that speaks against abuse covers. A `counter-speech` marker judges what came before it in
/// its sentence, to the end of its own phrase ("Saying women belong in the kitchen is sexist", "It is wrong to say
/// they are animals"), but not a later phrase, so that "saying that is racist, I will kill you" still threatens. A
/// `counter-speech-ahead` marker judges only what follows it in its phrase ("stop saying women are liars"), so
/// that "you know you want it, stop saying no" still harasses. A `counter-speech-after` marker at the start of the
/// next sentence ("That is illegal.") covers the whole sentence it points back at. A `counter-speech-quote` marker
/// covers only the words in quotation marks right after it ("threats like \"I'll break your legs\"", "if someone
/// texts you \"I'll kill you\"", "the word \"…\""), so that what follows the quote is read as written. A
/// `defiance` marker in the sentence undoes them all ("I don't care if it's illegal"). The rules and
/// ``PartnerAbuseRules/context(_:)`` read sentences the same way through this.
struct CounterSpeechReach {
    /// For each sentence that holds a `counter-speech` or `counter-speech-ahead` marker (and no defiance): the token
    /// positions each of its markers covers.
    private let reach: [Int: [ClosedRange<Int>]]
    private let pointedBack: Set<Int>
    /// The positions of the quoted words a `counter-speech-quote` marker introduces, which may run across sentence
    /// marks; a set, so that a long message of many quotes is looked up in constant time.
    private let quoted: Set<Int>
    private let tokens: [Token]

    /// The most words a `counter-speech-quote` marker covers: a quoted message, not a whole quoted conversation.
    static let quoteReach = 24

    /// - Parameters:
    ///   - hits: For each marker list, the token ranges where it matched.
    ///   - tokens: The message's words.
    init(hits: [String: [Range<Int>]], tokens: [Token]) {
        self.tokens = tokens
        let defiant = Set((hits["defiance"] ?? []).map { tokens[$0.lowerBound].clause })
        var reach: [Int: [ClosedRange<Int>]] = [:]
        for (list, ahead) in [("counter-speech", false), ("counter-speech-ahead", true)] {
            for marker in hits[list] ?? [] {
                let clause = tokens[marker.lowerBound].clause
                guard !defiant.contains(clause) else { continue }
                var last = marker.upperBound - 1
                let phrase = tokens[last].phrase
                while last + 1 < tokens.count, tokens[last + 1].phrase == phrase { last += 1 }
                var start = marker.lowerBound
                while !ahead, start > 0, tokens[start - 1].clause == clause { start -= 1 }
                reach[clause, default: []].append(start...last)
            }
        }
        self.reach = reach
        var quoted: Set<Int> = []
        for marker in hits["counter-speech-quote"] ?? [] {
            let first = marker.upperBound
            guard first < tokens.count, tokens[first].quoted, !tokens[marker.upperBound - 1].quoted,
                !defiant.contains(tokens[marker.lowerBound].clause)
            else { continue }
            var last = first
            while last + 1 < tokens.count, last + 1 - first < Self.quoteReach, tokens[last + 1].quoted { last += 1 }
            quoted.formUnion(first...last)
        }
        self.quoted = quoted
        pointedBack = Set((hits["counter-speech-after"] ?? []).map { tokens[$0.lowerBound].clause }).subtracting(
            defiant
        )
    }

    /// Whether the word at the position is inside a stretch that speaks against abuse.
    func covers(_ position: Int) -> Bool {
        let clause = tokens[position].clause
        if pointedBack.contains(clause + 1) { return true }
        if quoted.contains(position) { return true }
        return reach[clause]?.contains { $0.contains(position) } == true
    }
}

/// One marker list's matches, arranged so that each question about a hit takes logarithmic time at most,
/// however many matches a long message has.
struct MarkerSpans {
    /// Matches sorted by start.
    private let ranges: [Range<Int>]
    /// For each position in `ranges`, the furthest end among it and those before it.
    private let furthestEnd: [Int]
    private let earliestEnd: Int
    private let latestStart: Int

    init(_ hits: [PatternHit]) {
        ranges = hits.map(\.tokens).sorted { $0.lowerBound < $1.lowerBound }
        var furthest: [Int] = []
        furthest.reserveCapacity(ranges.count)
        for range in ranges { furthest.append(max(furthest.last ?? Int.min, range.upperBound)) }
        furthestEnd = furthest
        earliestEnd = ranges.map(\.upperBound).min() ?? Int.max
        latestStart = ranges.last?.lowerBound ?? Int.min
    }

    /// Whether some match satisfies the condition.
    func contains(where condition: (Range<Int>) -> Bool) -> Bool { ranges.contains(where: condition) }

    /// Whether some match lies wholly before or after the range.
    func hasOne(outside range: Range<Int>) -> Bool {
        earliestEnd <= range.lowerBound || latestStart >= range.upperBound
    }

    /// Whether some match shares a word with the range and reaches its first or last word or beyond: a match
    /// with words of the range on both sides of it does not count.
    func overlapsReachingOut(of range: Range<Int>) -> Bool {
        // Matches that start at or before the range's start reach out if they end inside it or later; any match
        // that starts before the range's end reaches out if it ends at the range's end or later.
        let startingBefore = count(startingBefore: range.lowerBound + 1)
        if startingBefore > 0, furthestEnd[startingBefore - 1] > range.lowerBound { return true }
        let startingInside = count(startingBefore: range.upperBound)
        return startingInside > 0 && furthestEnd[startingInside - 1] >= range.upperBound
    }

    /// How many matches start before the position.
    private func count(startingBefore position: Int) -> Int {
        ranges.firstPlace(in: ranges.indices) { $0.lowerBound < position }
    }
}
