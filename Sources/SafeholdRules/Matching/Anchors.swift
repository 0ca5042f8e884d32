/// What a message must contain for some rule pattern to match it, so that a message without it is known to
/// match no rule without running the matcher. Most messages are like that, and the matcher is most of the
/// rules' cost.
///
/// Each step of a pattern that cannot be skipped (a word, a word beginning, or a choice whose every
/// alternative has such a step) gives a set of words one of which the message must hold. A message can match
/// a pattern only if it holds one word of every such set, in the pattern's order and inside one sentence;
/// presence is checked first, with one bit per set. The answer is never changed by this, only how soon it is
/// given.
struct Anchors: Sendable {
    /// The distinct sets of words, by number.
    private var setNumbers: [Set<FirstKey>: Int] = [:]
    /// For each word number, and for each word beginning number, the sets it belongs to. Both kinds of number
    /// are given out from 0 up, so they index these arrays directly; only two `Anchors` exist per language.
    private var setsOfWord: [[Int]] = []
    private var setsOfStem: [[Int]] = []
    /// The same lists, each kind in one flat array, made by ``finished()`` once every pattern is added: reading a
    /// message's words then copies and retains no inner array.
    private var wordSets = FlatLists()
    private var stemSets = FlatLists()
    private var isFinished = false
    /// For each set, how likely a message is to hold one of its words (``cost(_:)``).
    private var setCosts: [Int] = []
    /// For each rule pattern, the sets it needs.
    private var patterns: [[Int]] = []
    /// For each rule pattern that fires only beside a marker (`needs`, `needsBefore`), a set one of whose words
    /// the message must hold anywhere, in any sentence: for each of the marker's patterns, the least common set it
    /// needs, all joined. Nil for a pattern without markers, or when some marker pattern needs no word.
    private var elsewhere: [Int?] = []
    /// For each set, the patterns that need it and need no set less likely to be held: each pattern is listed
    /// under exactly one set, so a message is checked only against the patterns its rarest words point to.
    private var triggered: [[Int]] = []
    /// One bit per set, set when some pattern is listed under it: most sets a message holds list none, and this
    /// spares reading their empty lists.
    private var triggering: [UInt64] = []
    /// ``patterns`` and ``triggered`` in flat arrays, made by ``finished()``: each inner array of the nested ones
    /// is a heap block of its own, and reading them for every message missed the cache more than it computed.
    private var patternSets = FlatLists()
    private var triggeredPatterns = FlatLists()
    /// False when some pattern has no step it cannot skip (then every message is matched).
    private var usable = true

    /// These anchors ready for messages, once every pattern is added.
    func finished() -> Anchors {
        var result = self
        result.wordSets = FlatLists(setsOfWord)
        result.stemSets = FlatLists(setsOfStem)
        result.patternSets = FlatLists(patterns)
        result.triggeredPatterns = FlatLists(triggered)
        result.isFinished = true
        return result
    }

    /// Adds a rule pattern.
    /// - Parameters:
    ///   - markers: The patterns of the markers it needs, one of which must match somewhere in the message for it
    ///     to fire (nil when it needs none).
    ///   - numbering: The words and beginnings behind the patterns' numbers, for how common they are.
    mutating func add(
        _ pattern: [PatternNode],
        needingOneOf markers: [[PatternNode]]? = nil,
        memo: inout [Int: Set<FirstKey>?],
        numbering: WordKeys
    ) {
        // The flat lists no longer hold this pattern: ``finished()`` lays them out again.
        isFinished = false
        var needed: [Int] = []
        for node in pattern {
            guard let keys = Self.required(node, memo: &memo, numbering: numbering) else { continue }
            needed.append(number(of: keys, numbering: numbering))
        }
        var besides: Int?
        if let markers, !markers.isEmpty {
            var union: Set<FirstKey>? = []
            for marker in markers {
                guard let keys = Self.required(marker[...], memo: &memo, numbering: numbering) else {
                    union = nil
                    break
                }
                union?.formUnion(keys)
            }
            besides = union.map { number(of: $0, numbering: numbering) }
        }
        elsewhere.append(besides)
        if !needed.isEmpty,
            let rarest = (needed + (besides.map { [$0] } ?? [])).min(by: { setCosts[$0] < setCosts[$1] })
        {
            triggered[rarest].append(patterns.count)
            while triggering.count <= rarest >> 6 { triggering.append(0) }
            triggering[rarest >> 6] |= 1 << UInt64(rarest & 63)
        } else {
            usable = false
        }
        patterns.append(needed)
    }

    private mutating func number(of keys: Set<FirstKey>, numbering: WordKeys) -> Int {
        if let known = setNumbers[keys] { return known }
        let number = setNumbers.count
        setNumbers[keys] = number
        setCosts.append(Self.cost(keys, numbering: numbering))
        triggered.append([])
        func add(_ list: inout [[Int]], _ key: Int32) {
            let place = Int(key)
            if place >= list.count { list += Array(repeating: [], count: place + 1 - list.count) }
            if !list[place].contains(number) { list[place].append(number) }
        }
        for key in keys {
            switch key {
            case .word(let word): add(&setsOfWord, word)
            case .stem(let stem): add(&setsOfStem, stem)
            }
        }
        return number
    }

    /// The patterns, by number, that the tokens could match, when there are at most `limit`: a pattern could
    /// match when the tokens hold, in one sentence and in the pattern's order, a word of every set it needs (the
    /// steps of a pattern match one after another inside one sentence, each on words of its own), and, for a
    /// pattern that needs a marker, a word of its ``elsewhere`` set anywhere. Nil when more
    /// patterns could match, or when some pattern has no step it cannot skip (then every pattern could match every
    /// message).
    func admitted(_ tokens: [Token], limit: Int) -> [Int]? {
        precondition(isFinished, "Anchors.finished() is called after the last pattern is added")
        guard usable else { return nil }
        let present = presence(in: tokens)
        // Only the patterns listed under a set the message holds can have all their sets held.
        var candidates: [Int] = []
        for (word, bits) in present.enumerated() where word < triggering.count && bits & triggering[word] != 0 {
            var rest = bits & triggering[word]
            while rest != 0 {
                for place in triggeredPatterns.places(of: word << 6 | rest.trailingZeroBitCount) {
                    candidates.append(triggeredPatterns[place])
                }
                rest &= rest - 1
            }
        }
        candidates.sort()
        func holds(_ set: Int) -> Bool { present[set >> 6] & (1 << UInt64(set & 63)) != 0 }
        let possible = candidates.filter { number in
            patternSets.places(of: number).allSatisfy { holds(patternSets[$0]) } && elsewhere[number].map(holds) ?? true
        }
        guard !possible.isEmpty else { return [] }
        // Where each set these patterns need stands in the message, so that their order is read from a few short
        // lists rather than from every word.
        let occurrences = Occurrences(
            of: possible.flatMap { patternSets.places(of: $0).map { patternSets[$0] } },
            in: tokens,
            wordSets: wordSets,
            stemSets: stemSets
        )
        var result: [Int] = []
        for number in possible where occurrences.inOrder(patternSets.places(of: number), of: patternSets, tokens) {
            if result.count == limit { return nil }
            result.append(number)
        }
        return result
    }

    /// Which sets the tokens hold a word of, one bit each.
    private func presence(in tokens: [Token]) -> [UInt64] {
        var present = [UInt64](repeating: 0, count: (setNumbers.count + 63) / 64)
        for token in tokens {
            for place in wordSets.places(of: Int(token.key.word)) {
                let number = wordSets[place]
                present[number >> 6] |= 1 << UInt64(number & 63)
            }
            for stem in token.key.stems {
                for place in stemSets.places(of: Int(stem)) {
                    let number = stemSets[place]
                    present[number >> 6] |= 1 << UInt64(number & 63)
                }
            }
        }
        return present
    }

    /// The words one of which every match of the step contains, or nil when the step can match without a word.
    private static func required(_ node: PatternNode, memo: inout [Int: Set<FirstKey>?], numbering: WordKeys)
        -> Set<FirstKey>?
    {
        switch node {
        case .word(let word): return [.word(word)]
        case .stem(let stem): return [.stem(stem)]
        case .gap, .phraseStart, .phraseEnd, .sentenceEnd: return nil
        case .choice(let choice):
            if let known = memo[choice.id] { return known }
            var union: Set<FirstKey>? = []
            for alternative in choice.alternatives {
                guard let keys = required(alternative[...], memo: &memo, numbering: numbering) else {
                    union = nil
                    break
                }
                if union?.isEmpty == true { union = keys } else { union?.formUnion(keys) }
            }
            memo[choice.id] = union
            return union
        }
    }

    /// For a sequence: the set of the step it cannot skip whose words are least common.
    private static func required(
        _ sequence: ArraySlice<PatternNode>,
        memo: inout [Int: Set<FirstKey>?],
        numbering: WordKeys
    ) -> Set<FirstKey>? {
        var best: Set<FirstKey>?
        for node in sequence {
            guard let keys = required(node, memo: &memo, numbering: numbering) else { continue }
            if best.map({ cost(keys, numbering: numbering) < cost($0, numbering: numbering) }) ?? true { best = keys }
        }
        return best
    }

    /// How likely a message is to hold one of the words: common words and short beginnings count for more.
    /// A speed hint only; any choice gives the same answers.
    private static func cost(_ keys: Set<FirstKey>, numbering: WordKeys) -> Int {
        keys.reduce(0) { total, key in
            switch key {
            case .word(let word): total + (common.contains(numbering.name(ofWord: word)) ? 100 : 1)
            case .stem(let stem): total + (numbering.name(ofStem: stem).utf8.count <= 3 ? 50 : 2)
            }
        }
    }

    /// Words found in most messages.
    private static let common: Set<String> = [
        "i", "we", "you", "your", "yours", "me", "my", "he", "she", "it", "they", "them", "him", "her", "his", "a",
        "an", "the", "to", "of", "in", "on", "at", "for", "with", "and", "or", "but", "if", "so", "is", "are", "am",
        "was", "were", "be", "been", "will", "would", "can", "could", "should", "do", "does", "did", "have", "has",
        "had", "not", "no", "going", "go", "get", "got", "know", "what", "when", "where", "who", "that", "this",
        "there", "here", "all", "just", "now", "up", "out", "about", "one", "want", "need", "like", "see", "say",
        "said", "make", "come", "take", "let", "think", "time", "people", "back", "from", "by", "as", "how", "our",
        "some", "more", "these", "those", "then", "than", "too", "why", "over", "down", "off", "again", "way",
    ]
}

/// Lists of numbers by place, in one flat array: the lists of place `i` are `values[starts[i]..<starts[i + 1]]`.
struct FlatLists: Sendable {
    private var starts: [Int] = [0]
    private var values: [Int] = []

    init() {}

    init(_ lists: [[Int]]) {
        for list in lists {
            values += list
            starts.append(values.count)
        }
    }

    /// Where the list of a place lies in the flat array; empty for a place without one (negative or past the end).
    func places(of place: Int) -> Range<Int> {
        place >= 0 && place < starts.count - 1 ? starts[place]..<starts[place + 1] : 0..<0
    }

    subscript(position: Int) -> Int { values[position] }

    /// The first value of a place's list that is greater than `value`, when the list is in ascending order.
    func first(in place: Int, after value: Int) -> Int? {
        let range = places(of: place)
        let low = values.firstPlace(in: range) { $0 <= value }
        return low < range.upperBound ? values[low] : nil
    }
}

/// Where some sets of words stand in one message: for each set, the positions of the tokens that hold one of its
/// words, in ascending order, in one flat array.
private struct Occurrences {
    /// The sets asked for, sorted, each once; a set's positions are list `slot` of ``positions``.
    private let sets: [Int]
    private var positions = FlatLists()

    init(of wanted: [Int], in tokens: [Token], wordSets: FlatLists, stemSets: FlatLists) {
        sets = wanted.sortedOnce()
        // One bit per set asked for, so that most of a token's sets are passed over without a search.
        var asked = [UInt64](repeating: 0, count: (sets.last ?? 0) / 64 + 1)
        for set in sets { asked[set >> 6] |= 1 << UInt64(set & 63) }
        var lists = [[Int]](repeating: [], count: sets.count)
        func note(_ places: Range<Int>, of table: FlatLists, at position: Int) {
            for place in places {
                let set = table[place]
                guard set >> 6 < asked.count, asked[set >> 6] & (1 << UInt64(set & 63)) != 0,
                    let slot = slot(of: set), lists[slot].last != position
                else { continue }
                lists[slot].append(position)
            }
        }
        for (position, token) in tokens.enumerated() {
            note(wordSets.places(of: Int(token.key.word)), of: wordSets, at: position)
            for stem in token.key.stems { note(stemSets.places(of: Int(stem)), of: stemSets, at: position) }
        }
        positions = FlatLists(lists)
    }

    private func slot(of set: Int) -> Int? {
        let low = sets.firstPlace(in: sets.indices) { $0 < set }
        return low < sets.count && sets[low] == set ? low : nil
    }

    /// Whether each set has a word after the previous set's, all in the sentence of the first: tried from each
    /// place the first set's words stand, taking the earliest word of each next set (the earliest leaves the most
    /// room for the sets after it, so no other choice can succeed where it fails).
    /// - Parameter needed: Where the pattern's sets lie in `lists`; each was asked for.
    func inOrder(_ needed: Range<Int>, of lists: FlatLists, _ tokens: [Token]) -> Bool {
        guard let first = slot(of: lists[needed.lowerBound]) else { return false }
        starts: for start in positions.places(of: first) {
            let clause = tokens[positions[start]].clause
            var current = positions[start]
            for next in needed.dropFirst() {
                guard let slot = slot(of: lists[next]),
                    let later = positions.first(in: slot, after: current), tokens[later].clause == clause
                else { continue starts }
                current = later
            }
            return true
        }
        return false
    }
}
