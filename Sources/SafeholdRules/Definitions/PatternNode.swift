/// One step of a compiled pattern, matched against the words of a message.
///
/// Patterns are small on purpose: words, word beginnings, alternatives and bounded gaps. There is no
/// unbounded repetition, so matching one pattern at one place takes a bounded number of steps, and a
/// message is matched in time linear in its length.
enum PatternNode: Sendable {
    /// Exactly this word, by its ``WordKeys`` number.
    case word(Int32)
    /// Any word that begins with this, by its ``WordKeys`` number (`kill~` matches kill, killed, killing).
    case stem(Int32)
    /// One of several sequences; an empty sequence makes the choice optional.
    case choice(Choice)
    /// Up to this many words of any kind, within the same sentence, none of them a negation.
    case gap(Int)
    /// Matches no word: the next word must begin a sentence or follow a comma.
    case phraseStart
    /// Matches no word: the previous word must end a sentence or come before a comma.
    case phraseEnd
    /// Matches no word: the previous word must end a sentence ("For now." but not "For now, let's eat").
    case sentenceEnd
}

extension PatternNode {
    /// Equal for nodes that always match the same words, so that patterns can share them.
    var identity: Identity {
        switch self {
        case .word(let word): .word(word)
        case .stem(let stem): .stem(stem)
        case .choice(let choice): .choice(choice.id)
        case .gap(let most): .gap(most)
        case .phraseStart: .phraseStart
        case .phraseEnd: .phraseEnd
        case .sentenceEnd: .sentenceEnd
        }
    }

    /// What ``identity`` gives: the node without what it holds.
    enum Identity: Hashable {
        case word(Int32)
        case stem(Int32)
        case choice(Int)
        case gap(Int)
        case phraseStart
        case phraseEnd
        case sentenceEnd
    }
}

/// The first word a pattern can match, which is how patterns are indexed: ``WordKeys`` numbers, so that
/// sets of them hash quickly while the rules compile.
enum FirstKey: Hashable {
    case word(Int32)
    case stem(Int32)
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
            case .phraseEnd, .sentenceEnd:
                throw PatternSyntaxError(message: "a pattern cannot begin with $ or $$")
            case .gap:
                throw PatternSyntaxError(message: "a pattern cannot begin with a gap")
            case .choice(let choice):
                let first = try choice.first.get()
                // Shared, not copied, when the choice comes first (a lexicon's set can hold hundreds of words).
                if keys.isEmpty { keys = first.keys } else { keys.formUnion(first.keys) }
                if !first.nullable { return (keys, false) }
            }
        }
        return (keys, true)
    }
}

extension PatternNode {
    /// The most words a sequence can cover, each gap counted at its longest.
    /// - Parameter memo: Reaches of choices already measured, by choice number.
    static func reach(of sequence: ArraySlice<PatternNode>, memo: inout [Int: Int]) -> Int {
        var total = 0
        for node in sequence {
            switch node {
            case .word, .stem: total += 1
            case .gap(let most): total += most
            case .phraseStart, .phraseEnd, .sentenceEnd: break
            case .choice(let choice):
                if let known = memo[choice.id] {
                    total += known
                } else {
                    var longest = 0
                    for alternative in choice.alternatives {
                        longest = max(longest, reach(of: alternative[...], memo: &memo))
                    }
                    memo[choice.id] = longest
                    total += longest
                }
            }
        }
        return total
    }
}

/// A pattern string that does not follow the pattern syntax.
struct PatternSyntaxError: Error {
    var message: String
}

/// Alternatives indexed by the words they can begin with, so that matching tries only the few that fit
/// the next word instead of every one.
/// A class, so that the matcher reading a step holds one reference rather than copying (and retaining) each table.
final class Choice: Sendable {
    /// Unique within one compiled language; a lexicon entry is one choice wherever it is used.
    let id: Int
    let alternatives: [[PatternNode]]
    let index: FirstWordIndex
    /// The words the choice can begin with and whether it can match no word, worked out once here: a lexicon
    /// entry is used by many patterns, and each pattern, branch and enclosing choice asks again. The error of
    /// the first alternative that can begin with a gap or `$`, as ``PatternNode/firstKeys(of:)`` gives it.
    let first: Result<(keys: Set<FirstKey>, nullable: Bool), PatternSyntaxError>

    init(id: Int, _ alternatives: [[PatternNode]]) {
        self.id = id
        self.alternatives = alternatives
        var index = FirstWordIndex()
        var keys: Set<FirstKey> = []
        var nullable = false
        var failure: PatternSyntaxError?
        for (number, alternative) in alternatives.enumerated() {
            do {
                let first = try PatternNode.firstKeys(of: alternative[...])
                if keys.isEmpty { keys = first.keys } else { keys.formUnion(first.keys) }
                nullable = nullable || first.nullable
                if first.nullable { index.addAlways(number) } else { index.add(number, keys: first.keys) }
            } catch {
                failure = failure ?? error
                index.addAlways(number)
            }
        }
        index.finish()
        self.index = index
        first = failure.map { .failure($0) } ?? .success((keys, nullable))
    }
}

/// Numbers of sequences by the first word they can match: exact words, word beginnings, and sequences
/// that must always be tried (those that can match no word, or begin with a gap). Words and beginnings are
/// kept by their ``WordKeys`` numbers, sorted, so a lookup is a binary search over small integers.
struct FirstWordIndex: Sendable {
    private var words = SortedLists()
    private var stems = SortedLists()
    private var always: [Int] = []

    /// Numbers must be added in ascending order (a branch's children and a choice's alternatives are), so that
    /// each list is in order without sorting.
    mutating func add(_ number: Int, keys: Set<FirstKey>) {
        for key in keys {
            switch key {
            case .word(let word): words.add(number, under: word)
            case .stem(let stem): stems.add(number, under: stem)
            }
        }
    }

    mutating func addAlways(_ number: Int) { always.append(number) }

    /// Makes the lists readable by ``forEachCandidate(for:_:)``, once every number is added.
    mutating func finish() {
        words.finish()
        stems.finish()
        precondition(always.isAscending, "numbers are added to an index in ascending order")
    }

    /// Calls `body` with each sequence that could match at a word (nil past the sentence's end), each once, in
    /// ascending order.
    ///
    /// Inlined, so that the matcher reads the index where it stands in its branch or choice rather than copying
    /// it (and retaining and releasing each of its arrays) on every step. When at most one list applies (most
    /// words), it is read in place; only several are joined in a new array, as every lookup once did.
    @inline(__always)
    func forEachCandidate(for key: WordKeys.Key?, _ body: (Int) -> Void) {
        guard let key else {
            for number in always { body(number) }
            return
        }
        let exact = words.places(under: key.word)
        // How many lists apply, counted up to two, and the beginnings' list when it is the only one.
        var lists = (always.isEmpty ? 0 : 1) + (exact.isEmpty ? 0 : 1)
        var stemPlaces = 0..<0
        for stem in key.stems where lists < 2 {
            let places = stems.places(under: stem)
            if !places.isEmpty {
                lists += 1
                stemPlaces = places
            }
        }
        if lists < 2 {
            for number in always { body(number) }
            for place in exact { body(words[place]) }
            for place in stemPlaces { body(stems[place]) }
            return
        }
        var found = always + words.values(at: exact)
        for stem in key.stems { found += stems.values(at: stems.places(under: stem)) }
        for number in found.sortedOnce() { body(number) }
    }

    /// Lists of numbers under keys, the keys kept sorted for binary search. While numbers are added the lists
    /// are arrays of their own; ``finish()`` lays them end to end in one array, so that a lookup reads no array
    /// of its own (and misses the cache less, and retains nothing).
    private struct SortedLists: Sendable {
        private var keys: [Int32] = []
        private var lists: [[Int]] = []
        /// Where each key's list lies in ``values``: from `starts[place]` to `starts[place + 1]`.
        private var starts: [Int] = [0]
        private var values: [Int] = []

        mutating func add(_ number: Int, under key: Int32) {
            let place = position(of: key)
            if place < keys.count && keys[place] == key {
                if !lists[place].contains(number) { lists[place].append(number) }
            } else {
                keys.insert(key, at: place)
                lists.insert([number], at: place)
            }
        }

        mutating func finish() {
            starts = [0]
            values = []
            for list in lists {
                precondition(list.isAscending, "numbers are added to an index in ascending order")
                values += list
                starts.append(values.count)
            }
        }

        /// Where the list under a key lies in the flat array, empty when there is none.
        func places(under key: Int32) -> Range<Int> {
            let place = position(of: key)
            return place < keys.count && keys[place] == key ? starts[place]..<starts[place + 1] : 0..<0
        }

        func values(at places: Range<Int>) -> ArraySlice<Int> { values[places] }

        subscript(place: Int) -> Int { values[place] }

        /// The first place whose key is not below `key`.
        private func position(of key: Int32) -> Int {
            var low = 0
            var high = keys.count
            while low < high {
                let middle = (low + high) / 2
                if keys[middle] < key { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }
}

extension Array where Element == Int {
    /// Whether each number is larger than the one before.
    var isAscending: Bool { zip(self, dropFirst()).allSatisfy { $0 < $1 } }

    /// The numbers in ascending order, each once.
    func sortedOnce() -> [Int] {
        guard count > 1 else { return self }
        var unique: [Int] = []
        unique.reserveCapacity(count)
        for number in sorted() where unique.last != number { unique.append(number) }
        return unique
    }
}
