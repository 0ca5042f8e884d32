/// How text becomes hashed features; stored in the model file so that training and use always agree.
public struct FeatureSettings: Sendable, Hashable, Codable {
    /// The number of hash buckets is `1 << bucketBits`.
    public var bucketBits: Int
    /// Shortest character n-gram taken inside a word (with its boundary marks).
    public var minCharGram: Int
    /// Longest character n-gram taken inside a word.
    public var maxCharGram: Int
    /// Only the first this many letters of a word give character n-grams, so a very long word costs little.
    public var charGramWordLimit: Int
    /// Features are scaled by 1/√(max(count, this)): a text of one or two words is little evidence, and
    /// without a floor its few features would weigh as much as a whole paragraph's.
    public var normFloor: Int
    /// Content words a negation covers (see `NegationScope`); a covered word gives its own word feature, marked
    /// as negated, and no character n-grams. 0 turns this off (the first model's features).
    public var negationScope: Int
    /// Whether words of a ``WordClass`` also give the class's feature, and pairs with them the class pair's.
    public var wordClasses: Bool
    /// The version of the list of plain dictionary words (``PlainWords``) that give no character n-grams when
    /// training did not see them often enough to learn them; 0 for none, as in the models before
    /// `safehold-abuse-8`. Training itself never leaves n-grams out, so this changes calibration and use only.
    public var plainWords: Int

    /// Creates settings.
    /// - Parameters:
    ///   - bucketBits: Log2 of the number of hash buckets.
    ///   - minCharGram: Shortest character n-gram.
    ///   - maxCharGram: Longest character n-gram.
    ///   - charGramWordLimit: Letters of a word that give character n-grams.
    ///   - normFloor: The smallest feature count used for scaling.
    ///   - negationScope: Content words a negation covers; 0 for none.
    ///   - wordClasses: Whether word classes give features.
    ///   - plainWords: The version of the plain word list; 0 for none.
    public init(
        bucketBits: Int = 16,
        minCharGram: Int = 2,
        maxCharGram: Int = 5,
        charGramWordLimit: Int = 40,
        normFloor: Int = 32,
        negationScope: Int = 2,
        wordClasses: Bool = true,
        plainWords: Int = 0
    ) {
        self.bucketBits = bucketBits
        self.minCharGram = minCharGram
        self.maxCharGram = maxCharGram
        self.charGramWordLimit = charGramWordLimit
        self.normFloor = normFloor
        self.negationScope = negationScope
        self.wordClasses = wordClasses
        self.plainWords = plainWords
    }

    /// Reads settings; files written before `negationScope`, `wordClasses` and `plainWords` existed lack them.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        bucketBits = try container.decode(Int.self, forKey: .bucketBits)
        minCharGram = try container.decode(Int.self, forKey: .minCharGram)
        maxCharGram = try container.decode(Int.self, forKey: .maxCharGram)
        charGramWordLimit = try container.decode(Int.self, forKey: .charGramWordLimit)
        normFloor = try container.decode(Int.self, forKey: .normFloor)
        negationScope = try container.decodeIfPresent(Int.self, forKey: .negationScope) ?? 0
        wordClasses = try container.decodeIfPresent(Bool.self, forKey: .wordClasses) ?? false
        plainWords = try container.decodeIfPresent(Int.self, forKey: .plainWords) ?? 0
    }

    /// The number of hash buckets.
    var bucketCount: Int { 1 << bucketBits }

    /// Whether the settings can be used (the file could be damaged).
    var isValid: Bool {
        (8...24).contains(bucketBits) && minCharGram >= 1 && maxCharGram >= minCharGram && maxCharGram <= 8
            && (1...200).contains(charGramWordLimit) && (1...10_000).contains(normFloor)
            && (0...8).contains(negationScope) && (0...PlainWords.shippedVersion).contains(plainWords)
    }
}
