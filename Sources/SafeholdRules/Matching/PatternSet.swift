/// Patterns arranged as a tree of shared beginnings: patterns that begin with the same steps
/// (`@SELF @WILL …`) match those steps once, and each branch is tried only when the next word can begin it.
struct PatternSet: Sendable {
    struct Branch: Sendable {
        var step: PatternNode?
        var children: [Int] = []
        var childIndex = FirstWordIndex()
        var ending: [Int] = []
    }

    private(set) var branches = [Branch(step: nil)]
    private(set) var count = 0

    /// Adds a pattern and returns its number.
    /// - Throws: When the pattern could begin with a gap or match no word at all.
    @discardableResult
    mutating func add(_ nodes: [PatternNode], numbering: inout WordKeys) throws(PatternSyntaxError) -> Int {
        let first = try PatternNode.firstKeys(of: nodes[...])
        guard !first.nullable else { throw PatternSyntaxError(message: "a pattern must match at least one word") }
        var at = 0
        for node in nodes {
            if let existing = branches[at].children.first(where: { branches[$0].step?.identity == node.identity }) {
                at = existing
                continue
            }
            branches.append(Branch(step: node))
            let child = branches.count - 1
            let place = branches[at].children.count
            branches[at].children.append(child)
            if let keys = try? PatternNode.firstKeys(of: [node][...]), !keys.nullable {
                branches[at].childIndex.add(place, keys: keys.keys, numbering: &numbering)
            } else {
                branches[at].childIndex.addAlways(place)
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

/// Runs pattern sets over one message's tokens.
///
/// Matching works on sets of positions rather than by backtracking: each step maps the positions a pattern
/// may have reached to the positions after the step. Gaps are bounded and nothing repeats, and what a
/// shared choice matches at a position is remembered, so the work is linear in the length of the message.
final class PatternMatcher {
    private struct Key: Hashable {
        var choice: Int
        var position: Int
    }

    let tokens: [Token]
    let negators: Set<String>
    private var memo: [Key: [Int]] = [:]
    private var memoFrom = 0

    init(tokens: [Token], negators: Set<String>) {
        self.tokens = tokens
        self.negators = negators
    }

    /// Every place a pattern of the set matches: at most one hit per pattern and start, the shortest.
    func hits(of set: PatternSet) -> [PatternHit] {
        var hits: [PatternHit] = []
        for start in tokens.indices {
            if start - memoFrom >= 256 || (start > 0 && tokens[start].clause != tokens[start - 1].clause) {
                memo.removeAll(keepingCapacity: true)
                memoFrom = start
            }
            walk(set, branch: 0, positions: [start], start: start, clause: tokens[start].clause, into: &hits)
        }
        return hits
    }

    private func walk(
        _ set: PatternSet,
        branch: Int,
        positions: [Int],
        start: Int,
        clause: Int,
        into hits: inout [PatternHit]
    ) {
        let ending = set.branches[branch].ending
        if !ending.isEmpty, let end = positions.min(), end > start {
            for pattern in ending { hits.append(PatternHit(pattern: pattern, tokens: start..<end)) }
        }
        let children = set.branches[branch].children
        guard !children.isEmpty else { return }
        var places: [Int]
        if positions.count == 1 {
            places = set.branches[branch].childIndex.candidates(for: word(at: positions[0], clause: clause))
        } else {
            places = []
            for position in positions {
                places += set.branches[branch].childIndex.candidates(for: word(at: position, clause: clause))
            }
            places = Self.unique(places)
        }
        for place in places {
            let child = children[place]
            guard let step = set.branches[child].step else { continue }
            let next = ends(of: step, from: positions, clause: clause)
            if !next.isEmpty { walk(set, branch: child, positions: next, start: start, clause: clause, into: &hits) }
        }
    }

    private func ends(of sequence: ArraySlice<PatternNode>, from positions: [Int], clause: Int) -> [Int] {
        var current = positions
        for node in sequence {
            if current.isEmpty { return [] }
            current = ends(of: node, from: current, clause: clause)
        }
        return current
    }

    private func ends(of node: PatternNode, from positions: [Int], clause: Int) -> [Int] {
        var next: [Int] = []
        for position in positions {
            switch node {
            case .word(let word):
                if accepts(position, clause: clause), tokens[position].text == word { next.append(position + 1) }
            case .stem(let stem):
                if accepts(position, clause: clause), tokens[position].text.hasPrefix(stem) {
                    next.append(position + 1)
                }
            case .phraseStart:
                if position == 0 || position >= tokens.count || tokens[position - 1].phrase != tokens[position].phrase {
                    next.append(position)
                }
            case .phraseEnd:
                if position >= tokens.count || position == 0 || tokens[position - 1].phrase != tokens[position].phrase {
                    next.append(position)
                }
            case .gap(let most):
                next.append(position)
                var cursor = position
                while cursor - position < most, accepts(cursor, clause: clause), !negators.contains(tokens[cursor].text)
                {
                    cursor += 1
                    next.append(cursor)
                }
            case .choice(let choice):
                next += ends(of: choice, at: position, clause: clause)
            }
        }
        return positions.count > 1 || next.count > 1 ? Self.unique(next) : next
    }

    private func ends(of choice: Choice, at position: Int, clause: Int) -> [Int] {
        let remembered = accepts(position, clause: clause)
        let key = Key(choice: choice.id, position: position)
        if remembered, let known = memo[key] { return known }
        var found: [Int] = []
        for number in choice.index.candidates(for: word(at: position, clause: clause)) {
            found += ends(of: choice.alternatives[number][...], from: [position], clause: clause)
        }
        if found.count > 1 { found = Self.unique(found) }
        if remembered { memo[key] = found }
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
