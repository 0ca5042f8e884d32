/// One step of a compiled pattern, matched against the words of a message.
///
/// Patterns are small on purpose: words, word beginnings, alternatives and bounded gaps. There is no
/// unbounded repetition, so matching one pattern at one place takes a bounded number of steps, and a
/// message is matched in time linear in its length.
indirect enum PatternNode: Sendable {
    /// Exactly this word.
    case word(String)
    /// Any word that begins with this (`kill~` matches kill, killed, killing).
    case stem(String)
    /// One of several sequences; an empty sequence makes the choice optional.
    case choice(Choice)
    /// Up to this many words of any kind, within the same sentence, none of them a negation.
    case gap(Int)
    /// Matches no word: the next word must begin a sentence or follow a comma.
    case phraseStart
    /// Matches no word: the previous word must end a sentence or come before a comma.
    case phraseEnd
}

/// The first word a pattern can match, which is how patterns are indexed.
enum FirstKey: Hashable {
    case word(String)
    case stem(String)
}

extension PatternNode {
    /// The words a sequence can begin with, and whether it can match no word at all.
    /// - Throws: When a gap can come first, since such a pattern could match anywhere.
    static func firstKeys(of sequence: ArraySlice<PatternNode>) throws(PatternSyntaxError) -> (
        keys: Set<FirstKey>, nullable: Bool
    ) {
        var keys: Set<FirstKey> = []
        for node in sequence {
            switch node {
            case .word(let word):
                keys.insert(.word(word))
                return (keys, false)
            case .stem(let stem):
                keys.insert(.stem(stem))
                return (keys, false)
            case .phraseStart:
                continue
            case .phraseEnd:
                throw PatternSyntaxError(message: "a pattern cannot begin with $")
            case .gap:
                throw PatternSyntaxError(message: "a pattern cannot begin with a gap")
            case .choice(let choice):
                var nullable = false
                for alternative in choice.alternatives {
                    let first = try firstKeys(of: alternative[...])
                    keys.formUnion(first.keys)
                    nullable = nullable || first.nullable
                }
                if !nullable { return (keys, false) }
            }
        }
        return (keys, true)
    }
}

/// A pattern string that does not follow the pattern syntax.
struct PatternSyntaxError: Error {
    var message: String
}

/// Alternatives indexed by the words they can begin with, so that matching tries only the few that fit
/// the next word instead of every one.
struct Choice: Sendable {
    let alternatives: [[PatternNode]]
    let index: FirstWordIndex

    init(_ alternatives: [[PatternNode]]) {
        self.alternatives = alternatives
        var index = FirstWordIndex()
        for (number, alternative) in alternatives.enumerated() {
            if let first = try? PatternNode.firstKeys(of: alternative[...]), !first.nullable {
                index.add(number, keys: first.keys)
            } else {
                index.addAlways(number)
            }
        }
        self.index = index
    }
}

/// Numbers of sequences by the first word they can match: exact words, word beginnings, and sequences
/// that must always be tried (those that can match no word, or begin with a gap).
struct FirstWordIndex: Sendable {
    private var byWord: [String: [Int]] = [:]
    private var byStem: [String: [Int]] = [:]
    private var stemLengths: [Int] = []
    private var always: [Int] = []

    mutating func add(_ number: Int, keys: Set<FirstKey>) {
        for key in keys {
            switch key {
            case .word(let word): byWord[word, default: []].append(number)
            case .stem(let stem):
                byStem[stem, default: []].append(number)
                let length = stem.unicodeScalars.count
                if !stemLengths.contains(length) { stemLengths.append(length) }
            }
        }
    }

    mutating func addAlways(_ number: Int) { always.append(number) }

    /// The sequences that could match at a word (nil past the sentence's end), each once, in order.
    func candidates(for word: String?) -> [Int] {
        var found = always
        if let word {
            if let exact = byWord[word] { found += exact }
            if !stemLengths.isEmpty {
                let scalars = word.unicodeScalars
                let count = scalars.count
                for length in stemLengths where length <= count {
                    if let more = byStem[String(String.UnicodeScalarView(scalars.prefix(length)))] { found += more }
                }
            }
        }
        guard found.count > 1 else { return found }
        found.sort()
        var unique: [Int] = []
        unique.reserveCapacity(found.count)
        for number in found where unique.last != number { unique.append(number) }
        return unique
    }
}
