/// Every choice that shapes a trained model; written to the manifest.
public struct TrainingSettings: Sendable, Hashable, Codable {
    /// The model's name and version.
    public var version: String
    /// How text becomes features.
    public var features: FeatureSettings
    /// Passes over the training rows.
    public var epochs: Int
    /// AdaGrad's step size.
    public var learningRate: Float
    /// L2 penalty added to every weight's gradient when it is updated.
    public var l2: Float
    /// Seed of the shuffling order.
    public var seed: UInt64
    /// A rare label's positive rows weigh up to this much more than its negative ones.
    public var maxPositiveWeight: Float
    /// A label's positive rows weigh (negatives / positives) to this power, up to ``maxPositiveWeight``.
    public var positiveWeightPower: Float
    /// Only this many Unicode scalars of a training text are used.
    public var maxTextScalars: Int
    /// A hash bucket must occur in at least this many training rows to get a weight. AdaGrad gives rare
    /// features large steps, so a word pair seen once (say "happy birthday" in one sexist post) would
    /// otherwise carry a label on its own into every message that uses it.
    public var minFeatureRows: Int
    /// Passes over the marked words of SemEval-2021 Task 5 for the word model; 0 gives a model without one.
    public var spanEpochs: Int

    /// Creates settings; the defaults are those of the shipped model.
    public init(
        version: String = "safehold-abuse-12",
        features: FeatureSettings = FeatureSettings(bucketBits: 20, negationScope: 2, wordClasses: true, plainWords: 1),
        epochs: Int = 10,
        learningRate: Float = 0.1,
        l2: Float = 1e-6,
        seed: UInt64 = 20_261_124,
        maxPositiveWeight: Float = 8,
        positiveWeightPower: Float = 1,
        maxTextScalars: Int = 3000,
        minFeatureRows: Int = 10,
        spanEpochs: Int = 5
    ) {
        self.version = version
        self.features = features
        self.epochs = epochs
        self.learningRate = learningRate
        self.l2 = l2
        self.seed = seed
        self.maxPositiveWeight = maxPositiveWeight
        self.positiveWeightPower = positiveWeightPower
        self.maxTextScalars = maxTextScalars
        self.minFeatureRows = minFeatureRows
        self.spanEpochs = spanEpochs
    }

    /// Reads settings; files written before `minFeatureRows` and `spanEpochs` existed have neither (every bucket
    /// counts, and there is no word model).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(String.self, forKey: .version)
        features = try container.decode(FeatureSettings.self, forKey: .features)
        epochs = try container.decode(Int.self, forKey: .epochs)
        learningRate = try container.decode(Float.self, forKey: .learningRate)
        l2 = try container.decode(Float.self, forKey: .l2)
        seed = try container.decode(UInt64.self, forKey: .seed)
        maxPositiveWeight = try container.decode(Float.self, forKey: .maxPositiveWeight)
        positiveWeightPower = try container.decode(Float.self, forKey: .positiveWeightPower)
        maxTextScalars = try container.decode(Int.self, forKey: .maxTextScalars)
        minFeatureRows = try container.decodeIfPresent(Int.self, forKey: .minFeatureRows) ?? 1
        spanEpochs = try container.decodeIfPresent(Int.self, forKey: .spanEpochs) ?? 0
    }
}

/// SplitMix64: a small, fixed random generator, so that shuffles are the same on every machine.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Fisher–Yates with this generator, not the standard library's, whose algorithm may change.
    mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for index in stride(from: array.count - 1, to: 0, by: -1) {
            let other = Int(next() % UInt64(index + 1))
            array.swapAt(index, other)
        }
    }
}
