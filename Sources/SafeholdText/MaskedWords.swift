/// Abusive words people hide behind asterisks (`b***h`), and names of groups hidden the same way in attacks on them,
/// written for Safehold, most common first. The list
/// only has to name the words: which one a masked word is comes from its length and the letters it shows.
enum MaskedWords {
    static let words: [String] = [
        "fuck", "fucking", "fucked", "fucker", "shit", "bitch", "bitches", "cunt", "slut", "whore", "dick", "cock",
        "pussy", "ass", "bastard", "asshole", "damn", "hell", "crap", "idiot", "stupid", "moron", "dumb", "retard",
        "retarded", "loser", "ugly", "fat", "worthless", "pathetic", "disgusting", "psycho", "crazy", "freak",
        "faggot", "fag", "dyke", "tranny", "nigger", "nigga", "kill", "killing", "die", "dead", "rape", "raped",
        "stab", "shoot", "murder", "hang", "hoe", "skank", "twat", "prick", "wanker", "motherfucker", "bullshit",
        // Names of groups, hidden in posts that attack them (`m*slims`, `j*ws`); last, so that an abusive word of the
        // same length and letters is read first.
        "muslim", "muslims", "jew", "jews", "gay", "gays", "lesbian", "lesbians", "black", "blacks", "mexican",
        "mexicans", "immigrant", "immigrants", "migrants", "refugees", "women", "trans", "islam",
    ]

    /// The words by length, as scalars.
    private static let byLength: [Int: [[Unicode.Scalar]]] = Dictionary(
        grouping: words.map { Array($0.unicodeScalars) },
        by: \.count
    )

    /// The first listed word with the masked word's length whose letters agree wherever the masked word shows
    /// one; nil when none does, or when nothing is hidden.
    static func match(_ masked: ArraySlice<Unicode.Scalar>) -> String? {
        guard masked.contains(where: { $0 == "*" || $0 == "#" }), let candidates = byLength[masked.count] else {
            return nil
        }
        for candidate in candidates
        where zip(masked, candidate).allSatisfy({ shown, letter in shown == "*" || shown == "#" || shown == letter }) {
            var word = ""
            word.unicodeScalars.append(contentsOf: candidate)
            return word
        }
        return nil
    }
}
