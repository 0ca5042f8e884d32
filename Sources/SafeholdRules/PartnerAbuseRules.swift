public import Foundation
public import SafeholdText

/// Named patterns of intimate-partner abuse that generic toxicity models miss: surveillance, threats to
/// share intimate images, coercion, threats through children, pets or employers, self-harm used as
/// pressure, demands for contact.
///
/// The rules are data: one `rules-<language>.json` resource per language, each with its shorthand,
/// word lists, markers and patterns. The shipped rules are English; adding another language is adding
/// another file with the same rule identifiers. Every language's patterns run on every message, and
/// matches of the same rule are merged.
///
/// Context lowers or removes a match, never silently for a real threat:
/// - a negation right before the words ("I would never hurt you") removes it;
/// - counter-speech in the sentence or the next ("threatening to post nudes is a crime") removes it;
/// - quoting or reported speech ("he said 'I know where you live'") keeps it, marked ``RuleMatch/quoted``
///   and one step lower, because a report of a threat is still evidence;
/// - a joking tone ("lol", "jk", 😂, "if you spoil the finale") keeps it, marked ``RuleMatch/joking`` and
///   lowered by the rule's own amount (two steps for threats of violence, so never urgent); the words'
///   own severity stays in ``RuleMatch/baseSeverity`` for triage to use when the sender is a known abuser.
public struct PartnerAbuseRules: Sendable {
    private let languages: [CompiledLanguage]

    /// The version of the rules, for findings: each language and its file version, such as `en-2026.11.1`.
    public let version: String

    /// Every rule, in file order, the metadata rule ``NewAccountAfterBlock`` last.
    public let rules: [RuleInfo]

    /// Loads the rules shipped in this module's resources, compiled once and then shared (compiling takes tens
    /// of milliseconds, and the web app asks for them on every analysis).
    /// - Throws: ``RulesError`` when a shipped file is missing or does not compile (a packaging mistake).
    public static func shipped() throws -> PartnerAbuseRules {
        try shippedResult.get()
    }

    private static let shippedResult = Result { try PartnerAbuseRules(files: shippedFiles()) }

    /// The shipped rule files, by name, for tools and tests that add a language to them.
    /// - Throws: ``RulesError`` when the resources cannot be read.
    public static func shippedFiles() throws -> [(name: String, data: Data)] {
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw RulesError(file: "Resources", message: "the rules folder is missing from the module")
        }
        do {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasPrefix("rules-") && $0.hasSuffix(".json") }.sorted()
            return try names.map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) }
        } catch {
            throw RulesError(file: "Resources", message: "the rule files could not be read (\(error))")
        }
    }

    /// Compiles rule files.
    /// - Parameter files: Each file's name (for errors) and its JSON bytes.
    /// - Throws: ``RulesError`` naming the file, rule and pattern that does not compile.
    public init(files: [(name: String, data: Data)]) throws {
        var languages: [CompiledLanguage] = []
        for (name, data) in files {
            let file: RuleFile
            do {
                file = try JSONDecoder().decode(RuleFile.self, from: data)
            } catch {
                throw RulesError(file: name, message: "it is not a valid rule file (\(error))")
            }
            languages.append(try CompiledLanguage(file, name: name))
        }
        self.languages = languages
        version = languages.map { "\($0.language)-\($0.version)" }.joined(separator: "+")
        var seen: Set<RuleID> = []
        var infos: [RuleInfo] = []
        for rule in languages.flatMap(\.rules) where seen.insert(rule.info.id).inserted { infos.append(rule.info) }
        rules = infos + [NewAccountAfterBlock.info]
    }

    /// The rules that fire on a message, most severe first.
    ///
    /// One pass over the text per language: folding, tokenizing, then each word tried against the patterns
    /// indexed under it. Time grows linearly with the length of the text.
    /// - Parameter text: A message someone else wrote.
    /// - Returns: One match per rule that fired, with every passage that made it fire.
    public func evaluate(_ text: String) -> [RuleMatch] {
        evaluate(text, skippingWithoutAnchors: true)
    }

    /// ``evaluate(_:)``, with the shortcut that skips messages holding none of the words every rule needs
    /// turned on or off; the answer is the same either way (tests and tools check this).
    public func evaluate(_ text: String, skippingWithoutAnchors: Bool) -> [RuleMatch] {
        evaluate(folded: FoldedText(text, options: .aggressive), skippingWithoutAnchors: skippingWithoutAnchors)
    }

    /// ``evaluate(_:)`` on text already folded with `TextFolding.aggressive`, for callers that fold once for
    /// several analyzers.
    public func evaluate(folded: FoldedText, skippingWithoutAnchors: Bool = true) -> [RuleMatch] {
        evaluate(read(folded: folded), skippingWithoutAnchors: skippingWithoutAnchors)
    }

    /// Reads a text into each language's words once, for ``evaluate(_:skippingWithoutAnchors:)`` and
    /// ``context(_:)`` to share.
    /// - Parameter folded: The text folded with `TextFolding.aggressive`.
    public func read(folded: FoldedText) -> RulesReading {
        RulesReading(folded: folded, messages: languages.map { $0.tokenize(folded) })
    }

    /// ``evaluate(_:)`` on a text already read.
    public func evaluate(_ reading: RulesReading, skippingWithoutAnchors: Bool = true) -> [RuleMatch] {
        var byRule: [RuleID: RuleMatch] = [:]
        var order: [RuleID] = []
        for (language, message) in zip(languages, reading.messages) {
            var found = evaluate(message, reading.folded, in: language, skipping: skippingWithoutAnchors)
            // Someone else's words, reported ("he said he would kill me"), read back as said to the writer ("I will
            // kill you"): what matches there is kept only as reported, since the report is around it.
            if let said = language.reportedSpeech?.asSaid(message) {
                found += evaluate(said, reading.folded, in: language, skipping: skippingWithoutAnchors).filter(\.quoted)
            }
            for match in found {
                if let existing = byRule[match.ruleID] {
                    byRule[match.ruleID] = existing.merged(with: match)
                } else {
                    byRule[match.ruleID] = match
                    order.append(match.ruleID)
                }
            }
        }
        return order.compactMap { byRule[$0] }.enumerated()
            .sorted { ($0.element.severity, -$0.offset) > ($1.element.severity, -$1.offset) }.map(\.element)
    }

    /// Where the text uses a harm word in an everyday phrase the rules know ("killed it at the gym", "this is
    /// killing me", "shoot you a text"), as spans of the original text. Every language's list is used.
    /// - Parameter folded: The text folded with `TextFolding.aggressive`.
    public func everydayPhrases(folded: FoldedText) -> [ScalarSpan] {
        context(read(folded: folded)).everyday
    }

    /// The parts of a text whose harmful words the rules read as not meant: everyday phrases, and sentences
    /// that speak against abuse rather than commit it ("threatening to post nudes is a crime"), in the
    /// sentence itself or in the next one ("That is illegal."), unless defiance undoes it ("I don't care if
    /// it's illegal"). The same reading the rules give their own matches, for other analyzers to use. Also the
    /// words the text reports ("he told me I was …") or names as what not to say ("calling someone a …")
    /// rather than says.
    /// - Parameter reading: The text, read with ``read(folded:)``.
    public func context(_ reading: RulesReading) -> TextContext {
        let folded = reading.folded
        var result = TextContext(everyday: [], counterSpeech: [])
        for (language, message) in zip(languages, reading.messages) {
            guard !message.tokens.isEmpty else { continue }
            let matcher = PatternMatcher(tokens: message.tokens, negators: language.vocabulary.negators)
            // As for the rules: when the words admit only a few markers, those few alone; they give the same hits
            // as the whole set, and what is read from them does not depend on their order.
            let hits: [PatternHit]
            if let admitted = language.contextAnchors.admitted(message.tokens, limit: Self.mostTriedAlone) {
                hits = admitted.flatMap { number in
                    matcher.hits(of: language.contextSingles[number]).map {
                        PatternHit(pattern: number, tokens: $0.tokens)
                    }
                }
            } else {
                hits = matcher.hits(of: language.context)
            }
            var counterHits: [String: [Range<Int>]] = [:]
            // Where a phrase begins with a group of people as its subject, by token.
            var groupSubjects: [Int] = []
            var conditionalSentences: Set<Int>?
            for hit in hits {
                let marker = language.contextNames[hit.pattern]
                switch marker {
                case "group-sentence":
                    groupSubjects.append(hit.tokens.lowerBound)
                case "exceptions":
                    result.everyday.append(Self.originalSpan(of: hit.tokens, in: message, folded: folded))
                case "self-talk":
                    // The insult words themselves are usually ones the rules skip ("stupid"), so the phrase
                    // reaches to its end rather than to the marker's last word; when the marker ends the text
                    // ("What an idiot I am"), its own words are the phrase.
                    let rest = Self.restOfPhrase(after: hit.tokens, in: message.tokens, length: folded.scalars.count)
                    let end = rest?.upperBound ?? message.tokens[hit.tokens.upperBound - 1].range.upperBound
                    let original = folded.originalRange(
                        of: message.tokens[hit.tokens.lowerBound].range.lowerBound..<end
                    )
                    result.selfTalk.append(ScalarSpan(start: original.lowerBound, end: original.upperBound))
                case "reported", "mention":
                    if let rest = Self.restOfPhrase(
                        after: hit.tokens,
                        in: message.tokens,
                        length: folded.scalars.count
                    ) {
                        // A mention's own words judge what follows rather than say it ("it is ignorant to say …",
                        // "calling … is hateful"), so they are part of it; a report's ("he called me") are not
                        // needed, since the reported words follow them.
                        let words =
                            marker == "mention"
                            ? message.tokens[hit.tokens.lowerBound].range.lowerBound..<rest.upperBound : rest
                        let original = folded.originalRange(of: words)
                        result.reported.append(ScalarSpan(start: original.lowerBound, end: original.upperBound))
                    }
                case "negated":
                    // Sentences with a condition, found once per message so that many denials in one long
                    // sentence cost one pass, not one pass each.
                    let conditional = conditionalSentences ?? Self.sentencesWithCondition(message.tokens)
                    conditionalSentences = conditional
                    let vocabulary = language.vocabulary
                    if !conditional.contains(message.tokens[hit.tokens.lowerBound].clause),
                        let words = Self.denial(hit.tokens, in: message.tokens, vocabulary: vocabulary, folded: folded)
                    {
                        let original = folded.originalRange(of: words)
                        result.negated.append(ScalarSpan(start: original.lowerBound, end: original.upperBound))
                    }
                default:
                    counterHits[marker, default: []].append(hit.tokens)
                }
            }
            let counterSpeech = CounterSpeechReach(hits: counterHits, tokens: message.tokens)
            for words in Self.runs(in: message.tokens, where: counterSpeech.covers) {
                result.counterSpeech.append(Self.originalSpan(of: words, in: message, folded: folded))
            }
            // From the group's name to the next sentence's first word, not this one's last: words the rules skip
            // ("stupid") are not tokens, and may end the sentence. What comes before the name in the same sentence
            // ("You are an idiot, Muslims are fine") is not said of the group.
            var reached = -1
            for start in groupSubjects.sorted() where start > reached {
                let clause = message.tokens[start].clause
                var next = start + 1
                while next < message.tokens.count, message.tokens[next].clause == clause { next += 1 }
                reached = next - 1
                let end = next < message.tokens.count ? message.tokens[next].range.lowerBound : folded.scalars.count
                let original = folded.originalRange(of: message.tokens[start].range.lowerBound..<end)
                result.aboutAGroup.append(ScalarSpan(start: original.lowerBound, end: original.upperBound))
            }
            // Words quoted inside a sentence that speaks against abuse are mentioned, not said ("\"Gay people are
            // disgusting\" is a horrible thing to say"): like reported words, they carry no insult either.
            let mentioned = Self.runs(in: message.tokens) { message.tokens[$0].quoted && counterSpeech.covers($0) }
            for words in mentioned {
                result.reported.append(Self.originalSpan(of: words, in: message, folded: folded))
            }
        }
        result.everyday = ScalarSpan.merge(result.everyday)
        result.counterSpeech = ScalarSpan.merge(result.counterSpeech)
        result.reported = ScalarSpan.merge(result.reported)
        result.negated = ScalarSpan.merge(result.negated)
        result.aboutAGroup = ScalarSpan.merge(result.aboutAGroup)
        result.selfTalk = ScalarSpan.merge(result.selfTalk)
        return result
    }

    /// The runs of adjacent tokens, each inside one sentence, at whose positions `include` holds.
    static func runs(in tokens: [Token], where include: (Int) -> Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var run: Range<Int>?
        for position in tokens.indices {
            guard include(position) else {
                if let current = run { result.append(current) }
                run = nil
                continue
            }
            if let current = run, tokens[current.lowerBound].clause == tokens[position].clause {
                run = current.lowerBound..<(position + 1)
            } else {
                if let current = run { result.append(current) }
                run = position..<(position + 1)
            }
        }
        if let current = run { result.append(current) }
        return result
    }

    /// The longest a denial runs after its marker, in words: "you are not *a total moron*".
    static let denialReach = 3

    /// A denial marker's words and the few after it that it denies ("you are not a moron", "I don't think you
    /// are stupid"), in folded offsets: up to ``denialReach`` words, within the phrase, and never past a word
    /// that starts a new claim ("you are not a moron but an idiot"). Words the rules drop ("stupid") count as
    /// denied when they stand before the first word that is not, or, within reach, before the phrase's end. Nil
    /// when the denial is of a doing ("you are not trying") or is itself denied. A denial with a condition in its
    /// sentence ("I won't hurt you if you come back") is no denial either; callers leave those out
    /// (``sentencesWithCondition(_:)``).
    static func denial(_ hit: Range<Int>, in tokens: [Token], vocabulary: Vocabulary, folded: FoldedText)
        -> Range<Int>?
    {
        guard !deniesADoing(hit, tokens), !isDeniedItself(hit, tokens, vocabulary) else { return nil }
        let phrase = tokens[hit.upperBound - 1].phrase
        var end = hit.upperBound
        while end < tokens.count, end - hit.upperBound < denialReach, tokens[end].phrase == phrase,
            !denialEnders.contains(tokens[end].text), !vocabulary.negators.contains(tokens[end].text)
        {
            end += 1
        }
        let start = tokens[hit.lowerBound].range.lowerBound
        // Out of reach: the denial ends with its last word, so a word after it ("not a total moron, bitch") is not
        // denied.
        if end - hit.upperBound == denialReach { return start..<tokens[end - 1].range.upperBound }
        if end < tokens.count, tokens[end].phrase == phrase { return start..<tokens[end].range.lowerBound }
        // To the end of the phrase: the first comma or sentence mark after the last denied word, or the text's end.
        let scalars = folded.scalars
        var stop = tokens[end - 1].range.upperBound
        let limit = end < tokens.count ? tokens[end].range.lowerBound : scalars.count
        while stop < limit, !",.!?;:\n".unicodeScalars.contains(scalars[stop]) { stop += 1 }
        return start..<stop
    }

    /// "you're not trying hard enough, bitch": what is denied is a doing, not what the person is.
    private static func deniesADoing(_ hit: Range<Int>, _ tokens: [Token]) -> Bool {
        guard hit.upperBound < tokens.count, tokens[hit.upperBound].phrase == tokens[hit.upperBound - 1].phrase else {
            return false
        }
        let next = tokens[hit.upperBound].text
        return next.count > 4 && next.hasSuffix("ing")
    }

    /// "don't think I won't hurt you": a negated verb of thinking or saying in the four words before the denial
    /// undoes it. A denial just before ("you are not stupid you are not ugly") does not.
    static func isDeniedItself(_ hit: Range<Int>, _ tokens: [Token], _ vocabulary: Vocabulary) -> Bool {
        let phrase = tokens[hit.lowerBound].phrase
        var before = hit.lowerBound - 1
        while before >= 0, hit.lowerBound - before <= 4, tokens[before].phrase == phrase {
            if denialOpinions.contains(tokens[before].text) {
                var earlier = before - 1
                while earlier >= 0, before - earlier <= 2, tokens[earlier].phrase == phrase {
                    if vocabulary.negators.contains(tokens[earlier].text) { return true }
                    earlier -= 1
                }
            }
            before -= 1
        }
        return false
    }

    /// Verbs of thinking or saying, which carry a negation before them on to what follows.
    static let denialOpinions: Set<String> = [
        "think", "believe", "say", "said", "mean", "guess", "suppose", "expect", "imagine", "assume", "tell", "told",
    ]

    /// The sentences that hold a condition ("I won't hurt you *if* you come back"), which promises what a denial
    /// in them leaves out.
    static func sentencesWithCondition(_ tokens: [Token]) -> Set<Int> {
        Set(tokens.lazy.filter { denialConditions.contains($0.text) }.map(\.clause))
    }

    /// Words that make a denial a condition: "I won't hurt you if you come back" promises harm otherwise.
    static let denialConditions: Set<String> = ["if", "unless", "until", "otherwise", "else"]

    /// Words after which a denial no longer reaches: they start a new claim.
    static let denialEnders: Set<String> = [
        "but", "and", "or", "yet", "because", "you", "instead", "rather", "than", "though", "although",
    ]

    /// The longest a reported or mentioned passage runs after its marker, in words: far enough for "he told me
    /// I was worthless and nobody would want me", and not so far that a whole message counts as reported.
    static let reportedReach = 12

    /// The folded text after a marker hit, to the end of its phrase (a comma or sentence mark ends it) or
    /// ``reportedReach`` words on. It runs from the end of the hit's last word to the start of the next
    /// phrase's first, so words the rules drop ("stupid") are inside it too.
    static func restOfPhrase(after hit: Range<Int>, in tokens: [Token], length: Int) -> Range<Int>? {
        let last = tokens[hit.upperBound - 1]
        var end = hit.upperBound
        while end < tokens.count, end - hit.upperBound < reportedReach, tokens[end].phrase == last.phrase { end += 1 }
        let stop =
            end == tokens.count
            ? length
            : tokens[end].phrase == last.phrase ? tokens[end - 1].range.upperBound : tokens[end].range.lowerBound
        return last.range.upperBound < stop ? last.range.upperBound..<stop : nil
    }

    /// A run of tokens (a hit's, or a sentence's), in scalars of the original text.
    private static func originalSpan(of tokens: Range<Int>, in message: TokenizedMessage, folded: FoldedText)
        -> ScalarSpan
    {
        let words =
            message.tokens[tokens.lowerBound].range.lowerBound..<message.tokens[tokens.upperBound - 1].range.upperBound
        let original = folded.originalRange(of: words)
        return ScalarSpan(start: original.lowerBound, end: original.upperBound)
    }

    /// The most patterns a message's words may admit for them to be tried one by one before the whole set; above
    /// it, the shared walk of the whole set is quicker.
    static let mostTriedAlone = 32

    private func evaluate(
        _ message: TokenizedMessage,
        _ folded: FoldedText,
        in language: CompiledLanguage,
        skipping: Bool
    ) -> [RuleMatch] {
        guard !message.tokens.isEmpty else { return [] }
        let matcher = PatternMatcher(tokens: message.tokens, negators: language.vocabulary.negators)
        let ruleHits: [PatternHit]
        let markerHits: [PatternHit]
        // Most messages that hold a pattern's words still match no pattern. When the words admit only a few
        // patterns, those few alone give the hits of every rule pattern that can fire (the anchors leave out only
        // patterns that cannot: their words are not there in order, or a marker they need is missing), and the
        // markers that weigh a match are looked for only when one does. Nil: more than a few, so the whole
        // set runs. The answer is the same either way; what a rule does with its hits does not depend on their
        // order.
        if skipping, let admitted = language.anchors.admitted(message.tokens, limit: Self.mostTriedAlone) {
            ruleHits = admitted.flatMap { number in
                matcher.hits(of: language.singles[number]).map { PatternHit(pattern: number, tokens: $0.tokens) }
            }
            guard !ruleHits.isEmpty else { return [] }
            let first = language.meta.count
            markerHits = matcher.hits(of: language.markers).map {
                PatternHit(pattern: first + $0.pattern, tokens: $0.tokens)
            }
        } else {
            let hits = matcher.hits(of: language.patterns)
            ruleHits = hits.filter { $0.pattern < language.meta.count }
            markerHits = hits.filter { $0.pattern >= language.meta.count }
        }
        let context = MessageContext(message: message, language: language, markerHits: markerHits)
        let kept = ruleHits.filter { hit in
            let meta = language.meta[hit.pattern]
            let rule = language.rules[meta.rule]
            return !context.isNegated(hit) && !(rule.deniable && context.followsDenial(hit))
                && !context.isException(hit) && !context.isCounterSpeech(hit)
                && context.hasMarkers(meta.needs, outside: hit) && context.lacksMarkers(meta.unless)
                && context.hasMarkers(meta.needsBefore, inSentenceBefore: hit)
        }
        // The sentences each group that asks to be said more than once was said in.
        var sentences: [Int: Set<Int>] = [:]
        for hit in kept where language.meta[hit.pattern].times > 1 {
            sentences[language.meta[hit.pattern].group, default: []].insert(
                message.tokens[hit.tokens.lowerBound].clause
            )
        }
        var byRule: [Int: RuleMatch] = [:]
        for hit in kept {
            let meta = language.meta[hit.pattern]
            let rule = language.rules[meta.rule]
            guard meta.times == 1 || sentences[meta.group, default: []].count >= meta.times else { continue }
            var match =
                byRule[meta.rule] ?? RuleMatch(ruleID: rule.info.id, severity: .low, baseSeverity: .low, spans: [])
            match.add(
                Self.originalSpan(of: hit.tokens, in: message, folded: folded),
                severity: meta.severity,
                quoted: context.isQuoted(hit),
                joking: context.joking,
                jokeDowngrade: rule.jokeDowngrade,
                first: byRule[meta.rule] == nil
            )
            byRule[meta.rule] = match
        }
        return byRule.keys.sorted().compactMap { number in
            byRule[number].map { match in
                var merged = match
                merged.spans = ScalarSpan.merge(match.spans)
                return merged
            }
        }
    }
}

extension RuleMatch {
    /// Adds one passage: severity lowered one step when quoted and by the rule's amount when joking; the
    /// flags stay true only while every passage has them.
    mutating func add(
        _ span: ScalarSpan,
        severity words: RuleSeverity,
        quoted: Bool,
        joking: Bool,
        jokeDowngrade: Int,
        first: Bool
    ) {
        let lowered = (quoted ? 1 : 0) + (joking ? jokeDowngrade : 0)
        severity = max(severity, words.lowered(by: lowered))
        baseSeverity = max(baseSeverity, words)
        spans.append(span)
        self.quoted = (first || self.quoted) && quoted
        self.joking = (first || self.joking) && joking
    }

    /// Two matches of the same rule as one: the higher severities, every span, and flags that hold only
    /// when they hold for both.
    func merged(with other: RuleMatch) -> RuleMatch {
        var result = self
        result.severity = max(severity, other.severity)
        result.baseSeverity = max(baseSeverity, other.baseSeverity)
        result.spans = ScalarSpan.merge(spans + other.spans)
        result.quoted = quoted && other.quoted
        result.joking = joking && other.joking
        return result
    }
}

extension ScalarSpan {
    /// Spans sorted, with overlapping or touching spans joined.
    static func merge(_ spans: [ScalarSpan]) -> [ScalarSpan] {
        var merged: [ScalarSpan] = []
        for span in spans.sorted() {
            if let last = merged.last, span.start <= last.end {
                merged[merged.count - 1].end = max(last.end, span.end)
            } else {
                merged.append(span)
            }
        }
        return merged
    }
}
