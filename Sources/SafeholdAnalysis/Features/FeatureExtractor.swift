import SafeholdText

/// The hashed features of one text, kept per token so that each word's share of a score can be found.
///
/// Text is folded with ``TextFolding/aggressive`` first, so `k!ll`, `i d i o t`, `stuuupid`, look-alike letters
/// and zero-width characters give exactly the features of the plain word.
struct ExtractedFeatures: Sendable {
    /// The folded text, for mapping token ranges back to the original.
    var folded: FoldedText
    /// Folded ranges of the tokens: runs of letters and digits, and single symbols such as emoji.
    var tokens: [Range<Int>] = []
    /// Where each token's features start in ``buckets``; one more entry than tokens.
    var tokenStarts: [Int] = [0]
    /// Word and character n-gram buckets, token after token.
    var buckets: [UInt32] = []
    /// The bucket of the pair formed by token `i` and token `i + 1`.
    var bigrams: [UInt32] = []
    /// The tokens that name a group of people (``GroupWords``), in order.
    var groupTokens: [Int] = []
    /// Whether a token is a whole word of ``ProfaneWords`` (compounds are found later, when needed).
    var hasProfaneToken = false
    /// Whether a token is a word of ``GenderWords``.
    var hasGenderedToken = false
    /// Whether a token is a word of harm, a weapon or death (``WordFacts/violent``).
    var hasViolentToken = false
    /// Whether a token carries hostility (``WordFacts/hostile``).
    var hasHostileToken = false
    /// Each word's unigram hash, unmarked by negation; only for training
    /// (``FeatureExtractor/init(settings:recordsWords:)``).
    var wordHashes: [UInt64] = []

    /// All features counted once per occurrence.
    var featureCount: Int { buckets.count + bigrams.count }

    /// The factor every feature is multiplied by, so that long and short texts are on one scale.
    var norm: Float = 0
}

/// Turns text into hashed features.
struct FeatureExtractor: Sendable {
    let settings: FeatureSettings
    private let mask: UInt32
    /// The plain dictionary words the model did not learn (``PlainWords``); they give no character n-grams.
    private let unlearned: PlainWords?
    /// Whether ``ExtractedFeatures/wordHashes`` is filled (for training, which counts the words it saw).
    private let recordsWords: Bool

    /// An extractor for training: every word gives its n-grams, and with `recordsWords` the words are listed.
    init(settings: FeatureSettings, recordsWords: Bool = false) {
        self.settings = settings
        mask = UInt32(settings.bucketCount - 1)
        unlearned = nil
        self.recordsWords = recordsWords
    }

    /// An extractor for a trained model: a word of the plain list that the model did not learn gives no
    /// character n-grams, which would read it as the abusive words that share its letters ("bitcoin").
    /// - Parameter unlearned: Those words; nil when the settings name no list.
    init(settings: FeatureSettings, unlearned: PlainWords?) {
        self.settings = settings
        mask = UInt32(settings.bucketCount - 1)
        self.unlearned = settings.plainWords > 0 ? unlearned : nil
        recordsWords = false
    }

    func extract(_ text: String) -> ExtractedFeatures {
        extract(folded: FoldedText(text, options: .aggressive))
    }

    /// The features of text already folded with ``TextFolding/aggressive``.
    func extract(folded: FoldedText) -> ExtractedFeatures {
        var result = ExtractedFeatures(folded: folded)
        let scalars = result.folded.scalars
        var state = WalkState(negation: NegationScope(scope: settings.negationScope))
        result.buckets.reserveCapacity(scalars.count * 5)
        // One buffer for every word's character n-grams: the word between its boundary marks.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: settings.charGramWordLimit + 2) { padded in
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if Self.isWordScalar(scalar) {
                    var end = index + 1
                    while end < scalars.count && Self.isWordScalar(scalars[end]) { end += 1 }
                    addWord(scalars, index..<end, to: &result, state: &state, padded: padded)
                    index = end
                } else {
                    if Self.isSymbolToken(scalar) {
                        addWord(scalars, index..<index + 1, to: &result, state: &state, padded: padded)
                    } else if NegationScope.isBoundary(scalar) {
                        state.negation.end()
                    }
                    index += 1
                }
            }
        }
        for pair in state.tokenHashes.indices.dropLast() {
            let joined = (state.tokenHashes[pair] &* 0x9E37_79B9_7F4A_7C15) ^ state.tokenHashes[pair + 1] ^ Seeds.bigram
            result.bigrams.append(bucket(joined))
        }
        result.norm =
            result.featureCount == 0 ? 0 : 1 / Float(max(result.featureCount, settings.normFloor)).squareRoot()
        return result
    }

    /// What the walk over the tokens carries from one token to the next.
    private struct WalkState {
        var negation: NegationScope
        var tokenHashes: [UInt64] = []
        /// The previous token's class key (its class, or its own hash when it has none).
        var previousKey: UInt64?
        var previousHasClass = false
    }

    /// Adds one token: its unigram, character n-grams and word-class features. A negated word gives only its
    /// marked unigram and marked class, and a plain dictionary word the model did not learn no character n-grams.
    private func addWord(
        _ scalars: [Unicode.Scalar],
        _ range: Range<Int>,
        to result: inout ExtractedFeatures,
        state: inout WalkState,
        padded: UnsafeMutableBufferPointer<UInt32>
    ) {
        var plainHash = Seeds.word
        for position in range { plainHash = Self.step(plainHash, scalars[position].value) }
        let facts =
            settings.negationScope > 0 || settings.wordClasses
            ? WordTable.facts(of: plainHash) ?? WordFacts() : WordFacts()
        let negated = state.negation.covers(facts.role)
        var wordHash = plainHash
        if negated {
            wordHash = Seeds.negatedWord
            for position in range { wordHash = Self.step(wordHash, scalars[position].value) }
        }
        result.buckets.append(bucket(wordHash))
        if !negated, !(unlearned?.contains(plainHash) ?? false) {
            addCharGrams(scalars, range, to: &result.buckets, buffer: padded)
        }
        if recordsWords { result.wordHashes.append(plainHash) }
        if settings.wordClasses { addClass(facts.wordClass, wordHash, negated, &result, &state) }
        if facts.namesGroup { result.groupTokens.append(result.tokens.count) }
        if facts.profane { result.hasProfaneToken = true }
        if facts.gendered { result.hasGenderedToken = true }
        if facts.violent { result.hasViolentToken = true }
        if facts.hostile { result.hasHostileToken = true }
        result.tokens.append(range)
        result.tokenStarts.append(result.buckets.count)
        state.tokenHashes.append(wordHash)
    }

    /// The class feature of a word, and the pair feature with the word before when either has a class.
    private func addClass(
        _ wordClass: WordClass?,
        _ wordHash: UInt64,
        _ negated: Bool,
        _ result: inout ExtractedFeatures,
        _ state: inout WalkState
    ) {
        var key = wordHash
        if let wordClass {
            key = Self.step(negated ? Seeds.negatedClass : Seeds.wordClass, UInt32(wordClass.rawValue))
            result.buckets.append(bucket(key))
        }
        if let previous = state.previousKey, wordClass != nil || state.previousHasClass {
            result.buckets.append(bucket((previous &* 0x9E37_79B9_7F4A_7C15) ^ key ^ Seeds.classPair))
        }
        state.previousKey = key
        state.previousHasClass = wordClass != nil
    }

    /// Character n-grams of the word between boundary marks; `buffer` is reused from word to word and holds
    /// ``FeatureSettings/charGramWordLimit`` letters and the two marks.
    private func addCharGrams(
        _ scalars: [Unicode.Scalar],
        _ range: Range<Int>,
        to buckets: inout [UInt32],
        buffer: UnsafeMutableBufferPointer<UInt32>
    ) {
        let limited = range.lowerBound..<min(range.upperBound, range.lowerBound + settings.charGramWordLimit)
        buffer[0] = 2
        for position in limited { buffer[position - limited.lowerBound + 1] = scalars[position].value }
        buffer[limited.count + 1] = 3
        let padded = UnsafeMutableBufferPointer(rebasing: buffer[0..<(limited.count + 2)])
        for start in padded.indices {
            var hash = Seeds.charGram
            let longest = min(settings.maxCharGram, padded.count - start)
            guard longest >= settings.minCharGram else { break }
            for length in 1...longest {
                hash = Self.step(hash, padded[start + length - 1])
                if length >= settings.minCharGram { buckets.append(bucket(hash)) }
            }
        }
    }

    /// The unigram hash of a word given as text, the key of ``WordTable``.
    static func wordHash(_ word: String) -> UInt64 {
        var hash = wordSeed
        for scalar in word.unicodeScalars { hash = step(hash, scalar.value) }
        return hash
    }

    private func bucket(_ hash: UInt64) -> UInt32 {
        var mixed = hash
        mixed ^= mixed >> 33
        mixed &*= 0xFF51_AFD7_ED55_8CCD
        mixed ^= mixed >> 33
        return UInt32(truncatingIfNeeded: mixed) & mask
    }

    /// Where a word's unigram hash starts.
    static let wordSeed = Seeds.word

    @inline(__always) static func step(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
                || (value >= 0x41 && value <= 0x5A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Emoji and other pictographs carry meaning (a knife, a gun) and count as tokens of one scalar.
    static func isSymbolToken(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x80 && scalar.properties.generalCategory == .otherSymbol
    }

    private enum Seeds {
        static let word: UInt64 = 0xCBF2_9CE4_8422_2325
        static let charGram: UInt64 = 0x84222325_CBF29CE4
        static let bigram: UInt64 = 0x5851_F42D_4C95_7F2D
        static let negatedWord: UInt64 = 0x2545_F491_4F6C_DD1D
        static let wordClass: UInt64 = 0x6A09_E667_F3BC_C908
        static let negatedClass: UInt64 = 0xBB67_AE85_84CA_A73B
        static let classPair: UInt64 = 0x3C6E_F372_FE94_F82B
    }
}
