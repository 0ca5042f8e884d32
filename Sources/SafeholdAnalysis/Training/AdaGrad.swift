import Foundation

/// Masked multi-label logistic regression fitted by AdaGrad. Each data set gets its own bias per label during
/// training, so that different base rates do not leak into the word weights; the shipped bias is their mean.
struct AdaGrad {
    let settings: TrainingSettings
    let labelCount = AbuseLabel.ordered.count
    var weights: [Float]
    var squares: [Float]
    var sources: [String]
    var biases: [Float]
    var biasSquares: [Float]
    var positiveWeight: [Float]

    init(settings: TrainingSettings, rows: [TrainingExample]) {
        self.settings = settings
        let size = settings.features.bucketCount * labelCount
        weights = Array(repeating: 0, count: size)
        squares = Array(repeating: 0, count: size)
        sources = Array(Set(rows.map(\.source))).sorted()
        biases = Array(repeating: 0, count: sources.count * labelCount)
        biasSquares = biases
        positiveWeight = AbuseLabel.ordered.map { label in
            let known = rows.compactMap { $0.labels[label] }
            let positives = Float(known.filter { $0 }.count)
            let negatives = Float(known.count) - positives
            guard positives > 0, negatives > positives else { return 1 }
            return min(settings.maxPositiveWeight, pow(negatives / positives, settings.positiveWeightPower))
        }
    }

    mutating func update(_ row: EncodedRow, labels: [AbuseLabel: Bool], source: String) {
        let sourceBase = sources.firstIndex(of: source)! * labelCount
        let known = AbuseLabel.ordered.enumerated().compactMap { index, label in labels[label].map { (index, $0) } }
        var errors: [(label: Int, error: Float)] = []
        for (label, truth) in known {
            var logit = biases[sourceBase + label]
            for bucket in row.buckets { logit += weights[Int(bucket) * labelCount + label] * row.norm }
            let probability = 1 / (1 + exp(-logit))
            let error = (probability - (truth ? 1 : 0)) * (truth ? positiveWeight[label] : 1)
            errors.append((label, error))
        }
        let rate = settings.learningRate
        let l2 = settings.l2
        for (label, error) in errors {
            Self.step(&biases[sourceBase + label], &biasSquares[sourceBase + label], gradient: error, rate: rate)
            for bucket in row.buckets {
                let index = Int(bucket) * labelCount + label
                Self.step(
                    &weights[index],
                    &squares[index],
                    gradient: error * row.norm + l2 * weights[index],
                    rate: rate
                )
            }
        }
    }

    /// One AdaGrad step of a weight, with its running sum of squared gradients.
    @inline(__always) static func step(
        _ weight: inout Float,
        _ square: inout Float,
        gradient: Float,
        rate: Float
    ) {
        square += gradient * gradient
        weight -= rate * gradient / (square.squareRoot() + 1e-6)
    }

    /// Weights as Int8 with one scale per label, and the mean of the data sets' biases.
    func quantizedModel(version: String, features: FeatureSettings) -> AbuseModel {
        var quantized = [Int8](repeating: 0, count: weights.count)
        var parameters: [LabelParameters] = []
        for (label, name) in AbuseLabel.ordered.enumerated() {
            var largest: Float = 0
            for index in stride(from: label, to: weights.count, by: labelCount) {
                largest = max(largest, abs(weights[index]))
            }
            let scale = Int8Weights.scale(largest: largest)
            for index in stride(from: label, to: weights.count, by: labelCount) {
                quantized[index] = Int8Weights.quantize(weights[index], scale: scale)
            }
            let used = (0..<sources.count).map { biases[$0 * labelCount + label] }.filter { $0 != 0 }
            let bias = used.reduce(0, +) / Float(max(1, used.count))
            parameters.append(
                LabelParameters(
                    label: name,
                    bias: bias,
                    scale: scale,
                    plattA: 1,
                    plattB: 0,
                    threshold: 0.5,
                    spanThreshold: 1,
                    spanGate: 0.5,
                    spanShare: 0
                )
            )
        }
        let header = ModelHeader(version: version, features: features, labels: parameters)
        return AbuseModel(header: header, weights: quantized)
    }
}

/// Weights stored as Int8: one scale per column, so that the column's largest weight becomes ±127.
enum Int8Weights {
    static func scale(largest: Float) -> Float { largest > 0 ? largest / 127 : 1 }

    static func quantize(_ weight: Float, scale: Float) -> Int8 {
        Int8(max(-127, min(127, (weight / scale).rounded())))
    }
}
