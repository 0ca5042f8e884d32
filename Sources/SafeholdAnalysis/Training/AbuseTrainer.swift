import Foundation

/// Trains an ``AbuseModel``: multi-label logistic regression with AdaGrad on one thread in a fixed order,
/// weights quantized to Int8, then Platt calibration, thresholds and the span rule fitted on the calibration
/// portion. The same rows and settings always give the same bytes.
public struct AbuseTrainer: Sendable {
    /// The settings used.
    public var settings: TrainingSettings

    /// Creates a trainer.
    /// - Parameter settings: Hyper-parameters.
    public init(settings: TrainingSettings = TrainingSettings()) {
        self.settings = settings
    }

    /// Trains on the train portion and calibrates on the calibration portion.
    /// - Parameter examples: Rows of every data set; test rows are ignored.
    /// - Returns: The model, ready to save.
    public func train(_ examples: [TrainingExample]) -> AbuseModel {
        let rows = examples.filter { $0.portion == .train && !$0.labels.isEmpty }
        let extractor = FeatureExtractor(settings: settings.features)
        let encoded = Self.pruned(
            Self.encode(rows, extractor: extractor, limit: settings.maxTextScalars),
            minRows: settings.minFeatureRows,
            buckets: settings.features.bucketCount
        )
        var optimizer = AdaGrad(settings: settings, rows: rows)
        var order = Array(rows.indices)
        var random = SplitMix64(state: settings.seed)
        for _ in 0..<settings.epochs {
            random.shuffle(&order)
            for row in order { optimizer.update(encoded[row], labels: rows[row].labels, source: rows[row].source) }
        }
        var uncalibrated = optimizer.quantizedModel(version: settings.version, features: settings.features)
        let spanRows = examples.filter { $0.portion == .train && $0.spans != nil }
        if settings.spanEpochs > 0 && !spanRows.isEmpty {
            let trainer = SpanTrainer(settings: settings, extractor: extractor)
            let (weights, bias) = trainer.fit(trainer.words(spanRows))
            uncalibrated = uncalibrated.addingWordModel(weights: weights, bias: bias)
        }
        if settings.features.plainWords > 0, let list = PlainWords.shipped {
            let recorder = FeatureExtractor(settings: settings.features, recordsWords: true)
            let words = ParallelMap.map(rows) { row in
                recorder.extract(
                    String(String.UnicodeScalarView(row.text.unicodeScalars.prefix(settings.maxTextScalars)))
                )
                .wordHashes
            }
            uncalibrated = uncalibrated.withLearnedPlainWords(
                list.learned(inRows: words, minRows: settings.minFeatureRows)
            )
        }
        let calibrationRows = examples.filter { $0.portion == .calibration }
        return Self.calibrate(uncalibrated, on: calibrationRows)
    }

    /// The features of each row, extracted on all cores; each result goes to its own slot, so the order is fixed.
    static func encode(_ rows: [TrainingExample], extractor: FeatureExtractor, limit: Int) -> [EncodedRow] {
        let results = ParallelMap.map(rows) { row in
            let text = String(String.UnicodeScalarView(row.text.unicodeScalars.prefix(limit)))
            let features = extractor.extract(text)
            return EncodedRow(buckets: features.buckets + features.bigrams, norm: features.norm)
        }
        return results
    }
}

extension AbuseTrainer {
    /// Rows without the buckets that occur in fewer than `minRows` rows; those buckets keep a weight of 0.
    static func pruned(_ rows: [EncodedRow], minRows: Int, buckets: Int) -> [EncodedRow] {
        guard minRows > 1 else { return rows }
        var counts = [Int32](repeating: 0, count: buckets)
        for row in rows {
            for bucket in Set(row.buckets) { counts[Int(bucket)] += 1 }
        }
        return rows.map { row in
            EncodedRow(buckets: row.buckets.filter { counts[Int($0)] >= minRows }, norm: row.norm)
        }
    }
}

extension AbuseModel {
    /// This model with a word model added: its weights quantized to Int8 with their own scale and stored after
    /// the labels' in each bucket. The word threshold is chosen later, in calibration.
    func addingWordModel(weights spanWeights: [Float], bias: Float) -> AbuseModel {
        let labelCount = header.labels.count
        let largest = spanWeights.map(abs).max() ?? 0
        let scale = Int8Weights.scale(largest: largest)
        var combined = [Int8]()
        combined.reserveCapacity(spanWeights.count * (labelCount + 1))
        for bucket in spanWeights.indices {
            combined += weights[(bucket * labelCount)..<((bucket + 1) * labelCount)]
            combined.append(Int8Weights.quantize(spanWeights[bucket], scale: scale))
        }
        var header = header
        header.span = SpanParameters(bias: bias, scale: scale, threshold: 0)
        return AbuseModel(header: header, weights: combined)
    }
}

/// A training row's features.
struct EncodedRow: Sendable {
    var buckets: [UInt32]
    var norm: Float
}

/// Runs a pure function over an array on every core, keeping the order.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let chunks = max(1, min(items.count, ProcessInfo.processInfo.activeProcessorCount * 4))
        let box = ResultBox<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (items.count * chunk / chunks)..<(items.count * (chunk + 1) / chunks)
            let part = range.map { transform(items[$0]) }
            box.store(part, at: range.lowerBound)
        }
        return box.values()
    }
}

/// Slots written once each from several threads, under a lock.
final class ResultBox<R: Sendable>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ part: [R], at start: Int) {
        lock.lock()
        for (offset, value) in part.enumerated() { slots[start + offset] = value }
        lock.unlock()
    }

    func values() -> [R] { slots.map { $0! } }
}
