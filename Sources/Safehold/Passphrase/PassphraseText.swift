import Foundation

/// A passphrase prepared for checking: outer whitespace trimmed, NFC-normalised, lowercased.
struct PassphraseText {
    /// Length in user-perceived characters of the trimmed, NFC-normalised passphrase.
    let length: Int
    /// Lowercased characters, inner whitespace kept.
    let lowered: [Character]
    /// `lowered` without whitespace.
    let compact: [Character]
    /// `lowered` with only letters (any script) and digits.
    let alphanumeric: [Character]

    init(_ raw: String) {
        let nfc = raw.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        length = nfc.count
        lowered = Array(nfc.lowercased().precomposedStringWithCanonicalMapping)
        compact = lowered.filter { !$0.isWhitespace }
        alphanumeric = lowered.filter { $0.isLetter || $0.isNumber }
    }

    /// The form used for list entries and lookups.
    static func folded(_ string: String) -> String {
        string.trimmingCharacters(in: .whitespacesAndNewlines)
            .precomposedStringWithCanonicalMapping
            .lowercased()
            .precomposedStringWithCanonicalMapping
    }

    /// Leetspeak substitutions that are undone before looking a passphrase up.
    static let leet: [Character: [Character]] = [
        "0": ["o"], "1": ["i", "l"], "3": ["e"], "4": ["a"], "5": ["s"], "7": ["t"], "@": ["a"], "$": ["s"],
    ]

    /// Runs of letters, where leetspeak characters count as letters when they stand in a
    /// block with at least one real letter (so `p@ssw0rd` and `v3rb@71m` are one run each,
    /// but the `42` in `velvet-42-harbour` is not a word).
    static func wordRuns(_ chars: [Character]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = 0
        while index < chars.count {
            guard chars[index].isLetter || leet[chars[index]] != nil else {
                index += 1
                continue
            }
            var end = index
            var hasLetter = false
            while end < chars.count, chars[end].isLetter || leet[chars[end]] != nil {
                hasLetter = hasLetter || chars[end].isLetter
                end += 1
            }
            if hasLetter {
                runs.append(index..<end)
            }
            index = end
        }
        return runs
    }

    /// Every way of undoing leetspeak in `chars` (only `1` has two readings; it is read
    /// the same way throughout, which keeps the number of variants at two).
    static func undoingLeet(_ chars: some Sequence<Character>) -> [[Character]] {
        var asI: [Character] = []
        var asL: [Character] = []
        var sawOne = false
        for char in chars {
            if let readings = leet[char] {
                asI.append(readings[0])
                asL.append(readings[readings.count - 1])
                sawOne = sawOne || readings.count > 1
            } else {
                asI.append(char)
                asL.append(char)
            }
        }
        return sawOne ? [asI, asL] : [asI]
    }
}

extension Character {
    var isASCIIDigit: Bool {
        guard let value = asciiValue else { return false }
        return (48...57).contains(value)
    }
}
