/// Structural checks: repeats, runs along the keyboard or alphabet, one word padded out.
enum Patterns {
    // MARK: Repeats

    /// Repeated chunks cover most of the passphrase ("aaaa…", "abcabc…", "iloveyouiloveyou"),
    /// or it is made of three or fewer different characters.
    static func isRepetitive(_ text: PassphraseText) -> Bool {
        let compact = text.compact
        guard compact.count >= 4 else { return false }
        if Set(compact).count <= 3 { return true }
        return max(repeatedCoverage(compact), repeatedCoverage(text.alphanumeric)) >= 0.6
    }

    /// The share of `chars` inside the longest stretch made of at least two copies of one chunk.
    static func repeatedCoverage(_ chars: [Character]) -> Double {
        let count = chars.count
        guard count >= 2 else { return 0 }
        var best = 0
        // Chunks longer than 64 characters are not looked for; this keeps the work linear.
        for period in 1...min(count / 2, 64) {
            var matched = 0
            for index in period..<count {
                if chars[index] == chars[index - period] {
                    matched += 1
                    if matched >= period { best = max(best, matched + period) }
                } else {
                    matched = 0
                }
            }
        }
        return Double(best) / Double(count)
    }

    // MARK: Sequences

    /// Orders people run along: alphabets, digits (wrapping 9 to 0), keyboard rows and columns.
    static let orders: [String] = [
        "abcdefghijklmnopqrstuvwxyz",
        "01234567890",
        "qwertyuiopasdfghjklzxcvbnm",
        "qwertyuiop[]asdfghjkl;'zxcvbnm,./",
        "qwertzuiopasdfghjklyxcvbnm",
        "azertyuiopqsdfghjklmwxcvbn",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
        "!@#$%^&*()_+",
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "йцукенгшщзхъфывапролджэячсмитьбю",
        "αβγδεζηθικλμνξοπρστυφχψω",
    ]

    /// Each order as the set of neighbouring pairs it allows, forwards and backwards.
    private static let stepSets: [Set<String>] = orders.flatMap { order -> [Set<String>] in
        let chars = Array(order)
        var forward = Set<String>()
        var backward = Set<String>()
        for index in 1..<chars.count {
            forward.insert(String([chars[index - 1], chars[index]]))
            backward.insert(String([chars[index], chars[index - 1]]))
        }
        return [forward, backward]
    }

    /// Half or more of the passphrase is made of runs of four or more along one order.
    static func isMostlySequence(_ text: PassphraseText) -> Bool {
        max(sequenceCoverage(text.compact), sequenceCoverage(text.alphanumeric)) >= 0.5
    }

    static func sequenceCoverage(_ chars: [Character]) -> Double {
        guard chars.count >= 4 else { return 0 }
        var covered = Array(repeating: false, count: chars.count)
        for steps in stepSets {
            var start = 0
            for index in 1...chars.count {
                let continues = index < chars.count && steps.contains(String([chars[index - 1], chars[index]]))
                if continues { continue }
                if index - start >= 4 {
                    for position in start..<index { covered[position] = true }
                }
                start = index
            }
        }
        return Double(covered.filter { $0 }.count) / Double(chars.count)
    }

    // MARK: One word, padded

    /// The longest single word taken as "one word" whatever it is; a longer lone run of
    /// letters counts only when it is on the common list (random strings can have one).
    static let longestPlainWord = 11

    /// A single word, shorter than the minimum on its own, brought up to length with digits
    /// or symbols ("sunshine12345678", "Bartholomew#2024!", "m0nk3y!!!!!!!!!!").
    static func isOneWordPadded(_ text: PassphraseText, minimumLength: Int, list: CommonList) -> Bool {
        let chars = text.lowered
        // Plain letters: exactly one run.
        let letterRuns = runs(of: chars) { $0.isLetter }
        if letterRuns.count == 1, let run = letterRuns.first, (3..<minimumLength).contains(run.count),
            padding(chars, outside: run) >= 2,
            run.count <= longestPlainWord || list.contains(String(chars[run]))
        {
            return true
        }
        // Letters with look-alikes: exactly one run, and it is a known word in disguise.
        let wordRuns = PassphraseText.wordRuns(chars)
        guard wordRuns.count == 1, let run = wordRuns.first, (3..<minimumLength).contains(run.count),
            padding(chars, outside: run) >= 2
        else { return false }
        var trimmed = run
        while let first = trimmed.first, chars[first].isASCIIDigit { trimmed = trimmed.dropFirst() }
        while let last = trimmed.last, chars[last].isASCIIDigit { trimmed = trimmed.dropLast() }
        return [run, trimmed].contains { part in
            PassphraseText.undoingLeet(chars[part]).contains { list.contains(String($0.filter(\.isLetter))) }
        }
    }

    private static func runs(of chars: [Character], where belongs: (Character) -> Bool) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var start: Int?
        for index in chars.indices {
            if belongs(chars[index]) {
                if start == nil { start = index }
            } else if let begun = start {
                found.append(begun..<index)
                start = nil
            }
        }
        if let begun = start { found.append(begun..<chars.count) }
        return found
    }

    /// Characters outside `run`, not counting spaces.
    private static func padding(_ chars: [Character], outside run: Range<Int>) -> Int {
        chars.indices.filter { !run.contains($0) && !chars[$0].isWhitespace }.count
    }
}
