/// Quality measures used to pick thresholds and to report results.
public enum Metrics {
    /// Area under the ROC curve (ties share rank); `nil` when only one class is present.
    public static func rocAUC(scores: [Double], labels: [Bool]) -> Double? {
        let positives = labels.filter { $0 }.count
        let negatives = labels.count - positives
        guard positives > 0, negatives > 0 else { return nil }
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var rankSum = 0.0
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && scores[order[end]] == scores[order[start]] { end += 1 }
            let rank = Double(start + end + 1) / 2
            for position in start..<end where labels[order[position]] { rankSum += rank }
            start = end
        }
        return (rankSum - Double(positives * (positives + 1)) / 2) / Double(positives * negatives)
    }

    /// Counts of a binary decision against the truth.
    public struct Confusion: Sendable, Hashable {
        /// True positives, false positives, false negatives, true negatives.
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0

        /// Counts the decisions.
        /// - Parameters:
        ///   - predicted: The decisions.
        ///   - labels: The truth, in the same order.
        public init(predicted: [Bool], labels: [Bool]) {
            for (guess, truth) in zip(predicted, labels) {
                switch (guess, truth) {
                case (true, true): truePositives += 1
                case (true, false): falsePositives += 1
                case (false, true): falseNegatives += 1
                case (false, false): trueNegatives += 1
                }
            }
        }

        /// F1 of the positive class (0 when it has none and none were predicted).
        public var f1: Double { Metrics.f1(truePositives, falsePositives, falseNegatives) }
        /// F1 of the negative class.
        public var negativeF1: Double { Metrics.f1(trueNegatives, falseNegatives, falsePositives) }
        /// The mean of both classes' F1, as EDOS task A reports it.
        public var macroF1: Double { (f1 + negativeF1) / 2 }
        /// Share of predicted positives that are right.
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        /// Share of real positives found.
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }

        private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
    }

    static func f1(_ truePositives: Int, _ falsePositives: Int, _ falseNegatives: Int) -> Double {
        let denominator = 2 * truePositives + falsePositives + falseNegatives
        return denominator == 0 ? 0 : Double(2 * truePositives) / Double(denominator)
    }

    /// Span F1 for one post as SemEval-2021 Task 5 defines it: F1 over character offsets, 1 when both are empty
    /// and 0 when only one is.
    public static func spanF1(predicted: Set<Int>, gold: Set<Int>) -> Double {
        if predicted.isEmpty && gold.isEmpty { return 1 }
        if predicted.isEmpty || gold.isEmpty { return 0 }
        let common = predicted.intersection(gold).count
        return Double(2 * common) / Double(predicted.count + gold.count)
    }
}
