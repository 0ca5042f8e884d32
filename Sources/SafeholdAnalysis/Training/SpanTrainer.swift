import Foundation
import SafeholdText

/// Trains the word model: logistic regression over each word's own buckets (and half of each word pair it is
/// in, as scoring counts them), with the words that SemEval-2021 Task 5 annotators marked as toxic as positives.
///
/// The label weights say how much a word pushed a label; they cannot say which words a reader would mark, since
/// a word like "women" pushes sexism up in a sexist post and in a harmless one alike. This model learns the
/// marked words themselves.
struct SpanTrainer {
    let settings: TrainingSettings
    let extractor: FeatureExtractor

    /// One word of a training text: its features (each with a value of 1 or ½) and whether it was marked.
    struct Word {
        var buckets: [UInt32]
        var values: [Float]
        var marked: Bool
    }

    /// The words of the rows that have spans, in row order.
    func words(_ rows: [TrainingExample]) -> [Word] {
        let limit = settings.maxTextScalars
        let perRow = ParallelMap.map(rows) { row -> [Word] in
            let text = String(String.UnicodeScalarView(row.text.unicodeScalars.prefix(limit)))
            return Self.words(of: extractor.extract(text), gold: Set(row.spans ?? []))
        }
        return perRow.flatMap { $0 }
    }

    /// A word counts as marked when at least half of its scalars are inside the gold offsets.
    static func words(of features: ExtractedFeatures, gold: Set<Int>) -> [Word] {
        features.tokens.indices.map { token in
            var buckets = Array(features.buckets[features.tokenStarts[token]..<features.tokenStarts[token + 1]])
            var values = [Float](repeating: 1, count: buckets.count)
            if token > 0 {
                buckets.append(features.bigrams[token - 1])
                values.append(0.5)
            }
            if token < features.bigrams.count {
                buckets.append(features.bigrams[token])
                values.append(0.5)
            }
            let original = features.folded.originalRange(of: features.tokens[token])
            let inside = original.filter { gold.contains($0) }.count
            return Word(buckets: buckets, values: values, marked: !original.isEmpty && inside * 2 >= original.count)
        }
    }

    /// Fits the weights in a fixed order; returns one weight per bucket and the bias.
    func fit(_ words: [Word]) -> (weights: [Float], bias: Float) {
        var weights = [Float](repeating: 0, count: settings.features.bucketCount)
        var squares = weights
        var bias: Float = 0
        var biasSquare: Float = 0
        var order = Array(words.indices)
        var random = SplitMix64(state: settings.seed ^ 0x5350_414E)
        let rate = settings.learningRate
        for _ in 0..<settings.spanEpochs {
            random.shuffle(&order)
            for index in order {
                let word = words[index]
                var logit = bias
                for (bucket, value) in zip(word.buckets, word.values) { logit += weights[Int(bucket)] * value }
                let error = 1 / (1 + exp(-logit)) - (word.marked ? 1 : 0)
                AdaGrad.step(&bias, &biasSquare, gradient: error, rate: rate)
                for (bucket, value) in zip(word.buckets, word.values) {
                    let at = Int(bucket)
                    let gradient = error * value + settings.l2 * weights[at]
                    AdaGrad.step(&weights[at], &squares[at], gradient: gradient, rate: rate)
                }
            }
        }
        return (weights, bias)
    }
}
