/// One step of a compiled pattern, matched against the words of a message.
///
/// Patterns are small on purpose: words, word beginnings, alternatives and bounded gaps. There is no
/// unbounded repetition, so matching one pattern at one place takes a bounded number of steps, and a
/// message is matched in time linear in its length.
indirect enum PatternNode: Sendable, Hashable {
    /// Exactly this word.
    case word(String)
    /// Any word that begins with this (`kill~` matches kill, killed, killing).
    case stem(String)
    /// One of several sequences; an empty sequence makes the choice optional.
    case choice([[PatternNode]])
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
            case .choice(let alternatives):
                var nullable = false
                for alternative in alternatives {
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
