/// Folded units of a text with the places a match may begin and end, hashed so that any stretch can be
/// looked up in constant time.
///
/// Every matcher in this module turns text into one of these (letters of words, digits of numbers) and then
/// looks up each stretch that begins and ends on a boundary in a ``CompactIndex``. The cost depends on the
/// length of the text and the longest pattern, not on how many patterns there are.
struct CompactStream: Sendable {
    /// The folded units.
    private(set) var units: [UInt32] = []
    /// The first original scalar each unit came from.
    private(set) var starts: [Int] = []
    /// One past the last original scalar each unit came from.
    private(set) var ends: [Int] = []
    /// Whether a match may begin at each unit.
    private(set) var mayBegin: [Bool] = []
    /// Whether a match may end after each unit.
    private(set) var mayEnd: [Bool] = []
    private var prefixHash: [UInt64] = [0]

    var count: Int { units.count }

    /// Appends a unit.
    mutating func append(_ unit: UInt32, from start: Int, to end: Int, begins: Bool) {
        if begins, let last = mayEnd.indices.last { mayEnd[last] = true }
        units.append(unit)
        starts.append(start)
        ends.append(end)
        mayBegin.append(begins || units.count == 1)
        mayEnd.append(false)
        prefixHash.append(prefixHash[prefixHash.count - 1] &* CompactHash.base &+ UInt64(unit) &+ 1)
    }

    /// Marks the last unit as the end of a word or group.
    mutating func closeGroup() {
        if let last = mayEnd.indices.last { mayEnd[last] = true }
    }

    /// Lets a match also begin at a unit that is not the start of its word.
    mutating func allowBegin(at index: Int) {
        if index < mayBegin.count { mayBegin[index] = true }
    }

    /// Extends the last unit's original span, for folded units that swallow several characters.
    mutating func extendLast(to end: Int) {
        if let last = ends.indices.last { ends[last] = max(ends[last], end) }
    }

    /// The hash of `units[range]`, equal to ``CompactHash/hash(_:)`` of the same units.
    func hash(_ range: Range<Int>) -> UInt64 {
        prefixHash[range.upperBound] &- prefixHash[range.lowerBound] &* CompactHash.power(range.count)
    }

    /// The original scalar offsets a range of units covers.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        starts[range.lowerBound]..<ends[range.upperBound - 1]
    }

    /// Whether `units[range]` equals a pattern, to rule out hash collisions.
    func equals(_ range: Range<Int>, _ pattern: [UInt32]) -> Bool {
        guard range.count == pattern.count else { return false }
        var offset = 0
        for index in range {
            if units[index] != pattern[offset] { return false }
            offset += 1
        }
        return true
    }
}

/// The polynomial hash shared by ``CompactStream`` and ``CompactIndex``.
enum CompactHash {
    static let base: UInt64 = 0x100_0000_01B3
    private static let powers: [UInt64] = {
        var table: [UInt64] = [1]
        for _ in 0..<CompactIndex.longestPattern { table.append(table[table.count - 1] &* base) }
        return table
    }()

    static func power(_ exponent: Int) -> UInt64 { powers[exponent] }

    static func hash(_ units: [UInt32]) -> UInt64 {
        var value: UInt64 = 0
        for unit in units { value = value &* base &+ UInt64(unit) &+ 1 }
        return value
    }
}

/// Patterns hashed by their units, found in a ``CompactStream`` in time independent of how many there are.
struct CompactIndex: Sendable {
    /// Patterns longer than this are cut; no real fact is this long once folded.
    static let longestPattern = 96

    struct Entry: Sendable {
        var units: [UInt32]
        var tag: Int
    }

    private var entries: [Entry] = []
    private var byHash: [UInt64: [Int]] = [:]
    private var lengths = [Bool](repeating: false, count: CompactIndex.longestPattern + 1)
    private(set) var longest = 0

    var isEmpty: Bool { entries.isEmpty }

    /// Adds a pattern with a tag the caller uses to tell patterns apart; empty patterns are ignored.
    mutating func insert(_ units: [UInt32], tag: Int) {
        let units = Array(units.prefix(Self.longestPattern))
        guard !units.isEmpty else { return }
        byHash[CompactHash.hash(units), default: []].append(entries.count)
        entries.append(Entry(units: units, tag: tag))
        lengths[units.count] = true
        longest = max(longest, units.count)
    }

    /// Calls `found` with the tag and unit range of every pattern that begins and ends on a boundary.
    func forEachMatch(in stream: CompactStream, _ found: (Int, Range<Int>) -> Void) {
        guard !entries.isEmpty else { return }
        for begin in 0..<stream.count where stream.mayBegin[begin] {
            let limit = min(stream.count, begin + longest)
            var end = begin
            while end < limit {
                end += 1
                guard stream.mayEnd[end - 1], lengths[end - begin] else { continue }
                guard let candidates = byHash[stream.hash(begin..<end)] else { continue }
                for index in candidates where stream.equals(begin..<end, entries[index].units) {
                    found(entries[index].tag, begin..<end)
                }
            }
        }
    }
}
