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

    /// A single word (at least three letters, look-alikes included) that is shorter than the
    /// minimum on its own, brought up to length with digits or symbols ("sunshine12345678").
    static func isOneWordPadded(_ text: PassphraseText, minimumLength: Int) -> Bool {
        let runs = PassphraseText.wordRuns(text.lowered)
        guard runs.count == 1, let run = runs.first else { return false }
        guard run.count >= 3, run.count < minimumLength else { return false }
        let padding = text.lowered.indices.filter { !run.contains($0) && !text.lowered[$0].isWhitespace }
        return padding.count >= 2
    }
}
