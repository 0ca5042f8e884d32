/// Text folded into a plain form for matching, with a map back to where each folded character came from.
///
/// Abusers disguise words so that filters miss them: `k!ll`, `i d i o t`, `stuuupid`, Cyrillic letters that
/// look Latin, zero-width characters between letters. Analyzers match against ``scalars``; every span they
/// find is turned back into offsets of the original text with ``originalRange(of:)``, so a person is shown
/// exactly the characters that were written. Offsets are counted in Unicode scalars throughout, which is what
/// Safehold's JSON Lines interfaces document.
public struct FoldedText: Sendable {
    /// The original text, as Unicode scalars.
    public let original: [Unicode.Scalar]
    /// The folded text.
    public private(set) var scalars: [Unicode.Scalar]
    /// For each folded scalar, the offset of the original scalar it came from.
    public private(set) var origin: [Int]

    /// Folds a text.
    /// - Parameters:
    ///   - text: Text someone else wrote.
    ///   - options: Which disguises to undo.
    public init(_ text: String, options: TextFolding = .standard) {
        // One pass to decode: the UTF-8 count is an upper bound of the scalars' count.
        let byteCount = text.utf8.count
        let original = [Unicode.Scalar](unsafeUninitializedCapacity: byteCount) { buffer, count in
            for scalar in text.unicodeScalars {
                buffer[count] = scalar
                count += 1
            }
        }
        self.original = original
        var scalars: [Unicode.Scalar]
        var origin: [Int]
        if original.count == byteCount {
            // All ASCII, as most texts are: each scalar folds to exactly one, in place.
            scalars = [Unicode.Scalar](unsafeUninitializedCapacity: byteCount) { buffer, count in
                for offset in 0..<byteCount {
                    buffer[offset] = ScalarFolding.foldASCII(original[offset], options: options)
                }
                count = byteCount
            }
            origin = Array(0..<byteCount)
        } else {
            scalars = []
            origin = []
            scalars.reserveCapacity(original.count)
            origin.reserveCapacity(original.count)
            for (offset, scalar) in original.enumerated() {
                if scalar.value < 0x80 {
                    scalars.append(ScalarFolding.foldASCII(scalar, options: options))
                    origin.append(offset)
                    continue
                }
                ScalarFolding.fold(scalar, options: options) { folded in
                    scalars.append(folded)
                    origin.append(offset)
                }
            }
        }
        self.scalars = scalars
        self.origin = origin
        if options.contains(.leet) { foldLeet() }
        if options.contains(.unmask) { unmask() }
        if options.contains(.joinSpacedLetters) {
            joinSpacedLetters()
            joinBrokenWords()
        }
        if options.contains(.squeezeRepeats) { squeezeRepeats() }
        if options.contains(.respell) { respell() }
    }

    /// The folded text as a string.
    public var string: String {
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars)
        return out
    }

    /// The original offsets (in Unicode scalars, end exclusive) covered by a range of folded offsets.
    public func originalRange(of folded: Range<Int>) -> Range<Int> {
        guard !folded.isEmpty, folded.lowerBound < origin.count else {
            let at = folded.lowerBound < origin.count ? origin[folded.lowerBound] : original.count
            return at..<at
        }
        let last = min(folded.upperBound, origin.count) - 1
        return origin[folded.lowerBound]..<(origin[last] + 1)
    }

    /// The runs of letters and digits in the folded text, as folded ranges.
    public func words() -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?
        for (index, scalar) in scalars.enumerated() {
            if ScalarFolding.isWordScalar(scalar) {
                if start == nil { start = index }
            } else if let begun = start {
                result.append(begun..<index)
                start = nil
            }
        }
        if let begun = start { result.append(begun..<scalars.count) }
        return result
    }

    /// Replaces digits and symbols that stand in for letters, but only inside a word that also has letters,
    /// so that phone numbers, prices and dates keep their digits. `1`, `|`, `!` and a capital `I` inside a
    /// lower-case word can each be an i or an l; two or more in a row after a letter are read as l (`ki11`,
    /// `kiII`, `ki||`), because English words almost never double an i, and one alone as i (`k1ll`, `b!tch`).
    private mutating func foldLeet() {
        var index = 0
        while index < scalars.count {
            guard !ScalarFolding.isSpace(scalars[index]) else {
                index += 1
                continue
            }
            var end = index
            var letters = 0
            // Whether anything in the word could stand for a letter: most words hold nothing that could, and
            // are passed over after this one scan.
            var standIns = false
            while end < scalars.count && !ScalarFolding.isSpace(scalars[end]) {
                let scalar = scalars[end]
                if ScalarFolding.isLetter(scalar) {
                    letters += 1
                    if scalar == "i" || scalar == "I", original[origin[end]] == "I" { standIns = true }
                } else if ScalarFolding.leetLetter(scalar, inside: true) != nil {
                    standIns = true
                }
                end += 1
            }
            if letters > 0, standIns {
                var lowercase = false
                for position in index..<end {
                    if case "a"..."z" = original[origin[position]] {
                        lowercase = true
                        break
                    }
                }
                var position = index
                while position < end {
                    var run = position
                    while run < end, isIOrL(at: run, in: index..<end, lowercaseWord: lowercase) { run += 1 }
                    // Only after a letter, so that "11am" keeps its digits.
                    if run - position >= 2, position > index, ScalarFolding.isLetter(scalars[position - 1]) {
                        for doubled in position..<run { scalars[doubled] = "l" }
                        position = run
                        continue
                    }
                    let inside = position > index && position < end - 1
                    if let letter = ScalarFolding.leetLetter(scalars[position], inside: inside) {
                        scalars[position] = letter
                    }
                    position += 1
                }
            }
            index = end
        }
    }

    /// Whether the character can stand for an i or an l: a `1`, a `|` after the word's first character, a `!`
    /// between other characters, or a capital `I` after the first letter of a word written in lower case.
    private func isIOrL(at position: Int, in word: Range<Int>, lowercaseWord: Bool) -> Bool {
        let inside = position > word.lowerBound && position < word.upperBound - 1
        switch scalars[position] {
        case "1": return true
        case "|": return position > word.lowerBound
        case "!": return inside
        default: return lowercaseWord && position > word.lowerBound && original[origin[position]] == "I"
        }
    }

    /// Fills in a word whose letters are hidden behind `*` or `#` after its first letter (`b***h`, `f*ck`,
    /// `st*pid`) when exactly one word of ``MaskedWords`` has its length and shows its letters; with several
    /// (`s**t`), the first in the list, so a masked word always reads as some abusive word, never as none.
    private mutating func unmask() {
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "*" || scalars[index] == "#" else {
                index += 1
                continue
            }
            // The word around the mask: letters and masks, beginning with a letter.
            var start = index
            while start > 0, Self.isLetterOrMask(scalars[start - 1]) { start -= 1 }
            var end = index
            while end < scalars.count, Self.isLetterOrMask(scalars[end]) { end += 1 }
            while start < end, !ScalarFolding.isLetter(scalars[start]) { start += 1 }
            if start < index, let word = MaskedWords.match(scalars[start..<end]) {
                for (position, letter) in zip(start..<end, word.unicodeScalars) { scalars[position] = letter }
            }
            index = end
        }
    }

    private static func isLetterOrMask(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "*" || scalar == "#" || ScalarFolding.isLetter(scalar)
    }

    /// Joins runs of three or more single letters set apart by spaces, dots, dashes or underscores, one to three of
    /// them and the same between every two letters (`i d i o t`, `k.i.l.l`, `k . i . l . l`), into one word.
    private mutating func joinSpacedLetters() {
        // Made only when a run is found: most texts have none, and then nothing is copied.
        var keep: [Bool]?
        var index = 0
        while index < scalars.count {
            guard isSingleLetter(at: index) else {
                // No letter of a run of two or more stands alone, so the rest of the run is passed over at once.
                index += 1
                while index < scalars.count, ScalarFolding.isLetter(scalars[index - 1]),
                    ScalarFolding.isLetter(scalars[index])
                {
                    index += 1
                }
                continue
            }
            // The letters stand at index, … cursor, with one to three separators between each two (`k i l l`,
            // `k.i.l.l`, `k . i . l . l`), the same between every two, so they stand `step` apart. No array is made:
            // every single letter ("a", "I") starts here.
            var gap = 0
            var letters = 1
            var cursor = index
            while true {
                var next = cursor + 1
                while next < scalars.count, next - cursor <= Self.longestLetterGap,
                    ScalarFolding.isLetterSeparator(scalars[next])
                {
                    next += 1
                }
                let length = next - cursor - 1
                guard length > 0, next < scalars.count, isSingleLetter(at: next),
                    gap == 0
                        || (length == gap
                            && scalars[(cursor + 1)..<next].elementsEqual(scalars[(index + 1)..<(index + 1 + gap)]))
                else { break }
                gap = length
                letters += 1
                cursor = next
            }
            let step = gap + 1
            // "u r a", "r u a": chat shorthand for "you are a", not a word spelled out.
            if letters >= 3,
                !(letters <= 4
                    && stride(from: index, through: cursor, by: step).allSatisfy {
                        Self.shorthandLetters.contains(scalars[$0])
                    })
            {
                if keep == nil { keep = [Bool](repeating: true, count: scalars.count) }
                for letter in stride(from: index, to: cursor, by: step) {
                    for separator in (letter + 1)..<(letter + step) { keep?[separator] = false }
                }
            }
            index = cursor + 1
        }
        if let keep { compact(keeping: keep) }
    }

    /// Joins a word broken by single dots, dashes or underscores (`kil.l`, `b-itch`, `st_upid`) when its pieces
    /// together spell a listed abusive, threatening or group word, or a slip of one (``Respelling/isListed(_:)``).
    /// Other broken words ("e.g.", "re-read", "file_name", "www.site.com") and handles (`@kil_l`) stay as written.
    private mutating func joinBrokenWords() {
        var keep: [Bool]?
        var index = 0
        while index < scalars.count {
            guard Self.isPlainLetter(scalars[index]),
                index == 0
                    || !(ScalarFolding.isWordScalar(scalars[index - 1]) || Self.breaksWord(scalars[index - 1])
                        || scalars[index - 1] == "@")
            else {
                index += 1
                continue
            }
            // The pieces: letters, each run after the first set apart by one breaking mark. Most words have no
            // break, and are passed over without building anything.
            var end = index
            var breaks: [Int] = []
            while end < scalars.count {
                if Self.isPlainLetter(scalars[end]) {
                    end += 1
                } else if Self.breaksWord(scalars[end]), end + 1 < scalars.count, Self.isPlainLetter(scalars[end + 1]),
                    end > index
                {
                    breaks.append(end)
                    end += 1
                } else {
                    break
                }
            }
            guard !breaks.isEmpty else {
                index = end
                continue
            }
            let whole = end == scalars.count || !(ScalarFolding.isWordScalar(scalars[end]) || scalars[end] == "@")
            let letters = scalars[index..<end].compactMap {
                Self.isPlainLetter($0) ? UInt8(truncatingIfNeeded: $0.value) : nil
            }
            if whole, original[origin[index]] != "@", letters.count <= Respelling.longestSplit,
                letters.withUnsafeBufferPointer(Respelling.isListed)
            {
                if keep == nil { keep = [Bool](repeating: true, count: scalars.count) }
                for position in breaks { keep?[position] = false }
            }
            index = end
        }
        if let keep { compact(keeping: keep) }
    }

    /// A mark that breaks a word apart without ending it, in ``joinBrokenWords()``.
    private static func breaksWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "-" || scalar == "_"
    }

    /// The most separators between two spaced letters of one word (`k . i . l . l`).
    private static let longestLetterGap = 3

    /// Letters that stand for words in chat ("u r a", "r u", "y"), which a short run of spaced letters is made of
    /// when it is shorthand rather than a word spelled out.
    private static let shorthandLetters: Set<Unicode.Scalar> = ["u", "r", "a", "i", "y", "n"]

    /// Whether a letter stands alone: no letter right before or after it.
    private func isSingleLetter(at index: Int) -> Bool {
        ScalarFolding.isLetter(scalars[index])
            && (index == 0 || !ScalarFolding.isLetter(scalars[index - 1]))
            && (index + 1 == scalars.count || !ScalarFolding.isLetter(scalars[index + 1]))
    }

    /// Shortens a run of three or more of the same letter to one (`stuuupid` to `stupid`).
    private mutating func squeezeRepeats() {
        guard !scalars.isEmpty else { return }
        // Made only when a run is found: most texts have none, and then nothing is copied.
        var keep: [Bool]?
        var runStart = 0
        for index in 1...scalars.count where index == scalars.count || scalars[index] != scalars[runStart] {
            if index - runStart >= 3 && ScalarFolding.isLetter(scalars[runStart]) {
                if keep == nil { keep = [Bool](repeating: true, count: scalars.count) }
                for position in (runStart + 1)..<index { keep?[position] = false }
            }
            runStart = index
        }
        if let keep { compact(keeping: keep) }
    }

    /// Reads abusive words written with one slip of the keys (`stuipd`), or run together with short words
    /// (`iwillkillyou`), as they were meant: ``Respelling`` says how, and only ever towards its own short lists.
    /// A word that grows or shrinks keeps its first and last letters' origins; a space put between run-together
    /// words takes the origin of the letter after it, so spans still cover exactly what was written.
    private mutating func respell() {
        let edits = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Respelling.longestSplit) {
            respellings(buffer: $0)
        }
        guard !edits.isEmpty else { return }
        var newScalars: [Unicode.Scalar] = []
        var newOrigin: [Int] = []
        newScalars.reserveCapacity(scalars.count + 8)
        newOrigin.reserveCapacity(scalars.count + 8)
        var copied = 0
        for (range, reading) in edits {
            newScalars += scalars[copied..<range.lowerBound]
            newOrigin += origin[copied..<range.lowerBound]
            switch reading {
            case .word(let word):
                // Letter for letter from the start, and the last letter from the last one written, so that a
                // word that grew or shrank ("idot", "biatch") still maps back to all of what was written.
                for (offset, byte) in word.enumerated() {
                    newScalars.append(Unicode.Scalar(byte))
                    let written = offset == word.count - 1 ? range.count - 1 : min(offset, range.count - 1)
                    newOrigin.append(origin[range.lowerBound + written])
                }
            case .split(let cuts):
                for position in range {
                    if cuts.contains(position - range.lowerBound) {
                        newScalars.append(" ")
                        newOrigin.append(origin[position])
                    }
                    newScalars.append(scalars[position])
                    newOrigin.append(origin[position])
                }
            }
            copied = range.upperBound
        }
        newScalars += scalars[copied...]
        newOrigin += origin[copied...]
        scalars = newScalars
        origin = newOrigin
    }

    /// The words ``respell()`` reads otherwise, in order; `buffer` holds one word's letters at a time.
    private func respellings(
        buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> [(range: Range<Int>, reading: Respelling.Reading)] {
        var edits: [(range: Range<Int>, reading: Respelling.Reading)] = []
        var index = 0
        // Inside an @handle from its "@" to the next space: names are left as written ("@MurderSHE_smoke").
        var inHandle = false
        while index < scalars.count {
            guard Self.isPlainLetter(scalars[index]) else {
                // Only an "@" folds to "@" (a full-width one too, which is not a handle's mark).
                if scalars[index] == "@", original[origin[index]] == "@" {
                    inHandle = true
                } else if ScalarFolding.isSpace(scalars[index]) {
                    inHandle = false
                }
                index += 1
                continue
            }
            let start = index
            // Leet folding has already read the "@" itself as an "a".
            if original[origin[index]] == "@" { inHandle = true }
            while index < scalars.count, Self.isPlainLetter(scalars[index]) { index += 1 }
            if inHandle { continue }
            // Only whole words of plain letters: not part of a word with digits or other letters.
            if start > 0, ScalarFolding.isWordScalar(scalars[start - 1]) { continue }
            if index < scalars.count, ScalarFolding.isWordScalar(scalars[index]) { continue }
            // "h8" and its kin: leet folding read the 8 as a b, where text-speak means the sound "ate".
            if index - start <= Respelling.longestEight,
                let word = Respelling.eightWord(scalars[start..<index], eight: { original[origin[$0]] == "8" })
            {
                edits.append((start..<index, .word(word)))
                continue
            }
            guard index - start >= 4, index - start <= Respelling.longestSplit else { continue }
            for position in start..<index {
                buffer[position - start] = UInt8(truncatingIfNeeded: scalars[position].value)
            }
            if let reading = Respelling.reading(of: UnsafeBufferPointer(rebasing: buffer[0..<(index - start)])) {
                edits.append((start..<index, reading))
            }
        }
        return edits
    }

    /// A lower-case letter from a to z.
    private static func isPlainLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x61 && scalar.value <= 0x7A
    }

    private mutating func compact(keeping keep: [Bool]) {
        var newScalars: [Unicode.Scalar] = []
        var newOrigin: [Int] = []
        newScalars.reserveCapacity(scalars.count)
        newOrigin.reserveCapacity(scalars.count)
        for index in scalars.indices where keep[index] {
            newScalars.append(scalars[index])
            newOrigin.append(origin[index])
        }
        scalars = newScalars
        origin = newOrigin
    }
}

/// The disguises ``FoldedText`` undoes.
public struct TextFolding: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Lower case, with the case distinctions of every script removed.
    public static let caseFold = TextFolding(rawValue: 1 << 0)
    /// Accents and other combining marks removed (`José` to `jose`).
    public static let stripMarks = TextFolding(rawValue: 1 << 1)
    /// Zero-width, direction and other invisible formatting characters removed.
    public static let removeInvisible = TextFolding(rawValue: 1 << 2)
    /// Compatibility forms (full-width, circled, mathematical letters) and common look-alike letters from
    /// Cyrillic and Greek read as the Latin letter they imitate.
    public static let lookAlikes = TextFolding(rawValue: 1 << 3)
    /// Digits and symbols inside words read as the letters they stand for (`k!ll`, `1d10t`).
    public static let leet = TextFolding(rawValue: 1 << 4)
    /// Letters spaced apart joined into one word (`i d i o t`).
    public static let joinSpacedLetters = TextFolding(rawValue: 1 << 5)
    /// Runs of three or more of the same letter shortened to one.
    public static let squeezeRepeats = TextFolding(rawValue: 1 << 6)
    /// Every kind of space and line break read as a plain space.
    public static let plainSpaces = TextFolding(rawValue: 1 << 7)
    /// Abusive words with letters hidden behind `*` or `#` filled in (`b***h`, `f*ck`).
    public static let unmask = TextFolding(rawValue: 1 << 8)
    /// Abusive words with one slip of the keys (`stuipd`, `idot`) read as meant, and words run together
    /// (`iwillkillyou`) split, only ever towards a short list of abusive, threatening and group words.
    public static let respell = TextFolding(rawValue: 1 << 9)

    /// Case, marks, invisible characters, look-alikes and spaces: safe for every kind of matching.
    public static let standard: TextFolding = [.caseFold, .stripMarks, .removeInvisible, .lookAlikes, .plainSpaces]
    /// Everything, for finding disguised abusive words.
    public static let aggressive: TextFolding = [
        .standard, .leet, .unmask, .joinSpacedLetters, .squeezeRepeats, .respell,
    ]
}
