/// Abusive words written with one slip of the keys (`stuipd`, `idot`, `disugsting`) or run together with short
/// words (`iwillkillyou`, `youarepathetic`), read as they were meant.
///
/// Written for Safehold: spell checkers correct towards every word of a language, and a wrong guess there
/// ("hill" for "kill") would put words in someone's mouth. This only ever reads a word as one of a short list of
/// abusive, threatening or group words, and only from a spelling that is not itself an English word.
///
/// - A slip is two neighbouring letters swapped, or one letter left out inside the word (never the first or the
///   last, so "immigrant" stays "immigrant"); the word must have 4 letters for a swap and 5 for a missing letter.
///   Spellings that are English words ("shot" from "shoot", "wore" from "whore") are never read as a slip: they
///   were found by checking every slip of every listed word against Debian's `wamerican` word list.
/// - A word of 6 or more letters is split only when it is made wholly of listed words and short words (pronouns,
///   "are", "will", "a"), holds at least one listed word of 4 or more letters, and is not a real word made that way
///   (`apathetic`, `deadbeat`). A one-letter part must be followed by a part of at least three letters, or be a
///   closing "u" (`killu`), so names such as "Killian" stay whole.
enum Respelling {
    /// Words a slip is read back to.
    static let slipTargets: [String] = [
        "idiot", "idiots", "stupid", "moron", "morons", "loser", "losers", "bitch", "bitches", "slut", "sluts",
        "whore", "whores", "cunt", "pathetic", "worthless", "disgusting", "disgusted", "ugly", "freak", "freaks",
        "retard", "retarded", "faggot", "faggots", "tranny", "dyke", "skank", "wanker", "bastard", "asshole",
        "motherfucker", "kill", "killing", "killed", "hurt", "murder", "murdered", "stab", "stabbed", "strangle",
        "choke", "rape", "raped", "shoot", "hate", "hated", "women", "immigrants", "immigrant", "muslims", "muslim",
        "refugees", "refugee", "jews", "gays", "lesbians", "blacks", "vermin", "scum", "garbage", "filthy",
        "parasites", "cockroaches", "subhuman", "inferior", "terrorists", "criminals", "animals", "fucking", "fucker",
        "shit", "bullshit",
    ]

    /// Slips that are English words or names, so never read as a slip.
    static let realWords: Set<String> = [
        "moon", "morn", "morns", "moons", "loses", "wore", "fagot", "fagots", "sank", "strange", "coke", "shot",
        "soot", "refuges", "refuge", "backs", "garage",
        // A name ("Raed Al Saleh"), found on the shared data.
        "raed",
    ]

    /// Listed words a run-together word may be split into (at least 4 letters).
    static let splitTargets: [String] = [
        "kill", "killing", "killed", "hurt", "stab", "shoot", "murder", "rape", "choke", "strangle", "beat", "punch",
        "slap", "hate", "hated", "dead", "idiot", "idiots", "stupid", "moron", "loser", "bitch", "bitches", "slut",
        "sluts", "whore", "whores", "cunt", "dick", "fuck", "fucking", "shit", "pathetic", "worthless", "disgusting",
        "ugly", "freak", "freaks", "retard", "retarded", "faggot", "women", "immigrants", "muslims", "refugees", "gays",
        "jews", "blacks", "trash", "scum", "vermin",
    ]

    /// Short words that join listed words in a run-together word.
    static let joiners: [String] = [
        "i", "im", "u", "ur", "you", "youre", "your", "yours", "he", "she", "we", "they", "them", "him", "her", "me",
        "my", "it", "its", "is", "are", "r", "am", "be", "was", "were", "will", "wil", "gonna", "wanna", "should",
        "must", "can", "a", "an", "so", "all", "to", "go", "get", "what", "such", "this", "that", "just", "ima", "men",
    ]

    /// Real words made wholly of listed and short words, which stay whole.
    static let wholeWords: Set<String> = ["apathetic", "deadbeat", "trashcan", "scummy", "washerwomen"]

    /// What a slip reads as, by spelling.
    static let slips: [String: String] = {
        var result: [String: String] = [:]
        let targets = Set(slipTargets)
        for target in slipTargets {
            let letters = Array(target.utf8)
            var variants: [[UInt8]] = []
            if letters.count >= 4 {
                for index in 0..<(letters.count - 1) where letters[index] != letters[index + 1] {
                    var swapped = letters
                    swapped.swapAt(index, index + 1)
                    variants.append(swapped)
                }
            }
            if letters.count >= 5 {
                for index in 1..<(letters.count - 1) {
                    var shorter = letters
                    shorter.remove(at: index)
                    variants.append(shorter)
                }
            }
            for variant in variants {
                let spelling = String(decoding: variant, as: UTF8.self)
                guard !targets.contains(spelling), !realWords.contains(spelling) else { continue }
                // The first target listed wins when two share a slip; none do today.
                if result[spelling] == nil { result[spelling] = target }
            }
        }
        return result
    }()

    /// Every listed and short word, for splitting: a letter trie, 26 links a node, -1 for none.
    private static let trie: (links: [Int32], kinds: [Kind]) = {
        var links = [Int32](repeating: -1, count: 26)
        var kinds: [Kind] = [.none]
        func add(_ word: String, _ kind: Kind) {
            var node = 0
            for byte in word.utf8 {
                let slot = node * 26 + Int(byte - 0x61)
                if links[slot] < 0 {
                    links[slot] = Int32(kinds.count)
                    kinds.append(.none)
                    links += [Int32](repeating: -1, count: 26)
                }
                node = Int(links[slot])
            }
            if kinds[node] != .target { kinds[node] = kind }
        }
        for word in joiners { add(word, .joiner) }
        for word in splitTargets { add(word, .target) }
        return (links, kinds)
    }()

    private enum Kind { case none, joiner, target }

    /// The longest word a split is tried on: longer runs are not words someone typed.
    static let longestSplit = 30

    /// What a word of lower-case ASCII letters reads as: the listed word a slip stands for, or the places a
    /// run-together word splits (offsets after which a space goes); nil to leave it as written.
    static func reading(of word: ArraySlice<UInt8>) -> Reading? {
        guard word.count >= 4 else { return nil }
        let spelling = String(decoding: word, as: UTF8.self)
        if let target = slips[spelling] { return .word(Array(target.utf8)) }
        guard word.count >= 6, word.count <= longestSplit, !wholeWords.contains(spelling) else { return nil }
        return split(Array(word)).map { .split($0) }
    }

    /// What ``reading(of:)`` found.
    enum Reading: Equatable {
        case word([UInt8])
        case split([Int])
    }

    /// The places a word splits into listed and short words, with at least one listed word; nil when it does not,
    /// or when it is itself one such word. The search prefers the longest part at each place, and remembers which
    /// places cannot finish, so it is linear in the word's length times the longest word.
    private static func split(_ letters: [UInt8]) -> [Int]? {
        let count = letters.count
        let (links, kinds) = trie
        // The parts that start at each place: their ends and kinds, longest first.
        var parts: [[(end: Int, kind: Kind)]] = []
        parts.reserveCapacity(count)
        for start in 0..<count {
            var found: [(end: Int, kind: Kind)] = []
            var node = 0
            for position in start..<count {
                let next = links[node * 26 + Int(letters[position] - 0x61)]
                if next < 0 { break }
                node = Int(next)
                if kinds[node] != .none { found.append((position + 1, kinds[node])) }
            }
            parts.append(found.reversed())
        }
        if parts[0].first?.end == count { return nil }
        // failed[place][state]: no way to finish from here. State bit 1: still needing a listed word; bit 2: the
        // part before was one letter, so this one needs three or more.
        var failed = [[Bool]](repeating: [false, false, false, false], count: count + 1)
        var cuts: [Int] = []
        func finish(from start: Int, needing: Bool, afterOneLetter: Bool) -> Bool {
            if start == count { return !needing }
            let state = (needing ? 1 : 0) | (afterOneLetter ? 2 : 0)
            if failed[start][state] { return false }
            for part in parts[start] {
                let length = part.end - start
                if afterOneLetter, length < 3 { continue }
                // A closing one-letter part must be "u" ("killu"); "choker" is not "choke r".
                if length == 1, part.end == count, letters[start] != 0x75 { continue }
                cuts.append(part.end)
                if finish(from: part.end, needing: needing && part.kind != .target, afterOneLetter: length == 1) {
                    return true
                }
                cuts.removeLast()
            }
            failed[start][state] = true
            return false
        }
        guard finish(from: 0, needing: true, afterOneLetter: false) else { return nil }
        cuts.removeLast()
        return cuts
    }
}
