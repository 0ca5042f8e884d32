/// Abusive words written with one slip of the keys (`stuipd`, `idot`, `disugsting`) or run together with short
/// words (`iwillkillyou`, `youarepathetic`), read as they were meant.
///
/// Written for Safehold: spell checkers correct towards every word of a language, and a wrong guess there
/// ("hill" for "kill") would put words in someone's mouth. This only ever reads a word as one of a short list of
/// abusive, threatening or group words, and only from a spelling that is not itself an English word.
///
/// - A slip is two neighbouring letters swapped, or one letter left out or pressed twice inside the word (never the
///   first or the last, so "immigrant" stays "immigrant"); the word must have 4 letters for a swap and 5 for a
///   missing or doubled letter.
///   Spellings that are English words ("shot" from "shoot", "wore" from "whore") are never read as a slip: they
///   were found by checking every slip of every listed word against Debian's `wamerican` word list, and a test
///   folds every word of that list as the model ships it (`plain-words-1.txt`) to keep it so.
/// - A few other spellings that are not slips (`biatch`, `phuck`, `stoopid`) are read as the word too, and so are a
///   listed plural written with a z for its s (`jewz`, `gayz`) and a word of 4 letters or more with every letter
///   pressed twice (`kkiillll`, `ssttuuppiidd`).
/// - A word of 5 or more letters is split only when it is made wholly of listed words and short words (pronouns,
///   "are", "will", "a"), holds at least one listed word of 4 or more letters, and is not a real word made that way
///   (`apathetic`, `deadbeat`). A one-letter part must be followed by a part of at least three letters, except in a
///   run of one-letter parts at the very start (`urastupidbitch`), or be a closing "u" (`killu`), so names such
///   as "Killian" stay whole.
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

    /// Other spellings of abusive words that are not slips of the keys, read as the word.
    static let alternates: [String: String] = [
        "biatch": "bitch", "biotch": "bitch", "beotch": "bitch", "byatch": "bitch", "biyatch": "bitch",
        "phuck": "fuck", "phuk": "fuck", "fawk": "fuck", "stoopid": "stupid", "stupud": "stupid",
        "idjit": "idiot", "whoar": "whore", "sloot": "slut", "kunt": "cunt", "retart": "retard",
    ]

    /// Slips that are English words or names, so never read as a slip.
    static let realWords: Set<String> = [
        "moon", "morn", "morns", "moons", "loses", "wore", "fagot", "fagots", "sank", "strange", "coke", "shot",
        "soot", "refuges", "refuge", "backs", "garage", "looser", "hatted", "rapped",
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
        "and", "then", "find", "going",
    ]

    /// Real words made wholly of listed and short words, which stay whole.
    static let wholeWords: Set<String> = ["apathetic", "deadbeat", "trashcan", "scummy", "washerwomen", "rastaban"]

    /// The slips, each with the word it stands for.
    private static let slipList: [(spelling: [UInt8], target: [UInt8])] = {
        var result: [(spelling: [UInt8], target: [UInt8])] = []
        var seen: Set<[UInt8]> = []
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
                    // One letter inside the word pressed twice ("disgustting"), where it is not doubled already.
                    if letters[index - 1] != letters[index], letters[index + 1] != letters[index] {
                        var longer = letters
                        longer.insert(letters[index], at: index)
                        variants.append(longer)
                    }
                }
            }
            // Every letter pressed twice (`kkiillll`), as it reads once runs of three or more are squeezed to one
            // (`kkiil`), which happens first.
            if letters.count >= 4 {
                var doubled: [UInt8] = []
                for letter in letters {
                    if doubled.count >= 2, doubled[doubled.count - 1] == letter, doubled[doubled.count - 2] == letter {
                        // A letter doubled in the word itself is four in a row, squeezed to one.
                        doubled.removeLast()
                    } else {
                        doubled += [letter, letter]
                    }
                }
                variants.append(doubled)
            }
            for variant in variants {
                let spelling = String(decoding: variant, as: UTF8.self)
                guard !targets.contains(spelling), !realWords.contains(spelling) else { continue }
                // The first target listed wins when two share a slip; none do today.
                if seen.insert(variant).inserted { result.append((variant, letters)) }
            }
        }
        for (spelling, word) in alternates.sorted(by: { $0.key < $1.key })
        where seen.insert(Array(spelling.utf8)).inserted {
            result.append((Array(spelling.utf8), Array(word.utf8)))
        }
        return result
    }()

    /// Each slip's place in ``slipList`` by the hash of its spelling. Looking a word up hashes its bytes and builds
    /// no text, because every word of every message is looked up; a hash shared by two spellings keeps the first,
    /// and the lookup compares the bytes, so it can only miss, never mislead.
    private static let slips = HashIndex(keys: slipList.map { hash($0.spelling) })

    /// The whole words that stay whole, by hash, compared byte for byte on a hit.
    private static let wholeWordList: [[UInt8]] = wholeWords.sorted().map { Array($0.utf8) }
    private static let wholeWordHashes = HashIndex(keys: wholeWordList.map(hash))

    /// FNV-1a over the bytes.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { HashIndex.hash(bytes) }

    /// FNV-1a over a word's bytes, read inside the array's own buffer (a pointer to it is valid only there).
    static func hash(_ word: [UInt8]) -> UInt64 { word.withUnsafeBufferPointer(HashIndex.hash) }

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

    /// The longest word a split is tried on: longer runs are not words someone typed, and the split keeps its
    /// places in 32-bit sets.
    static let longestSplit = 30

    /// What a word of lower-case ASCII letters (a to z only) reads as: the listed word a slip stands for, or the
    /// places a run-together word splits (offsets after which a space goes); nil to leave it as written.
    static func reading(of word: UnsafeBufferPointer<UInt8>) -> Reading? {
        guard word.count >= 4, word.count <= longestSplit, word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
            return nil
        }
        let key = hash(word)
        if let index = slips.place(of: key), slipList[index].spelling.elementsEqual(word) {
            return .word(slipList[index].target)
        }
        // A plural written with a z ("jewz", "gayz", "sluttz" is not one: only a listed word with its s).
        if word.last == 0x7A, let plural = zPlural(word) { return .word(plural) }
        guard word.count >= 5 else { return nil }
        if let index = wholeWordHashes.place(of: key), wholeWordList[index].elementsEqual(word) { return nil }
        return split(word).map { .split($0) }
    }

    /// Words of hate written with an 8 for the sound "ate" (`h8`, `h8ers`), as leet folding leaves them (the 8 read
    /// as a b), each with the word meant.
    static let eightWords: [String: String] = [
        "hb": "hate", "hbs": "hates", "hbd": "hated", "hbr": "hater", "hbrs": "haters", "hbers": "haters",
        "hbful": "hateful", "hbing": "hating",
    ]

    /// The longest spelling in ``eightWords``.
    static let longestEight = 5

    /// The word an ``eightWords`` spelling stands for, when its b was written as an 8 (`eight` says, for a folded
    /// position, whether an 8 was written there); nil otherwise, so "HB pencil" stays as written.
    static func eightWord(_ letters: ArraySlice<Unicode.Scalar>, eight: (Int) -> Bool) -> [UInt8]? {
        guard letters.count >= 2, letters[letters.startIndex] == "h", letters[letters.startIndex + 1] == "b",
            eight(letters.startIndex + 1)
        else { return nil }
        var spelling = ""
        spelling.unicodeScalars.append(contentsOf: letters)
        return eightWords[spelling].map { Array($0.utf8) }
    }

    /// Whether a word of lower-case ASCII letters is a listed abusive, threatening or group word (a slip target, a
    /// split target or a masked word), or a slip of one: what a word broken by dots or dashes must spell to be
    /// joined (`kil.l`, `b-itch`).
    static func isListed(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let key = hash(word)
        if let index = listedIndex.place(of: key), listedList[index].elementsEqual(word) { return true }
        if let index = slips.place(of: key), slipList[index].spelling.elementsEqual(word) { return true }
        return false
    }

    /// Every listed word, by the hash of its spelling, for ``isListed(_:)``.
    private static let listedList: [[UInt8]] = Array(Set(slipTargets + splitTargets + MaskedWords.words))
        .sorted().map { Array($0.utf8) }
    private static let listedIndex = HashIndex(keys: listedList.map(hash))

    /// The listed plural a word ending in z stands for when its z is read as an s, or nil.
    private static func zPlural(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let value = HashIndex.step(hash(UnsafeBufferPointer(rebasing: word.dropLast())), 0x73)
        guard let index = targetIndex.place(of: value) else { return nil }
        let target = targetList[index]
        guard target.count == word.count, target.last == 0x73, target.dropLast().elementsEqual(word.dropLast()) else {
            return nil
        }
        return target
    }

    /// The slip targets, by the hash of their spelling, for ``zPlural(_:)``.
    private static let targetList: [[UInt8]] = slipTargets.map { Array($0.utf8) }
    private static let targetIndex = HashIndex(keys: targetList.map(hash))

    /// What ``reading(of:)`` found.
    enum Reading: Equatable {
        case word([UInt8])
        case split([Int])
    }

    /// The places a word splits into listed and short words, with at least one listed word; nil when it does not,
    /// or when it is itself one such word. Places are bits of 32-bit sets and the search runs backwards once over
    /// them, so it allocates nothing until a split is found; among the ways to split, the longest part comes
    /// first at each place.
    private static func split(_ letters: UnsafeBufferPointer<UInt8>) -> [Int]? {
        let count = letters.count
        let (links, kinds) = trie
        // Most words cannot be cut into listed and short words at all: one walk forwards from the places reached
        // so far says so, before the full search below. The word itself being one such word is no split either.
        var reached: UInt64 = 1
        for start in 0..<count where reached & (1 << UInt64(start)) != 0 {
            var node = 0
            for position in start..<count {
                let next = links[node * 26 + Int(letters[position] &- 0x61)]
                if next < 0 { break }
                node = Int(next)
                if kinds[node] != .none {
                    if start == 0, position == count - 1 { return nil }
                    reached |= 1 << UInt64(position + 1)
                }
            }
        }
        guard reached & (1 << UInt64(count)) != 0 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * count) { ends in
            // ends[start]: the ends of the parts that begin there; ends[count + start]: those of listed words.
            for start in 0..<count {
                var any: UInt32 = 0
                var listed: UInt32 = 0
                var node = 0
                for position in start..<count {
                    let next = links[node * 26 + Int(letters[position] &- 0x61)]
                    if next < 0 { break }
                    node = Int(next)
                    if kinds[node] != .none { any |= 1 << UInt32(position + 1) }
                    if kinds[node] == .target { listed |= 1 << UInt32(position + 1) }
                }
                ends[start] = any
                ends[count + start] = listed
            }
            // finishes[state]: the places from which the rest can be split, in a state: bit 1 when a listed word
            // is still needed, bit 2 when the part before was one letter, bit 4 once a part of two or more letters
            // came. After a one-letter part the next needs three or more letters, except in a run of one-letter
            // parts at the very start ("u r a loser"): "kill i an" and "dick a u" are names, not words.
            var finishes: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0, 0, 0, 0)
            func get(_ state: Int) -> UInt32 {
                withUnsafeBytes(of: &finishes) { $0.load(fromByteOffset: state * 4, as: UInt32.self) }
            }
            func set(_ state: Int, _ place: Int) {
                let value = get(state) | 1 << UInt32(place)
                withUnsafeMutableBytes(of: &finishes) {
                    $0.storeBytes(of: value, toByteOffset: state * 4, as: UInt32.self)
                }
            }
            /// The longest part from `start` in `state` after which the rest finishes, as its end.
            func next(from start: Int, state: Int) -> (end: Int, state: Int)? {
                var rest = ends[start]
                while rest != 0 {
                    let end = 31 - rest.leadingZeroBitCount
                    rest &= ~(1 << UInt32(end))
                    let length = end - start
                    if state & 2 != 0, length < 3, !(length == 1 && state & 4 == 0) { continue }
                    // A closing one-letter part must be "u" ("killu"); "choker" is not "choke r".
                    if length == 1, end == count, letters[start] != 0x75 { continue }
                    let listed = ends[count + start] & (1 << UInt32(end)) != 0
                    let after =
                        (state & 1 != 0 && !listed ? 1 : 0) | (length == 1 ? 2 : 0)
                        | (state & 4 != 0 || length > 1 ? 4 : 0)
                    let done = end == count ? after & 1 == 0 : get(after) & (1 << UInt32(end)) != 0
                    if done { return (end, after) }
                }
                return nil
            }
            for start in stride(from: count - 1, through: 0, by: -1) {
                for state in 0..<8 where next(from: start, state: state) != nil { set(state, start) }
            }
            guard get(1) & 1 != 0 else { return nil }
            var cuts: [Int] = []
            var place = 0
            var state = 1
            while let step = next(from: place, state: state), step.end < count {
                cuts.append(step.end)
                place = step.end
                state = step.state
            }
            return cuts
        }
    }
}
