import SafeholdText

/// One language's rule file, compiled and indexed.
final class CompiledLanguage: Sendable {
    struct Rule: Sendable {
        var info: RuleInfo
        var jokeDowngrade: Int
        /// Whether a denial of the opinion just before a match takes it back (``RuleEntry/deniable``).
        var deniable: Bool
    }

    struct PatternMeta: Sendable {
        var rule: Int
        /// The pattern's group, numbered across the file, and how many sentences its hits must reach
        /// (``PatternGroup/times``).
        var group: Int
        var times: Int
        var severity: RuleSeverity
        var needs: [String]
        var needsBefore: [String]
        var unless: [String]
    }

    let language: String
    let version: String
    let vocabulary: Vocabulary
    let rules: [Rule]
    /// Rule patterns first (numbered as in ``meta``), then every marker pattern, so one walk finds both.
    let patterns: PatternSet
    let meta: [PatternMeta]
    /// For pattern numbers from `meta.count` on: the marker list each belongs to.
    let markerNames: [String]
    /// The marker patterns of ``patterns`` alone, numbered from 0 (pattern `meta.count + n` there is `n` here): for a
    /// message whose rule patterns were found one by one, its markers are found without walking the rules again.
    let markers: PatternSet
    /// Words one of which every rule pattern needs (markers only matter once a rule pattern matched).
    let anchors: Anchors
    /// Each rule pattern alone, by number, so that a message whose words admit only a few patterns is tried
    /// against those few before the whole set (``PartnerAbuseRules``).
    let singles: [PatternSet]
    /// The markers that say a text does not mean its harmful words (everyday phrases, counter-speech, and
    /// defiance, which undoes counter-speech), alone, for finding them without the rules.
    let context: PatternSet
    /// For each pattern of ``context``: its marker list.
    let contextNames: [String]
    /// Words one of which every pattern of ``context`` needs.
    let contextAnchors: Anchors
    /// Each pattern of ``context`` alone, by number, for messages whose words admit only a few of them.
    let contextSingles: [PatternSet]

    /// The marker lists ``context`` holds.
    static let contextMarkers: Set<String> = [
        "exceptions", "counter-speech", "counter-speech-ahead", "counter-speech-after", "counter-speech-quote",
        "defiance", "reported", "mention", "negated", "group-sentence", "self-talk",
    ]
    /// Marker lists only ``context`` reads (words someone reports, or mentions without using them, sentences
    /// about a group, and a person running themselves down); no rule needs them, so the full set leaves them out
    /// and the rules do not pay for them. Denials ("negated") are in both: a denial of an opinion takes back a rule
    /// that reads one.
    static let contextOnlyMarkers: Set<String> = ["reported", "mention", "group-sentence", "self-talk"]

    /// Reads messages into words, each with its number in the patterns' tables.
    let tokenizer: Tokenizer
    /// Reads reported words back as said; nil when the file gives no words for it.
    let reportedSpeech: ReportedSpeech?

    /// The words of a message, each with its key in the patterns' tables.
    func tokenize(_ folded: FoldedText) -> TokenizedMessage {
        tokenizer.tokenize(folded)
    }

    /// Compiles a rule file.
    /// - Parameters:
    ///   - file: The decoded rule file.
    ///   - name: The file's name, for errors.
    /// - Throws: ``RulesError`` naming the rule and pattern that does not compile.
    init(_ file: RuleFile, name: String) throws(RulesError) {
        language = file.language
        version = file.version
        vocabulary = Vocabulary(file)
        let compiler = PatternCompiler(lexicon: file.lexicon, vocabulary: vocabulary)
        var rules: [Rule] = []
        var patterns = PatternSet()
        var meta: [PatternMeta] = []
        var anchors = Anchors()
        var singles: [PatternSet] = []
        var anchorMemo: [Int: Set<FirstKey>?] = [:]
        // Each rule pattern with the markers it needs (`needs` and `needsBefore`), for the anchors once the markers
        // are compiled: such a pattern can fire only in a message that holds some marker's words as well.
        var pending: [(nodes: [PatternNode], markers: [String])] = []
        var groups = 0
        for entry in file.rules {
            for group in entry.patterns {
                defer { groups += 1 }
                guard (1...PatternGroup.mostTimes).contains(group.times ?? 1) else {
                    throw RulesError(
                        file: name,
                        message: "rule \(entry.id) asks for a pattern group to match in \(group.times ?? 1) "
                            + "sentences; give a number from 1 to \(PatternGroup.mostTimes)"
                    )
                }
                for need in (group.needs ?? []) + (group.needsBefore ?? []) + (group.unless ?? [])
                where file.markers[need] == nil || Self.contextOnlyMarkers.contains(need) {
                    throw RulesError(file: name, message: "rule \(entry.id) names an unknown marker list \(need)")
                }
                for nodes in try Self.add(
                    group.match,
                    to: &patterns,
                    with: compiler,
                    file: name,
                    context: "rule \(entry.id)"
                ) {
                    pending.append((nodes, (group.needs ?? []) + (group.needsBefore ?? [])))
                    singles.append(try Self.alone(nodes, file: name, context: "rule \(entry.id)"))
                }
                meta += group.match.map { _ in
                    PatternMeta(
                        rule: rules.count,
                        group: groups,
                        times: group.times ?? 1,
                        severity: group.severity,
                        needs: group.needs ?? [],
                        needsBefore: group.needsBefore ?? [],
                        unless: group.unless ?? []
                    )
                }
            }
            let top = entry.patterns.map(\.severity).max() ?? .low
            let info = RuleInfo(id: RuleID(entry.id), name: entry.name, explanation: entry.explanation, severity: top)
            rules.append(Rule(info: info, jokeDowngrade: entry.jokeDowngrade ?? 1, deniable: entry.deniable ?? false))
        }
        var markerNames: [String] = []
        var markerSet = PatternSet()
        var context = PatternSet()
        var contextNames: [String] = []
        var contextAnchors = Anchors()
        var contextSingles: [PatternSet] = []
        var markerNodes: [String: [[PatternNode]]] = [:]
        for (marker, list) in file.markers.sorted(by: { $0.key < $1.key }) {
            let compiled: [[PatternNode]]
            if Self.contextOnlyMarkers.contains(marker) {
                var checked = PatternSet()
                compiled = try Self.add(list, to: &checked, with: compiler, file: name, context: "marker \(marker)")
            } else {
                compiled = try Self.add(list, to: &patterns, with: compiler, file: name, context: "marker \(marker)")
                // Accepted by the full set just now, so this does not fail.
                for nodes in compiled { try? markerSet.add(nodes) }
                markerNames += list.map { _ in marker }
                markerNodes[marker] = compiled
            }
            guard Self.contextMarkers.contains(marker) else { continue }
            for nodes in compiled {
                // Accepted by the full set above, so this does not fail; a name is kept only for a pattern added.
                guard (try? context.add(nodes)) != nil else { continue }
                contextSingles.append(try Self.alone(nodes, file: name, context: "marker \(marker)"))
                contextNames.append(marker)
                contextAnchors.add(nodes, memo: &anchorMemo, numbering: compiler.numbering)
            }
        }
        for (nodes, markers) in pending {
            let needed = markers.isEmpty ? nil : markers.flatMap { markerNodes[$0] ?? [] }
            anchors.add(nodes, needingOneOf: needed, memo: &anchorMemo, numbering: compiler.numbering)
        }
        self.context = context.finished()
        self.contextNames = contextNames
        self.contextAnchors = contextAnchors.finished()
        self.contextSingles = contextSingles
        self.rules = rules
        self.patterns = patterns.finished()
        self.meta = meta
        self.markerNames = markerNames
        self.markers = markerSet.finished()
        precondition(self.markers.count == markerNames.count, "every marker pattern is in the marker set")
        self.anchors = anchors.finished()
        self.singles = singles
        if file.reportedSpeech != nil {
            // Numbered, so that a message's reporting verbs are found by number, including verbs no pattern names.
            for verb in vocabulary.reportingVerbs { _ = compiler.numbering.number(ofWord: verb) }
        }
        tokenizer = Tokenizer(vocabulary: vocabulary, keys: compiler.numbering)
        reportedSpeech = ReportedSpeech(file.reportedSpeech, vocabulary: vocabulary, keys: compiler.numbering)
    }

    /// One pattern as a set of its own, for trying it alone. The full set accepted it already, so this does not
    /// fail; if it ever did, the file is refused rather than a pattern silently skipped.
    private static func alone(
        _ nodes: [PatternNode],
        file: String,
        context: String
    ) throws(RulesError) -> PatternSet {
        var single = PatternSet()
        do { try single.add(nodes) } catch {
            throw RulesError(file: file, message: "\(context) has a pattern that does not compile alone")
        }
        return single.finished()
    }

    private static func add(
        _ list: [String],
        to set: inout PatternSet,
        with compiler: PatternCompiler,
        file: String,
        context: String
    ) throws(RulesError) -> [[PatternNode]] {
        var compiled: [[PatternNode]] = []
        for pattern in list {
            do {
                let nodes = try compiler.compile(pattern)
                try set.add(nodes)
                compiled.append(nodes)
            } catch {
                throw RulesError(file: file, message: "\(context), “\(pattern)”: \(error.message)")
            }
        }
        return compiled
    }
}
