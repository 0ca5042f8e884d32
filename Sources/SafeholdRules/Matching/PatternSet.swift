/// Patterns arranged as a tree of shared beginnings: patterns that begin with the same steps
/// (`@SELF @WILL …`) match those steps once, and each branch is tried only when the next word can begin it.
struct PatternSet: Sendable {
    struct Branch: Sendable {
        var step: PatternNode?
        var children: [Int] = []
        /// The children by their step's ``PatternNode/identity``, for sharing beginnings while patterns are added.
        var childByIdentity: [PatternNode.Identity: Int] = [:]
        var childIndex = FirstWordIndex()
        var ending: [Int] = []
    }

    private(set) var branches = [Branch(step: nil)]
    private(set) var count = 0
    /// Whether ``finished()`` made the branches' indexes ready for the matcher since the last pattern was added.
    private(set) var isFinished = false

    /// Every branch's index laid out for the matcher, by branch number, made by ``finished()``.
    private(set) var table = IndexTable()
    private(set) var indexes: [IndexTable.Entry] = []

    /// This set ready for the matcher, once every pattern is added: the branches' indexes laid out in one table.
    func finished() -> PatternSet {
        var result = self
        var table = IndexTable()
        result.indexes = branches.map { table.add($0.childIndex) }
        result.table = table
        result.isFinished = true
        return result
    }

    /// Adds a pattern and returns its number.
    /// - Throws: When the pattern could begin with a gap, match no word at all, or reach further than the
    ///   matcher's position sets.
    @discardableResult
    mutating func add(_ nodes: [PatternNode]) throws(PatternSyntaxError) -> Int {
        let first = try PatternNode.firstKeys(of: nodes[...])
        guard !first.nullable else { throw PatternSyntaxError(message: "a pattern must match at least one word") }
        var reaches: [Int: Int] = [:]
        guard PatternNode.reach(of: nodes[...], memo: &reaches) <= PositionSet.reach else {
            throw PatternSyntaxError(
                message: "a pattern can reach at most \(PositionSet.reach) words, counting each gap at its longest"
            )
        }
        isFinished = false
        var at = 0
        for node in nodes {
            let identity = node.identity
            if let existing = branches[at].childByIdentity[identity] {
                at = existing
                continue
            }
            branches.append(Branch(step: node))
            let child = branches.count - 1
            branches[at].children.append(child)
            branches[at].childByIdentity[identity] = child
            // The index gives the child's branch number itself: children are numbered in the order they are
            // added, so their numbers ascend as their places do, and the matcher reads no list of children.
            if let keys = try? PatternNode.firstKeys(of: [node][...]), !keys.nullable {
                branches[at].childIndex.add(child, keys: keys.keys)
            } else {
                branches[at].childIndex.addAlways(child)
            }
            at = child
        }
        branches[at].ending.append(count)
        count += 1
        return count - 1
    }
}

/// Where one pattern matched, in token positions, end exclusive.
struct PatternHit: Sendable {
    var pattern: Int
    var tokens: Range<Int>
}

/// A set of token positions at or after a base position, one bit each, so that the matcher's steps work on
/// two machine words instead of allocating arrays. A pattern reaches at most ``PositionSet/reach`` words past
/// where it starts (``PatternSet/add(_:)`` refuses longer ones), so no position it can reach is lost.
struct PositionSet: Equatable {
    /// How far past the base a set can hold positions: bits 0 to 127.
    static let reach = 127

    private(set) var bits: UInt128 = 0

    static let empty = PositionSet()

    /// The set holding only the base position itself.
    static let base = PositionSet(bits: 1)

    var isEmpty: Bool { bits == 0 }

    /// The smallest offset in the set; the set must not be empty.
    var first: Int { bits.trailingZeroBitCount }

    mutating func insert(_ offset: Int) {
        if offset <= Self.reach { bits |= 1 << UInt128(offset) }
    }

    mutating func formUnion(_ other: PositionSet) { bits |= other.bits }

    /// The set moved `distance` positions later: the same positions, counted from a base that far earlier.
    func shifted(by distance: Int) -> PositionSet {
        distance > Self.reach ? .empty : PositionSet(bits: bits << UInt128(distance))
    }

    /// Calls `body` with each offset, smallest first.
    @inline(__always) func forEach(_ body: (Int) -> Void) {
        var rest = bits
        while rest != 0 {
            body(rest.trailingZeroBitCount)
            rest &= rest &- 1
        }
    }
}

/// Runs pattern sets over one message's tokens.
///
/// Matching works on sets of positions rather than by backtracking: each step maps the positions a pattern
/// may have reached to the positions after the step. Gaps are bounded and nothing repeats, and what a
/// shared choice matches at a position is remembered, so the work is linear in the length of the message.
/// Positions are bit sets counted from where the walk started (for a choice, from where the choice is tried),
/// so a step allocates nothing.
final class PatternMatcher {
    /// What a choice matched at a position, as offsets from that position.
    private struct Remembered {
        var choice: Int
        /// The next entry for the same position, or -1.
        var next: Int32
        var ends: PositionSet
    }

    let tokens: [Token]
    let negators: Set<String>
    /// Remembered choices, chained per position from `memoHeads`; a short list per position is quicker to
    /// scan than a hashed dictionary, and the arrays are reused after every reset.
    private var memo: [Remembered] = []
    /// For each position, its first entry in `memo`, valid only when its generation is the current one.
    private var memoHeads: [Int32]
    private var memoGenerations: [Int32]
    private var generation: Int32 = 0
    private var memoFrom = 0

    init(tokens: [Token], negators: Set<String>) {
        self.tokens = tokens
        self.negators = negators
        memoHeads = Array(repeating: -1, count: tokens.count)
        memoGenerations = Array(repeating: -1, count: tokens.count)
    }

    /// Forgets every remembered choice, so that memory stays bounded on a long message.
    private func forget() {
        memo.removeAll(keepingCapacity: true)
        generation += 1
    }

    private func remembered(_ choice: Int, at position: Int) -> PositionSet? {
        guard memoGenerations[position] == generation else { return nil }
        var entry = memoHeads[position]
        while entry >= 0 {
            if memo[Int(entry)].choice == choice { return memo[Int(entry)].ends }
            entry = memo[Int(entry)].next
        }
        return nil
    }

    private func remember(_ ends: PositionSet, for choice: Int, at position: Int) {
        let head = memoGenerations[position] == generation ? memoHeads[position] : -1
        memo.append(Remembered(choice: choice, next: head, ends: ends))
        memoHeads[position] = Int32(memo.count - 1)
        memoGenerations[position] = generation
    }

    /// Every place a pattern of the set matches: at most one hit per pattern and start, the shortest.
    func hits(of set: PatternSet) -> [PatternHit] {
        precondition(set.isFinished, "PatternSet.finished() is called after the last pattern is added")
        var hits: [PatternHit] = []
        // A matcher may run several sets; what it remembers stays bounded from the first token on.
        forget()
        memoFrom = 0
        for start in tokens.indices {
            if start - memoFrom >= 256 || (start > 0 && tokens[start].clause != tokens[start - 1].clause) {
                forget()
                memoFrom = start
            }
            walk(set, branch: 0, positions: .base, start: start, clause: tokens[start].clause, into: &hits)
        }
        return hits
    }

    /// Follows a branch of the tree from the positions reached (offsets from `start`).
    private func walk(
        _ set: PatternSet,
        branch: Int,
        positions: PositionSet,
        start: Int,
        clause: Int,
        into hits: inout [PatternHit]
    ) {
        // Fields are read one by one rather than copying the branch, which would retain each of its arrays.
        if !set.branches[branch].ending.isEmpty, positions.first > 0 {
            for pattern in set.branches[branch].ending {
                hits.append(PatternHit(pattern: pattern, tokens: start..<start + positions.first))
            }
        }
        guard !set.branches[branch].children.isEmpty else { return }
        func follow(_ child: Int) {
            guard let step = set.branches[child].step else { return }
            let next = ends(of: step, from: positions, base: start, clause: clause)
            if !next.isEmpty { walk(set, branch: child, positions: next, start: start, clause: clause, into: &hits) }
        }
        if positions.bits.nonzeroBitCount == 1 {
            set.table.forEachCandidate(
                set.indexes[branch],
                for: word(at: start + positions.first, clause: clause),
                follow
            )
        } else {
            var children: [Int] = []
            positions.forEach { offset in
                set.table.forEachCandidate(set.indexes[branch], for: word(at: start + offset, clause: clause)) {
                    children.append($0)
                }
            }
            for child in Self.unique(children) { follow(child) }
        }
    }

    /// Where a sequence can end, from positions given as offsets from `base`.
    private func ends(of sequence: ArraySlice<PatternNode>, from positions: PositionSet, base: Int, clause: Int)
        -> PositionSet
    {
        var current = positions
        for node in sequence {
            if current.isEmpty { return current }
            current = ends(of: node, from: current, base: base, clause: clause)
        }
        return current
    }

    /// Where one step can end, from positions given as offsets from `base`.
    private func ends(of node: PatternNode, from positions: PositionSet, base: Int, clause: Int) -> PositionSet {
        var next = PositionSet.empty
        positions.forEach { offset in
            let position = base + offset
            switch node {
            case .word(let word):
                if accepts(position, clause: clause), tokens[position].key.word == word { next.insert(offset + 1) }
            case .stem(let stem):
                if accepts(position, clause: clause), tokens[position].key.stems.contains(stem) {
                    next.insert(offset + 1)
                }
            case .phraseStart:
                if position == 0 || position >= tokens.count || tokens[position - 1].phrase != tokens[position].phrase {
                    next.insert(offset)
                }
            case .phraseEnd:
                if position >= tokens.count || position == 0 || tokens[position - 1].phrase != tokens[position].phrase {
                    next.insert(offset)
                }
            case .sentenceEnd:
                if position >= tokens.count || position == 0 || tokens[position - 1].clause != tokens[position].clause {
                    next.insert(offset)
                }
            case .gap(let most):
                next.insert(offset)
                var cursor = position
                while cursor - position < most, accepts(cursor, clause: clause), !negators.contains(tokens[cursor].text)
                {
                    cursor += 1
                    next.insert(cursor - base)
                }
            case .choice(let choice):
                next.formUnion(ends(of: choice, at: position, clause: clause).shifted(by: offset))
            }
        }
        return next
    }

    /// Where a choice can end when tried at a position, as offsets from that position.
    private func ends(of choice: Choice, at position: Int, clause: Int) -> PositionSet {
        let remembers = accepts(position, clause: clause)
        if remembers, let known = remembered(choice.id, at: position) { return known }
        var found = PositionSet.empty
        choice.table.forEachCandidate(choice.index, for: word(at: position, clause: clause)) { number in
            found.formUnion(ends(of: choice.alternatives[number][...], from: .base, base: position, clause: clause))
        }
        if remembers { remember(found, for: choice.id, at: position) }
        return found
    }

    private func word(at position: Int, clause: Int) -> WordKeys.Key? {
        accepts(position, clause: clause) ? tokens[position].key : nil
    }

    private func accepts(_ position: Int, clause: Int) -> Bool {
        position < tokens.count && tokens[position].clause == clause
    }

    private static func unique(_ values: [Int]) -> [Int] {
        guard values.count > 1 else { return values }
        var result: [Int] = []
        for value in values.sorted() where result.last != value { result.append(value) }
        return result
    }
}
