/// Looks the passphrase up in the common list, as typed and in the disguised forms people
/// use to reach a length rule: spaces, punctuation and digits added, letters swapped for look-alikes.
struct CommonCheck {
    let list: CommonList

    /// A candidate word to look up, and what had to be stripped away to get it.
    private struct Candidate {
        var word: [Character]
        var padding: [Character]
    }

    func isCommon(_ text: PassphraseText) -> Bool {
        for candidate in candidates(text) {
            for word in [candidate.word] + repeatedUnits(candidate.word) where list.contains(String(word)) {
                if isWeakPadding(candidate.padding) {
                    return true
                }
            }
        }
        return false
    }

    private func candidates(_ text: PassphraseText) -> [Candidate] {
        var found: [Candidate] = [
            Candidate(word: text.lowered, padding: []),
            Candidate(word: text.compact, padding: []),
        ]
        var stripped: [Candidate] = [
            // Spaces and punctuation removed, digits kept ("trust.no.1").
            Candidate(word: text.alphanumeric, padding: text.compact.filter { !($0.isLetter || $0.isNumber) }),
            // Everything but letters removed ("Password1234567!").
            Candidate(word: text.compact.filter(\.isLetter), padding: text.compact.filter { !$0.isLetter }),
        ]
        // Leetspeak undone inside runs of letters ("p@ssw0rd2024", "k177yc@7"), and again with
        // digits trimmed off the ends of each run ("$unshine1", "1234sunshine").
        let chars = text.lowered
        let runs = PassphraseText.wordRuns(chars)
        for trimDigits in [false, true] {
            var inside: [Character] = []
            var used = Set<Int>()
            for run in runs {
                var lower = run.lowerBound
                var upper = run.upperBound
                if trimDigits {
                    while lower < upper, chars[lower].isASCIIDigit { lower += 1 }
                    while upper > lower, chars[upper - 1].isASCIIDigit { upper -= 1 }
                }
                inside += chars[lower..<upper]
                used.formUnion(lower..<upper)
            }
            let outside = chars.indices.filter { !used.contains($0) && !chars[$0].isWhitespace }.map { chars[$0] }
            for reading in PassphraseText.undoingLeet(inside) {
                stripped.append(Candidate(word: reading.filter(\.isLetter), padding: outside))
            }
        }
        // A stripped form must still be a real word, not one or two letters left over.
        found += stripped.filter { $0.word.count >= 3 }
        return found
    }

    /// For "abcabc" returns ["abc"]; empty when `word` is not two or more exact copies of a chunk.
    private func repeatedUnits(_ word: [Character]) -> [[Character]] {
        let count = word.count
        guard count >= 2 else { return [] }
        for size in 1...(count / 2) where count % size == 0 {
            let unit = Array(word[0..<size])
            if stride(from: size, to: count, by: size).allSatisfy({ word[$0..<$0 + size].elementsEqual(unit) }) {
                return [unit]
            }
        }
        return []
    }

    /// Whether what was stripped off adds little: short, few distinct characters, a run,
    /// a repeat, a date, or itself common. Strong random padding is not held against a word.
    private func isWeakPadding(_ padding: [Character]) -> Bool {
        if padding.count <= 6 || Set(padding).count <= 5 { return true }
        let text = PassphraseText(String(padding))
        return Patterns.isRepetitive(text)
            || Patterns.isMostlySequence(text)
            || DateFinder.containsDate(padding)
            || list.contains(String(padding))
    }
}
