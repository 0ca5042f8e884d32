extension HandleVariants {
    /// Look-alike replacements within ASCII, most convincing first.
    static let homoglyphs: [(String, String)] = [
        ("o", "0"), ("0", "o"), ("l", "1"), ("1", "l"), ("i", "l"), ("l", "i"), ("i", "1"), ("m", "rn"), ("rn", "m"),
        ("w", "vv"), ("vv", "w"), ("d", "cl"), ("cl", "d"), ("n", "m"), ("u", "v"), ("v", "u"), ("e", "3"),
        ("a", "4"), ("s", "5"), ("g", "q"), ("q", "g"), ("z", "2"), ("b", "6"), ("t", "7"), ("b", "8"),
        ("_", "."), (".", "_"),
    ]

    /// One look-alike replacement at a time, then all occurrences at once.
    static func homoglyphVariants(_ handle: [Character]) -> [String] {
        let lower = handle.map { Character($0.lowercased()) }
        var out: [String] = []
        for (from, to) in homoglyphs {
            let pattern = Array(from)
            var positions: [Int] = []
            var index = 0
            while index + pattern.count <= lower.count {
                if lower[index..<(index + pattern.count)].elementsEqual(pattern) { positions.append(index) }
                index += 1
            }
            for position in positions {
                out.append(String(lower[..<position]) + to + String(lower[(position + pattern.count)...]))
            }
            if positions.count > 1 { out.append(String(lower).replacingAll(from, with: to)) }
        }
        return out
    }

    /// A letter doubled: `jane` → `jjane`, `jaane`…
    static func repetitions(_ handle: [Character]) -> [String] {
        handle.indices.map { String(handle[...$0]) + String(handle[$0...]) }
    }

    /// A letter left out: `jane` → `ane`, `jne`…
    static func omissions(_ handle: [Character]) -> [String] {
        handle.indices.map { String(handle[..<$0]) + String(handle[($0 + 1)...]) }
    }

    /// Two neighbours swapped: `jane` → `ajne`, `jnae`…
    static func transpositions(_ handle: [Character]) -> [String] {
        guard handle.count > 1 else { return [] }
        return (0..<(handle.count - 1)).compactMap { index in
            guard handle[index] != handle[index + 1] else { return nil }
            var copy = handle
            copy.swapAt(index, index + 1)
            return String(copy)
        }
    }

    static let keyboardRows = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"].map { Array($0) }

    /// One letter replaced by a key next to it on a QWERTY keyboard.
    static func keyboardTypos(_ handle: [Character]) -> [String] {
        var out: [String] = []
        for (index, character) in handle.enumerated() {
            for neighbour in neighbours(of: Character(character.lowercased())) {
                var copy = handle
                copy[index] = neighbour
                out.append(String(copy))
            }
        }
        return out
    }

    static func neighbours(of key: Character) -> [Character] {
        for (row, keys) in keyboardRows.enumerated() {
            guard let column = keys.firstIndex(of: key) else { continue }
            var result: [Character] = []
            if column > 0 { result.append(keys[column - 1]) }
            if column + 1 < keys.count { result.append(keys[column + 1]) }
            for other in [row - 1, row + 1] where other >= 1 && other < keyboardRows.count && row >= 1 {
                let line = keyboardRows[other]
                for offset in [column - 1, column, column + 1] where offset >= 0 && offset < line.count {
                    result.append(line[offset])
                }
            }
            return result
        }
        return []
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: Substring(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
