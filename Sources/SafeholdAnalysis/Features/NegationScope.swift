/// Which words a negation covers, so that "I would never hurt you" does not read like "I will hurt you".
///
/// After a negating word (`not`, `never`, the `t` of `won't`) the next content words, up to the settings'
/// scope, are negated; short function words in between (`to`, `a`, `you`) are covered without counting. The
/// scope ends early at sentence punctuation and at words that turn the sentence back ("I won't *hesitate* to",
/// "don't *make* me"), so a threat phrased around a negation keeps its weight.
///
/// A negated verb of thinking or saying carries the negation on to what follows ("I don't think you are
/// stupid"), and a second negation after it cancels the first ("don't think I won't find you" is a threat).
struct NegationScope {
    /// Content words still to cover.
    private var remaining = 0
    /// Whether a verb of thinking or saying stands in the current scope.
    private var raised = false
    /// Content words a negation covers.
    let scope: Int

    init(scope: Int) { self.scope = scope }

    /// What a word does to a negation's scope.
    enum Role: Sendable {
        /// An ordinary content word: covered, and counted.
        case content
        /// A negating word: starts a scope.
        case negator
        /// A word that turns the sentence back: ends the scope.
        case ender
        /// A short function word: covered without counting.
        case filler
        /// A verb of thinking or saying: covered without counting; a negation after it cancels the scope.
        case opinion
    }

    /// Whether the token is negated, updating the state; call once per word token in order.
    /// - Parameter role: The word's role, from ``WordTable``.
    mutating func covers(_ role: Role) -> Bool {
        guard scope > 0 else { return false }
        if role == .negator {
            // Two negations around a verb of thinking or saying cancel out.
            let cancels = remaining > 0 && raised
            remaining = cancels ? 0 : scope
            raised = false
            return false
        }
        guard remaining > 0 else { return false }
        switch role {
        case .ender:
            end()
            return false
        case .content: remaining -= 1
        case .opinion: raised = true
        case .filler, .negator: break
        }
        return true
    }

    /// Ends the scope (sentence punctuation, a line break).
    mutating func end() {
        remaining = 0
        raised = false
    }

    /// Whether a scalar between words ends a negation's scope.
    static func isBoundary(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", ";", ":", ",", "\n", "\r": true
        default: false
        }
    }

    static let negators: Set<String> = [
        "not", "never", "no", "t", "nt", "cannot", "cant", "dont", "wont", "wouldnt", "didnt", "doesnt", "isnt",
        "arent", "wasnt", "werent", "shouldnt", "couldnt", "nor", "neither", "nobody", "nothing", "noone",
    ]

    static let enders: Set<String> = [
        "hesitate", "stop", "until", "unless", "but", "if", "or", "otherwise", "make", "let", "dare",
        "wait", "forget", "because", "cause", "than", "rest", "regret", "mind", "miss", "matter",
    ]

    static let opinions: Set<String> = [
        "think", "thinking", "thought", "say", "saying", "said", "mean", "believe", "guess", "suppose", "expect",
        "claim", "claiming", "pretend", "promise",
    ]

    static let fillers: Set<String> = [
        "to", "a", "an", "the", "be", "ever", "even", "going", "gonna", "want", "wanna", "so", "you", "u", "ya",
        "me", "him", "her", "them", "it", "i", "he", "she", "we", "they", "will", "would", "could", "should",
        "do", "did", "ll", "d", "s", "re", "ve", "m", "really", "actually", "try", "trying",
    ]
}
