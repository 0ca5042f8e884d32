/// A small part of the Unicode bidirectional algorithm: enough to put right-to-left runs (Arabic, Hebrew…)
/// in reading order on a line. Letters are not shaped (joined), and embedding levels beyond two are not
/// modelled; the text layer always carries the logical order.
enum BidiLine {
    /// True for scripts written right to left.
    static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFE, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }

    /// The paragraph direction: that of its first strong character.
    static func baseIsRightToLeft(_ units: [TextUnit]) -> Bool {
        for unit in units {
            if let direction = strong(unit) { return direction }
        }
        return false
    }

    /// The units in the order they are drawn from left to right.
    static func visual(_ line: [TextUnit], rightToLeft base: Bool) -> [TextUnit] {
        let directions = resolved(line, base: base)
        var levels = directions.map { rtl in base ? (rtl ? 1 : 2) : (rtl ? 1 : 0) }
        var units = line
        for level in stride(from: levels.max() ?? 0, through: 1, by: -1) {
            var start = 0
            while start < units.count {
                guard levels[start] >= level else {
                    start += 1
                    continue
                }
                var end = start
                while end < units.count, levels[end] >= level { end += 1 }
                units[start..<end].reverse()
                levels[start..<end].reverse()
                start = end
            }
        }
        return units
    }

    /// The characters of `units` in logical order, as copy and paste should return them.
    static func text(_ units: [TextUnit]) -> String {
        var out = ""
        for unit in units {
            if let actual = unit.actualText { out += actual } else { out.unicodeScalars.append(unit.scalar) }
        }
        return out
    }

    /// True for right-to-left, false for left-to-right, nil for neutral characters (spaces, punctuation).
    private static func strong(_ unit: TextUnit) -> Bool? {
        if isRightToLeft(unit.scalar) { return true }
        if unit.style == .named || unit.style == .redaction { return false }
        let properties = unit.scalar.properties
        return properties.isAlphabetic || properties.numericType != nil ? false : nil
    }

    /// Each unit's direction, neutrals taking the direction around them or else the paragraph's.
    private static func resolved(_ line: [TextUnit], base: Bool) -> [Bool] {
        let strongs = line.map(strong)
        var next = [Bool?](repeating: nil, count: line.count)
        var following: Bool?
        for index in line.indices.reversed() {
            next[index] = following
            if let direction = strongs[index] { following = direction }
        }
        var previous: Bool?
        return line.indices.map { index in
            if let direction = strongs[index] {
                previous = direction
                return direction
            }
            return previous != nil && previous == next[index] ? previous! : base
        }
    }
}
