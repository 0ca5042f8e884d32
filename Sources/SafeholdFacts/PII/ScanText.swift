import SafeholdText

/// The text the PII finders read: folded (full-width digits as ASCII, invisible characters gone, lower case),
/// as bytes where ASCII and `0x80` elsewhere, with the way back to original offsets.
struct ScanText: Sendable {
    let folded: FoldedText
    let bytes: [UInt8]

    init(_ text: String) {
        folded = FoldedText(text, options: .standard)
        bytes = folded.scalars.map { $0.isASCII ? UInt8($0.value) : 0x80 }
    }

    var count: Int { bytes.count }

    /// The original offsets of a folded range.
    func original(_ range: Range<Int>) -> Range<Int> { folded.originalRange(of: range) }

    /// The folded text of a range, as a string.
    func string(_ range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: folded.scalars[range])
        return String(out)
    }

    func isDigit(_ index: Int) -> Bool { index >= 0 && index < count && bytes[index] >= 0x30 && bytes[index] <= 0x39 }

    func isLetter(_ index: Int) -> Bool {
        guard index >= 0 && index < count else { return false }
        let byte = bytes[index]
        return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x80
    }

    func isAlnum(_ index: Int) -> Bool { isDigit(index) || isLetter(index) }

    /// The up to `length` folded characters before `index`, for context words.
    func before(_ index: Int, length: Int = 24) -> String {
        string(max(0, index - length)..<max(0, index))
    }

    /// The up to `length` folded characters after `index`.
    func after(_ index: Int, length: Int = 16) -> String {
        string(min(count, index)..<min(count, index + length))
    }

    func entity(_ type: PIIType, _ range: Range<Int>, value: String, confidence: Double) -> PIIEntity {
        let span = original(range)
        return PIIEntity(type: type, start: span.lowerBound, end: span.upperBound, value: value, confidence: confidence)
    }
}

/// A run of digits with separators between them, read once and shared by the finders of numbers.
struct DigitRun: Sendable {
    /// The folded range, from the first digit (or `+`) to the last digit.
    var range: Range<Int>
    /// The digits only.
    var digits: [UInt8]
    /// The lengths of the digit groups as written.
    var groups: [Int]
    /// The separators used between groups.
    var separators: Set<UInt8>
    /// Whether a `+` came right before the first digit.
    var plus: Bool
    /// Whether parentheses were used.
    var parentheses: Bool

    var digitString: String { String(decoding: digits, as: UTF8.self) }
}

extension ScanText {
    /// Every run of digits separated by at most one of ` -./()` at a time, not glued to letters.
    func digitRuns(separators allowed: Set<UInt8> = [0x20, 0x2D, 0x2E, 0x2F, 0x28, 0x29], longest: Int = 40)
        -> [DigitRun]
    {
        var runs: [DigitRun] = []
        var index = 0
        while index < count {
            guard isDigit(index) || (bytes[index] == 0x28 && isDigit(index + 1)) else {
                index += 1
                continue
            }
            if isLetter(index - 1) {
                // Skip the word the digits are glued to; always move on, even from a "(" (as in `alert(1)`).
                index += 1
                while isAlnum(index) { index += 1 }
                continue
            }
            let run = readRun(from: index, allowed: allowed, longest: longest)
            index = max(run.range.upperBound, index + 1)
            if !isLetter(run.range.upperBound) { runs.append(run) }
        }
        return runs
    }

    private func readRun(from start: Int, allowed: Set<UInt8>, longest: Int) -> DigitRun {
        var run = DigitRun(
            range: start..<start,
            digits: [],
            groups: [],
            separators: [],
            plus: start > 0 && bytes[start - 1] == 0x2B,
            parentheses: false
        )
        if run.plus { run.range = (start - 1)..<start }
        var index = start
        var lastDigit = start
        var gap = 0
        var group = 0
        while index < count {
            let byte = bytes[index]
            if isDigit(index) {
                if group == 0 { run.groups.append(0) }
                run.digits.append(byte)
                group += 1
                run.groups[run.groups.count - 1] = group
                lastDigit = index
                gap = 0
                if run.digits.count > longest { break }
            } else if allowed.contains(byte), gap < 2 || ((byte == 0x28 || byte == 0x29) && gap < 3) {
                if byte == 0x28 || byte == 0x29 {
                    run.parentheses = true
                } else if gap == 0 {
                    run.separators.insert(byte)
                }
                group = 0
                gap += 1
            } else {
                break
            }
            index += 1
        }
        run.range = run.range.lowerBound..<(lastDigit + 1)
        return run
    }
}
