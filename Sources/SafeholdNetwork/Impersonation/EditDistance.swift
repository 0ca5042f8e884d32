/// Optimal-string-alignment (restricted Damerau–Levenshtein) distance: insertions, deletions, substitutions and
/// swaps of two neighbours each cost 1.
enum EditDistance {
    /// The distance between two short sequences, or `limit + 1` when it is larger than `limit`.
    /// Inputs longer than `maximumLength` are cut, so the cost is bounded: O(n·m) with n, m ≤ maximumLength.
    static func between<T: Equatable>(_ first: [T], _ second: [T], limit: Int, maximumLength: Int = 64) -> Int {
        let a = Array(first.prefix(maximumLength))
        let b = Array(second.prefix(maximumLength))
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return min(previous[b.count], limit + 1)
    }
}
