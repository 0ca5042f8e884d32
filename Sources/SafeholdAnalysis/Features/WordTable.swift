import SafeholdText

/// What the word lists say about one word.
struct WordFacts: Sendable {
    /// Its part in a negation's scope.
    var role: NegationScope.Role = .content
    /// Its class, if it has one.
    var wordClass: WordClass?
    /// Whether it names a group of people by who they are (``GroupWords``); it changes no feature.
    var namesGroup = false
    /// Whether it is a swear word, obscenity or slur (``ProfaneWords``); it changes no feature.
    var profane = false
    /// Whether it speaks of women, men or gender (``GenderWords``); it changes no feature.
    var gendered = false
    /// Whether it is a word of harm, a weapon or death (``WordClass/violent`` and ``WordClass/otherViolentWords``);
    /// it changes no feature.
    var violent = false
    /// Whether it carries hostility towards people: a word of ``HostileWords``, a swear word or slur, a word of
    /// violence or a sexual word; it changes no feature.
    var hostile = false
}

/// The word lists of ``NegationScope``, ``WordClass``, ``GroupWords``, ``ProfaneWords``, ``GenderWords`` and
/// ``HostileWords``, keyed by each word's own unigram hash, so that looking a token up costs one integer lookup and
/// builds no text.
enum WordTable {
    /// The facts of a word by its unigram hash, or nil when no list holds it.
    static func facts(of hash: UInt64) -> WordFacts? {
        table.index.place(of: hash).map { table.facts[$0] }
    }

    /// Facts of every listed word, found by hash (``HashIndex``: this is looked up for every word of every
    /// message).
    private static let table: (index: HashIndex, facts: [WordFacts]) = {
        var table: [UInt64: WordFacts] = [:]
        func add(_ words: Set<String>, role: NegationScope.Role) {
            for word in words { table[FeatureExtractor.wordHash(word), default: WordFacts()].role = role }
        }
        add(NegationScope.negators, role: .negator)
        add(NegationScope.enders, role: .ender)
        add(NegationScope.fillers, role: .filler)
        add(NegationScope.opinions, role: .opinion)
        func mark<Words: Sequence>(_ words: Words, _ fact: WritableKeyPath<WordFacts, Bool>)
        where Words.Element: StringProtocol {
            for word in words {
                table[FeatureExtractor.wordHash(String(word)), default: WordFacts()][keyPath: fact] = true
            }
        }
        for (wordClass, words) in WordClass.members {
            let members = words.split(separator: " ")
            for word in members {
                table[FeatureExtractor.wordHash(String(word)), default: WordFacts()].wordClass = wordClass
            }
            if WordClass.violent.contains(wordClass) { mark(members, \.violent) }
        }
        mark(WordClass.otherViolentWords, \.violent)
        mark(GroupWords.members, \.namesGroup)
        mark(ProfaneWords.words, \.profane)
        mark(GenderWords.members, \.gendered)
        mark(HostileWords.members, \.hostile)
        // Swear words, slurs, words of violence and sexual words carry hostility too: decided here, once, rather
        // than for every token read.
        for (key, facts) in table where facts.profane || facts.violent || facts.wordClass == .sexual {
            table[key]?.hostile = true
        }
        let keys = Array(table.keys)
        return (HashIndex(keys: keys), keys.map { table[$0]! })
    }()
}
