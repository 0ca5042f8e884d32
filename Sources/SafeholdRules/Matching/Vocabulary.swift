/// The word lists of one language that the tokenizer and the context checks use.
struct Vocabulary: Sendable {
    var shorthand: [String: [String]]
    /// Contractions written with an apostrophe, by their letters (`hell` for `he'll`), and the words they stand for.
    var contractions: [String: [String]]
    var ignored: Set<String>
    var jokeWords: Set<String>
    var jokePrefixes: [String]
    var jokeEmoji: Set<Unicode.Scalar>
    /// Emoji read as words, by their first scalar (a variation selector after one is not a word and is skipped).
    var emojiWords: [Unicode.Scalar: String]
    var negators: Set<String>
    var auxiliaries: Set<String>
    var reportingVerbs: Set<String>
    var firstPerson: Set<String>

    init(_ file: RuleFile) {
        var table: [String: [String]] = [:]
        for (short, long) in file.shorthand {
            table[Vocabulary.plain(short)] = long.split(separator: " ").map { Vocabulary.plain(String($0)) }
        }
        shorthand = table
        var contractions: [String: [String]] = [:]
        for (short, long) in file.contractions ?? [:] {
            contractions[Vocabulary.plain(short)] = long.split(separator: " ").map { Vocabulary.plain(String($0)) }
        }
        self.contractions = contractions
        ignored = Set(file.ignored.map(Vocabulary.plain))
        jokeWords = Set(file.jokeWords.map(Vocabulary.plain))
        jokePrefixes = file.jokePrefixes.map(Vocabulary.plain)
        jokeEmoji = Set(file.jokeEmoji.compactMap { $0.unicodeScalars.first })
        var emoji: [Unicode.Scalar: String] = [:]
        for (written, word) in file.emojiWords ?? [:] {
            if let first = written.unicodeScalars.first, first.value >= 0x80 { emoji[first] = Vocabulary.plain(word) }
        }
        emojiWords = emoji
        negators = Set(file.negators.flatMap { Vocabulary.plainWords($0, table) })
        auxiliaries = Set(file.auxiliaries.map(Vocabulary.plain))
        reportingVerbs = Set(file.reportingVerbs.map(Vocabulary.plain))
        firstPerson = Set(file.firstPerson.map(Vocabulary.plain))
    }

    /// A word lower-cased with its apostrophes removed, as the tokenizer sees it.
    static func plain(_ word: String) -> String {
        var out = ""
        for scalar in word.lowercased().unicodeScalars where !Tokenizer.isApostrophe(scalar) {
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    private static func plainWords(_ word: String, _ table: [String: [String]]) -> [String] {
        let plain = plain(word)
        return table[plain] ?? [plain]
    }

    /// The words a written word stands for, after shorthand.
    func canonicalWords(_ plainWord: String) -> [String] {
        if plainWord.isEmpty { return [] }
        return shorthand[plainWord] ?? [plainWord]
    }
}
