import SafeholdText

/// One word of a message after folding and shorthand, with where it came from.
struct Token: Sendable {
    /// The canonical word.
    var text: String
    /// The word's numbers in the patterns' tables.
    var key: WordKeys.Key
    /// Folded offsets of the written word it came from; shorthand that became several words shares one range.
    var range: Range<Int>
    /// Sentence number; patterns never reach across sentences.
    var clause: Int
    /// Phrase number: like the sentence, but commas start a new phrase too.
    var phrase: Int
    /// Whether the word stands inside a pair of quotation marks.
    var quoted: Bool
}

/// The words of one message, ready for matching.
struct TokenizedMessage: Sendable {
    var tokens: [Token]
    /// Whether a word or emoji that marks a joke appeared.
    var jokeSignal: Bool
}

/// Splits folded text into canonical words in one pass: apostrophes inside words vanish (`don't` to `dont`),
/// shorthand expands (`u` to `you`), skipped words drop out, and sentences and phrases are numbered.
struct Tokenizer: Sendable {
    let vocabulary: Vocabulary
    let keys: WordKeys
    /// What each word the word lists or patterns know becomes, so that a word costs one lookup.
    private let known: [String: Reading]
    /// The same for the known words written in ASCII, found by the hash of their bytes, so that a message's
    /// ASCII words (most of them) are looked up without building a `String` or hashing it again. For ASCII, equal
    /// bytes and equal strings are the same thing.
    private let asciiIndex: HashIndex
    private let asciiWords: [[UInt8]]
    private let asciiReadings: [Reading]

    /// What a written word becomes.
    private enum Reading: Sendable {
        /// It marks a joke ("lol").
        case joke
        /// It is dropped ("really").
        case ignored
        /// It stands for itself, with its key (most words; no array to allocate).
        case word(String, WordKeys.Key)
        /// These canonical words, with their keys (shorthand gives several).
        case words([(text: String, key: WordKeys.Key)])
    }

    init(vocabulary: Vocabulary, keys: WordKeys) {
        self.vocabulary = vocabulary
        self.keys = keys
        var known: [String: Reading] = [:]
        for word in keys.words { known[word] = .word(word, keys.key(of: word)) }
        for (short, long) in vocabulary.shorthand { known[short] = .words(long.map { ($0, keys.key(of: $0)) }) }
        for word in vocabulary.ignored { known[word] = .ignored }
        for word in known.keys where vocabulary.jokePrefixes.contains(where: { word.hasPrefix($0) }) {
            known[word] = .joke
        }
        for word in vocabulary.jokeWords { known[word] = .joke }
        self.known = known
        contractions = vocabulary.contractions.mapValues { words in .words(words.map { ($0, keys.key(of: $0)) }) }
        let ascii = known.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } }
        asciiWords = ascii.keys.map { Array($0.utf8) }
        asciiReadings = ascii.keys.map { ascii[$0]! }
        asciiIndex = HashIndex(keys: asciiWords.map { word in word.withUnsafeBufferPointer { HashIndex.hash($0) } })
        asciiJokeEmoji = vocabulary.jokeEmoji.contains { $0.isASCII }
        asciiJokePrefixes = vocabulary.jokePrefixes.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }
    }

    /// What a contraction written with its apostrophe becomes (``Vocabulary/contractions``): `he'll` is "he will",
    /// while `hell` stays a word of its own.
    private let contractions: [String: Reading]

    /// The joke beginnings written in ASCII, as bytes.
    private let asciiJokePrefixes: [[UInt8]]
    /// Whether any joke emoji is an ASCII character (none of English's are).
    private let asciiJokeEmoji: Bool

    /// What a written word (lower-cased, apostrophes dropped) becomes; in the order the word lists are
    /// tried: a joke, then a dropped word, then shorthand.
    private func reading(of word: String) -> Reading {
        if let known = known[word] { return known }
        if vocabulary.jokePrefixes.contains(where: { word.hasPrefix($0) }) { return .joke }
        // Every word some pattern names is in `known`, so this one has no number of its own: only its beginnings.
        return .word(word, keys.unnamedKey(of: word))
    }

    /// ``reading(of:)`` for a word given as its UTF-8 bytes, the same answer without building a `String` for a
    /// known ASCII word.
    private func reading(ofBytes word: UnsafeBufferPointer<UInt8>) -> Reading {
        guard word.allSatisfy({ $0 < 0x80 }) else { return reading(of: String(decoding: word, as: UTF8.self)) }
        if let place = asciiIndex.place(of: HashIndex.hash(word)), Self.equal(asciiWords[place], word) {
            return asciiReadings[place]
        }
        // An ASCII word is only ever equal to an ASCII one, so no other key of `known` can be this word.
        if asciiJokePrefixes.contains(where: { $0.count <= word.count && word.prefix($0.count).elementsEqual($0) }) {
            return .joke
        }
        return .word(String(decoding: word, as: UTF8.self), keys.unnamedKey(ofBytes: word))
    }

    private static func equal(_ known: [UInt8], _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard known.count == word.count else { return false }
        return known.withUnsafeBufferPointer { known in
            for index in 0..<known.count where known[index] != word[index] { return false }
            return true
        }
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "\u{02BC}" || scalar == "`"
    }

    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x30 && value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The word starting at `index`, which moves past it: letters and digits, apostrophes between them
    /// (dropped, so `don't` reads `dont`), and letters masked with stars (`f*cking`, `k**l`) kept whole. The
    /// word's UTF-8 goes into `bytes` from its start.
    /// - Returns: How many bytes and how many scalars the word has.
    static func readWord(
        _ scalars: [Unicode.Scalar],
        at index: inout Int,
        into bytes: UnsafeMutableBufferPointer<UInt8>
    ) -> (bytes: Int, scalars: Int) {
        var count = 0
        var scalarCount = 0
        func append(_ scalar: Unicode.Scalar) {
            scalarCount += 1
            if scalar.value < 0x80 {
                bytes[count] = UInt8(truncatingIfNeeded: scalar.value)
                count += 1
                return
            }
            for unit in UTF8.encode(scalar)! {
                bytes[count] = unit
                count += 1
            }
        }
        while index < scalars.count {
            let next = scalars[index]
            if isWord(next) {
                append(next)
            } else if next == "*", let after = maskEnd(scalars, from: index) {
                for masked in scalars[index..<after] { append(masked) }
                index = after
                continue
            } else if !(isApostrophe(next) && index + 1 < scalars.count && isWord(scalars[index + 1])) {
                break
            }
            index += 1
        }
        return (count, scalarCount)
    }

    /// The end of a run of up to three stars that is followed by a letter, or nil.
    static func maskEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var end = start
        while end < scalars.count, end - start < 3, scalars[end] == "*" { end += 1 }
        return end < scalars.count && isWord(scalars[end]) ? end : nil
    }

    /// Drops letters at the end of a word that were written as `!` or `|`: folding reads a `!` between
    /// other characters as an `i` (`k!ll`), which also turns `live!!` into `livei!`.
    /// - Parameters:
    ///   - length: The word's length in bytes and in scalars, shortened here.
    ///   - end: The folded offset just past the word.
    /// - Returns: The folded offset just past the word's last kept scalar.
    static func trimExclamations(_ length: inout (bytes: Int, scalars: Int), end: Int, in folded: FoldedText) -> Int {
        var position = end - 1
        while position >= 0, length.scalars > 1 {
            let written = folded.original[folded.origin[position]]
            guard written == "!" || written == "|" else { break }
            // The word's last scalar is the one folded from this mark (a mark at a word's end is never an
            // apostrophe, and a star is written as a star).
            length.bytes -= UTF8.width(folded.scalars[position])
            length.scalars -= 1
            position -= 1
        }
        return position + 1
    }

    func tokenize(_ folded: FoldedText) -> TokenizedMessage {
        // Every word's bytes in turn: at most four a scalar.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, folded.scalars.count * 4)) { buffer in
            tokenize(folded, buffer: buffer)
        }
    }

    private func tokenize(_ folded: FoldedText, buffer: UnsafeMutableBufferPointer<UInt8>) -> TokenizedMessage {
        let scalars = folded.scalars
        let quotes = QuoteFinder.regions(in: scalars)
        var message = TokenizedMessage(tokens: [], jokeSignal: false)
        var clause = 0
        var phrase = 0
        var quoteIndex = 0
        // Whether a scalar stands inside quotation marks; positions only grow, so the regions are walked once.
        func isQuoted(_ position: Int) -> Bool {
            while quoteIndex < quotes.count, quotes[quoteIndex].upperBound <= position { quoteIndex += 1 }
            return quoteIndex < quotes.count && quotes[quoteIndex].contains(position)
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard Tokenizer.isWord(scalar) else {
                if isSentenceBreak(scalar, at: index, in: folded) {
                    clause += 1
                    phrase += 1
                } else if scalar == "," || (scalar == ":" && !Self.isInsideANumber(index, scalars)) {
                    // A colon opens a phrase, as a comma does ("just saying: …"), but not inside a time ("10:30").
                    phrase += 1
                }
                // Most of a message's other characters are ASCII, where the joke emoji usually are not.
                if scalar.value >= 0x80 || asciiJokeEmoji, vocabulary.jokeEmoji.contains(scalar) {
                    message.jokeSignal = true
                }
                if scalar.value >= 0x80, let word = vocabulary.emojiWords[scalar] {
                    // A phrase of its own, so that "I will find you 🔪" still ends its phrase after "you".
                    phrase += 1
                    appendEmoji(word, at: index, clause: clause, phrase: phrase, quoted: isQuoted(index), to: &message)
                    phrase += 1
                }
                index += 1
                continue
            }
            let start = index
            var length = Tokenizer.readWord(scalars, at: &index, into: buffer)
            // Scalars read but not kept are the apostrophes inside the word.
            let hadApostrophe = index - start > length.scalars
            let end = Tokenizer.trimExclamations(&length, end: index, in: folded)
            let quoted = isQuoted(start)
            let bytes = UnsafeBufferPointer(rebasing: buffer[0..<length.bytes])
            let contraction =
                hadApostrophe && !contractions.isEmpty ? contractions[String(decoding: bytes, as: UTF8.self)] : nil
            switch contraction ?? reading(ofBytes: bytes) {
            case .joke:
                // "I'm not joking" and "no kidding" say the opposite of a joke; the negation goes with the
                // joke word, so that it does not negate what follows.
                if let last = message.tokens.last, vocabulary.negators.contains(last.text) {
                    message.tokens.removeLast()
                } else {
                    message.jokeSignal = true
                }
            case .ignored:
                continue
            case .word(let text, let key):
                message.tokens.append(
                    Token(text: text, key: key, range: start..<end, clause: clause, phrase: phrase, quoted: quoted)
                )
            case .words(let canonical):
                for (text, key) in canonical {
                    message.tokens.append(
                        Token(text: text, key: key, range: start..<end, clause: clause, phrase: phrase, quoted: quoted)
                    )
                }
            }
        }
        if message.tokens.allSatisfy(\.quoted) {
            for position in message.tokens.indices { message.tokens[position].quoted = false }
        }
        Self.dropClosingToo(&message.tokens)
        return message
    }

    /// "too" says something before another word of its phrase ("too many", "too dumb to decide") and nothing at
    /// the phrase's end ("you too", "you are a loser too"), where every pattern ending there would have to allow
    /// for it; there it is dropped.
    static func dropClosingToo(_ tokens: inout [Token]) {
        guard tokens.contains(where: { $0.text == "too" }) else { return }
        var kept: [Token] = []
        kept.reserveCapacity(tokens.count)
        for (position, token) in tokens.enumerated() {
            let closes = position + 1 == tokens.count || tokens[position + 1].phrase != token.phrase
            if token.text == "too", closes { continue }
            kept.append(token)
        }
        tokens = kept
    }

    /// An emoji read as a word (``Vocabulary/emojiWords``): a token of its own, one scalar long, in a phrase of its
    /// own.
    private func appendEmoji(
        _ word: String,
        at index: Int,
        clause: Int,
        phrase: Int,
        quoted: Bool,
        to message: inout TokenizedMessage
    ) {
        guard case .word(let text, let key) = reading(of: word) else { return }
        message.tokens.append(
            Token(text: text, key: key, range: index..<(index + 1), clause: clause, phrase: phrase, quoted: quoted)
        )
    }

    /// Whether a digit follows the mark, as in a time ("10:30").
    private static func isInsideANumber(_ index: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        index + 1 < scalars.count && scalars[index + 1].properties.numericType != nil
    }

    private func isSentenceBreak(_ scalar: Unicode.Scalar, at index: Int, in folded: FoldedText) -> Bool {
        switch scalar {
        case ".", "!", "?", ";", "\u{2026}", "\u{3002}": return true
        case " ":
            let original = folded.original[folded.origin[index]]
            return original == "\n" || original == "\r" || original == "\u{2028}" || original == "\u{2029}"
        default: return false
        }
    }
}

/// Finds passages inside matching quotation marks. A mark that never closes quotes nothing, so that an
/// opening `"` cannot hide a whole message.
enum QuoteFinder {
    static func regions(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var regions: [Range<Int>] = []
        var openDouble: Int?
        var openSingle: Int?
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\"":
                if let open = openDouble {
                    regions.append(open..<index)
                    openDouble = nil
                } else {
                    openDouble = index
                }
            case "\u{201C}", "\u{201E}", "\u{00AB}":
                if openDouble == nil { openDouble = index }
            case "\u{201D}", "\u{00BB}":
                if let open = openDouble { regions.append(open..<index) }
                openDouble = nil
            case "'", "\u{2018}", "\u{2019}":
                let before = index > 0 && Tokenizer.isWord(scalars[index - 1])
                let after = index + 1 < scalars.count && Tokenizer.isWord(scalars[index + 1])
                if !before && after && openSingle == nil {
                    openSingle = index
                } else if before && !after, let open = openSingle {
                    regions.append(open..<index)
                    openSingle = nil
                }
            default:
                continue
            }
        }
        return regions.sorted { $0.lowerBound < $1.lowerBound }
    }
}
