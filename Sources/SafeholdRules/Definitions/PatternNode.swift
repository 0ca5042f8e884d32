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
    /// The alternatives by the first word they can match, laid out for the matcher.
    let table: IndexTable
    let index: IndexTable.Entry
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
        var table = IndexTable()
        self.index = table.add(index)
        self.table = table
        first = failure.map { .failure($0) } ?? .success((keys, nullable))
    }
}

/// Numbers of sequences by the first word they can match: exact words, word beginnings, and sequences
/// that must always be tried (those that can match no word, or begin with a gap). Words and beginnings are
/// kept by their ``WordKeys`` numbers, sorted, so a lookup is a binary search over small integers. This is the
/// index while it is built; the matcher reads it laid out in an ``IndexTable``.
struct FirstWordIndex: Sendable {
    /// A number filed under a key.
    fileprivate struct Entry: Sendable {
        var key: Int32
        var number: Int32
    }

    /// The numbers under words and under beginnings, as added: ``IndexTable/add(_:)`` sorts them by key. Kept as
    /// they come rather than in a sorted list per key, since inserting into thousands of small arrays was most of
    /// what adding a pattern cost while the rules load.
    fileprivate private(set) var words: [Entry] = []
    fileprivate private(set) var stems: [Entry] = []
    fileprivate private(set) var always: [Int] = []
    private var last = -1

    /// Numbers must be added in ascending order (a branch's children and a choice's alternatives are), so that
    /// the matcher tries them in the order they were added.
    mutating func add(_ number: Int, keys: Set<FirstKey>) {
        precondition(number >= last, "numbers are added to an index in ascending order")
        last = number
        for key in keys {
            switch key {
            case .word(let word): words.append(Entry(key: word, number: Int32(number)))
            case .stem(let stem): stems.append(Entry(key: stem, number: Int32(number)))
            }
        }
    }

    mutating func addAlways(_ number: Int) {
        precondition(number >= last, "numbers are added to an index in ascending order")
        last = number
        always.append(number)
    }
}

/// First-word indexes laid out end to end in flat arrays, for the matcher. A branch or a choice keeps only where
/// its index lies (an ``Entry``, plain numbers), so reading it copies and retains nothing, and the lists lie side
/// by side in memory rather than each in a small array of its own: looking up each word of a message in arrays of
/// arrays, copied for every step, was much of the matcher's time.
struct IndexTable: Sendable {
    /// Where one index lies: its word keys and its beginning keys, each sorted, as places in ``keys``, and the
    /// numbers always tried, as places in ``values``.
    struct Entry: Sendable {
        fileprivate var words: Range<Int>
        fileprivate var stems: Range<Int>
        fileprivate var always: Range<Int>
    }

    private var keys: [Int32] = []
    /// For each key, where its list lies in ``values``.
    private var listStarts: [Int32] = []
    private var listEnds: [Int32] = []
    private var values: [Int32] = []

    /// Lays an index out after those already here.
    mutating func add(_ index: FirstWordIndex) -> Entry {
        let alwaysStart = values.count
        for number in index.always { values.append(Int32(number)) }
        // Each key once, with its numbers in ascending order, each once.
        func add(_ entries: [FirstWordIndex.Entry]) -> Range<Int> {
            let start = keys.count
            for entry in entries.sorted(by: { ($0.key, $0.number) < ($1.key, $1.number) }) {
                if keys.count > start, keys[keys.count - 1] == entry.key {
                    guard values[values.count - 1] != entry.number else { continue }
                    values.append(entry.number)
                    listEnds[listEnds.count - 1] = Int32(values.count)
                } else {
                    keys.append(entry.key)
                    listStarts.append(Int32(values.count))
                    values.append(entry.number)
                    listEnds.append(Int32(values.count))
                }
            }
            return start..<keys.count
        }
        let wordKeys = add(index.words)
        let stemKeys = add(index.stems)
        return Entry(words: wordKeys, stems: stemKeys, always: alwaysStart..<(alwaysStart + index.always.count))
    }

    /// Calls `body` with each sequence of an index that could match at a word (nil past the sentence's end), each
    /// once, in ascending order.
    ///
    /// When at most one list applies (most words), it is read in place; only several are joined in a new array,
    /// as every lookup once did.
    @inline(__always)
    func forEachCandidate(_ entry: Entry, for key: WordKeys.Key?, _ body: (Int) -> Void) {
        guard let key else {
            for place in entry.always { body(Int(values[place])) }
            return
        }
        let exact = places(under: key.word, among: entry.words)
        // How many lists apply, counted up to two, and the beginnings' list when it is the only one.
        var lists = (entry.always.isEmpty ? 0 : 1) + (exact.isEmpty ? 0 : 1)
        var stemPlaces = 0..<0
        for stem in key.stems where lists < 2 {
            let places = places(under: stem, among: entry.stems)
            if !places.isEmpty {
                lists += 1
                stemPlaces = places
            }
        }
        if lists < 2 {
            for place in entry.always { body(Int(values[place])) }
            for place in exact { body(Int(values[place])) }
            for place in stemPlaces { body(Int(values[place])) }
            return
        }
        var found = entry.always.map { Int(values[$0]) } + exact.map { Int(values[$0]) }
        for stem in key.stems { found += places(under: stem, among: entry.stems).map { Int(values[$0]) } }
        for number in found.sortedOnce() { body(number) }
    }

    /// Where the list under a key lies in ``values``, searched among some of the keys; empty when there is none.
    private func places(under key: Int32, among range: Range<Int>) -> Range<Int> {
        let low = keys.firstPlace(in: range) { $0 < key }
        return low < range.upperBound && keys[low] == key ? Int(listStarts[low])..<Int(listEnds[low]) : 0..<0
    }
}

extension Array {
    /// The first place in `range` whose element `isBefore` rejects, where every element it accepts comes before every
    /// one it rejects (a sorted list and "less than a key"): one binary search for the matcher's indexes, the anchors
    /// and the markers' spans.
    @inline(__always)
    func firstPlace(in range: Range<Int>, notMatching isBefore: (Element) -> Bool) -> Int {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if isBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension Array where Element == Int {
    /// The numbers in ascending order, each once.
    func sortedOnce() -> [Int] {
        guard count > 1 else { return self }
        var unique: [Int] = []
        unique.reserveCapacity(count)
        for number in sorted() where unique.last != number { unique.append(number) }
        return unique
    }
}
