/// Turns pattern strings into ``PatternNode`` sequences.
///
/// Syntax: words separated by spaces; `[a b|c]` one of several sequences; `?` after a word or `]` makes it
/// optional; `@NAME` one of the lexicon's alternatives; `word~` any word beginning so; `*` a gap of up to
/// three words and `**` of up to eight; `^` the start of a sentence or of a phrase after a comma, `$` its end, `$$`
/// the end of a sentence only. Words go through the same shorthand table as messages, so `don't` in a pattern reads
/// as `do not`.
final class PatternCompiler {
    private let lexicon: [String: [String]]
    private let vocabulary: Vocabulary
    private var resolved: [String: Choice] = [:]
    private var choices = 0
    private var resolving: Set<String> = []
    /// Words and word beginnings already compiled, by their text: the same few hundred words recur across a
    /// thousand patterns, and reading each again through the shorthand tables was most of loading the rules.
    private var atoms: [String: [PatternNode]] = [:]
    /// Numbers for the words and beginnings the compiled patterns name, for the indexes and the tokenizer.
    var numbering = WordKeys()

    init(lexicon: [String: [String]], vocabulary: Vocabulary) {
        self.lexicon = lexicon
        self.vocabulary = vocabulary
    }

    /// Compiles one pattern.
    func compile(_ pattern: String) throws(PatternSyntaxError) -> [PatternNode] {
        let alternatives = try compileAlternatives(pattern)
        return alternatives.count == 1 ? alternatives[0] : [.choice(makeChoice(alternatives))]
    }

    private func compileAlternatives(_ pattern: String) throws(PatternSyntaxError) -> [[PatternNode]] {
        let lexemes = PatternLexeme.split(pattern)
        var index = 0
        let alternatives = try parseAlternatives(lexemes, &index, depth: 0)
        guard index == lexemes.count else { throw PatternSyntaxError(message: "unbalanced ] in “\(pattern)”") }
        return alternatives
    }

    private func parseAlternatives(_ lexemes: [PatternLexeme], _ index: inout Int, depth: Int)
        throws(PatternSyntaxError) -> [[PatternNode]]
    {
        guard depth < 16 else { throw PatternSyntaxError(message: "groups nested too deeply") }
        var alternatives = [try parseSequence(lexemes, &index, depth: depth)]
        while index < lexemes.count, lexemes[index] == .bar {
            index += 1
            alternatives.append(try parseSequence(lexemes, &index, depth: depth))
        }
        return alternatives
    }

    private func parseSequence(_ lexemes: [PatternLexeme], _ index: inout Int, depth: Int)
        throws(PatternSyntaxError) -> [PatternNode]
    {
        var sequence: [PatternNode] = []
        while index < lexemes.count {
            switch lexemes[index] {
            case .bar, .close:
                return sequence
            case .open:
                index += 1
                let alternatives = try parseAlternatives(lexemes, &index, depth: depth + 1)
                guard index < lexemes.count, case .close(let optional) = lexemes[index] else {
                    throw PatternSyntaxError(message: "a [ is never closed")
                }
                index += 1
                sequence.append(.choice(makeChoice(optional ? alternatives + [[]] : alternatives)))
            case .atom(let text, let optional):
                index += 1
                let nodes: [PatternNode]
                if let known = atoms[text] {
                    nodes = known
                } else {
                    // Messages lose the words the rules ignore before matching, so a pattern, or an alternative of a
                    // choice, that names one can never match: refused, so that the file says only what it does.
                    if vocabulary.ignored.contains(Vocabulary.plain(text)) {
                        throw PatternSyntaxError(
                            message: "“\(text)” is a word the rules ignore, so it can never match"
                        )
                    }
                    nodes = try atom(text)
                    atoms[text] = nodes
                }
                sequence.append(contentsOf: optional ? [.choice(makeChoice([nodes, []]))] : nodes)
            }
        }
        return sequence
    }

    private func atom(_ text: String) throws(PatternSyntaxError) -> [PatternNode] {
        switch text {
        case "*": return [.gap(3)]
        case "**": return [.gap(8)]
        case "^": return [.phraseStart]
        case "$": return [.phraseEnd]
        case "$$": return [.sentenceEnd]
        default: break
        }
        if text.hasPrefix("@") { return [.choice(try lexiconEntry(String(text.dropFirst())))] }
        if text.hasSuffix("~") {
            let stem = Vocabulary.plain(String(text.dropLast()))
            guard !stem.isEmpty else { throw PatternSyntaxError(message: "an empty word beginning") }
            return [.stem(numbering.number(ofStem: stem))]
        }
        let plain = Vocabulary.plain(text)
        let words = plain.unicodeScalars.contains(where: Tokenizer.isWord) ? vocabulary.canonicalWords(plain) : []
        guard !words.isEmpty else { throw PatternSyntaxError(message: "“\(text)” has no letters") }
        return words.map { .word(numbering.number(ofWord: $0)) }
    }

    /// A lexicon entry as one shared choice, so that every pattern using it shares its matches.
    private func lexiconEntry(_ name: String) throws(PatternSyntaxError) -> Choice {
        if let done = resolved[name] { return done }
        guard let entries = lexicon[name] else { throw PatternSyntaxError(message: "no lexicon entry @\(name)") }
        guard resolving.insert(name).inserted else {
            throw PatternSyntaxError(message: "@\(name) refers to itself")
        }
        defer { resolving.remove(name) }
        var alternatives: [[PatternNode]] = []
        for entry in entries { alternatives += try compileAlternatives(entry) }
        let choice = makeChoice(alternatives)
        resolved[name] = choice
        return choice
    }

    private func makeChoice(_ alternatives: [[PatternNode]]) -> Choice {
        choices += 1
        return Choice(id: choices, alternatives)
    }
}

/// The pieces a pattern string is made of.
enum PatternLexeme: Equatable {
    case open
    case close(optional: Bool)
    case bar
    case atom(String, optional: Bool)

    static func split(_ pattern: String) -> [PatternLexeme] {
        var lexemes: [PatternLexeme] = []
        var word = ""
        let scalars = Array(pattern.unicodeScalars)
        var index = 0
        func optionalMark() -> Bool {
            guard index + 1 < scalars.count, scalars[index + 1] == "?" else { return false }
            index += 1
            return true
        }
        func flush(optional: Bool) {
            if !word.isEmpty { lexemes.append(.atom(word, optional: optional)) }
            word = ""
        }
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "[":
                flush(optional: false)
                lexemes.append(.open)
            case "]":
                flush(optional: false)
                lexemes.append(.close(optional: optionalMark()))
            case "|":
                flush(optional: false)
                lexemes.append(.bar)
            case " ", "\t", "\n": flush(optional: false)
            case "?" where !word.isEmpty: flush(optional: true)
            default: word.unicodeScalars.append(scalar)
            }
            index += 1
        }
        flush(optional: false)
        return lexemes
    }
}
