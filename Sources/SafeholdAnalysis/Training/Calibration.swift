import Foundation

/// Platt scaling and threshold choice, fitted on the calibration portion with row weights.
///
/// The data sets are far more abusive than an ordinary inbox (toxic-spans is 96 % toxic), so rows are weighted
/// to a reference mix in which the label's share is its share in the held-out rows, kept between 10 % and 30 %
/// (see ``referencePrior(sources:labels:)``). Scores then read as the chance for such a mix, and a threshold tuned
/// for F1 does not flag everything.
enum Calibration {
    /// The share of messages carrying a label that calibration assumes: its share in sets that also have
    /// negatives, kept between 10 % and 30 %.
    static func referencePrior(sources: [String], labels: [Bool]) -> Double {
        let withNegatives = Set(zip(sources, labels).filter { !$0.1 }.map(\.0))
        let kept = zip(sources, labels).filter { withNegatives.contains($0.0) }
        let share = Double(kept.filter { $0.1 }.count) / Double(max(1, kept.count))
        return min(0.3, max(0.1, share))
    }

    /// Weights that give positives the reference share of each data set's weight; sets without negatives get none.
    static func weights(sources: [String], labels: [Bool]) -> [Double] {
        let referencePrior = referencePrior(sources: sources, labels: labels)
        var counts: [String: (positives: Double, negatives: Double)] = [:]
        for (source, label) in zip(sources, labels) {
            var entry = counts[source] ?? (0, 0)
            if label { entry.positives += 1 } else { entry.negatives += 1 }
            counts[source] = entry
        }
        return zip(sources, labels).map { source, label in
            let entry = counts[source]!
            guard entry.negatives > 0 else { return 0 }
            let total = entry.positives + entry.negatives
            return label ? referencePrior * total / entry.positives : (1 - referencePrior) * total / entry.negatives
        }
    }

    /// Fits sigmoid(a·x + b) to the weighted labels by Newton's method.
    static func platt(logits: [Double], labels: [Bool], weights: [Double]) -> (a: Double, b: Double) {
        let positive = zip(labels, weights).filter { $0.0 }.map(\.1).reduce(0, +)
        let negative = zip(labels, weights).filter { !$0.0 }.map(\.1).reduce(0, +)
        guard positive > 0, negative > 0 else { return (1, 0) }
        var a = 1.0
        var b = 0.0
        for _ in 0..<100 {
            var (ga, gb, haa, hab, hbb) = (0.0, 0.0, 1e-9, 0.0, 1e-9)
            for index in logits.indices where weights[index] > 0 {
                let x = logits[index]
                let p = 1 / (1 + exp(-(a * x + b)))
                let w = weights[index]
                let error = (p - (labels[index] ? 0.999 : 0.001)) * w
                let curvature = max(p * (1 - p), 1e-12) * w
                ga += error * x
                gb += error
                haa += curvature * x * x
                hab += curvature * x
                hbb += curvature
            }
            let determinant = haa * hbb - hab * hab
            guard determinant > 1e-15 else { break }
            var stepA = (hbb * ga - hab * gb) / determinant
            var stepB = (haa * gb - hab * ga) / determinant
            let current = loss(a, b, logits: logits, labels: labels, weights: weights)
            var halvings = 0
            while loss(a - stepA, b - stepB, logits: logits, labels: labels, weights: weights) > current, halvings < 30
            {
                stepA /= 2
                stepB /= 2
                halvings += 1
            }
            a -= stepA
            b -= stepB
            if abs(stepA) < 1e-10 && abs(stepB) < 1e-10 { break }
        }
        return (a, b)
    }

    /// Weighted log-loss, for the line search that keeps Newton's method from overshooting.
    static func loss(_ a: Double, _ b: Double, logits: [Double], labels: [Bool], weights: [Double]) -> Double {
        var total = 0.0
        for index in logits.indices where weights[index] > 0 {
            let z = a * logits[index] + b
            let margin = labels[index] ? z : -z
            total += weights[index] * (margin > 0 ? log1p(exp(-margin)) : -margin + log1p(exp(margin)))
        }
        return total
    }

    /// The weight of the no-evidence anchor, as a share of all negative weight.
    static let anchorShare = 0.05

    /// Half the width of the window of scores over which ``bestThreshold(scores:labels:weights:floor:)`` averages
    /// F1. The calibration portion is a few thousand rows a label, and F1 against the threshold is often a flat,
    /// ragged ridge: the single best point on it moved the toxicity threshold from 0.36 to 0.47 between two models
    /// that scored the same texts within 0.02 of each other. The middle of the best stretch stays put.
    static let thresholdWindow = 0.05

    /// The score, on a grid of steps of 0.005, whose surrounding window (``thresholdWindow`` each side) has the
    /// best mean weighted F1 when everything at or above a threshold is flagged; but at least `floor` (the score
    /// of a text with no evidence plus 0.15), so that a rare, hard label (threats) is not flagged on a faint hint
    /// in a short, ordinary message.
    static func bestThreshold(scores: [Double], labels: [Bool], weights: [Double], floor: Double) -> Double {
        let steps = 200
        let positives = scores.indices.filter { labels[$0] && weights[$0] > 0 }.map { weights[$0] }.reduce(0, +)
        guard positives > 0 else { return 1 }
        // Weight flagged, and truly flagged, at each grid threshold: what scores at or above step / steps.
        var flagged = [Double](repeating: 0, count: steps + 2)
        var truePositives = [Double](repeating: 0, count: steps + 2)
        for index in scores.indices where weights[index] > 0 {
            let step = min(steps, max(0, Int((scores[index] * Double(steps)).rounded(.down))))
            flagged[step] += weights[index]
            if labels[index] { truePositives[step] += weights[index] }
        }
        for step in stride(from: steps - 1, through: 0, by: -1) {
            flagged[step] += flagged[step + 1]
            truePositives[step] += truePositives[step + 1]
        }
        let f1 = (0...steps).map { 2 * truePositives[$0] / (flagged[$0] + positives) }
        let half = Int((thresholdWindow * Double(steps)).rounded())
        var best = (f1: -1.0, step: steps)
        for step in 1..<steps {
            let window = max(1, step - half)...min(steps - 1, step + half)
            let mean = window.map { f1[$0] }.reduce(0, +) / Double(window.count)
            if mean > best.f1 { best = (mean, step) }
        }
        return max(floor, Double(best.step) / Double(steps))
    }
}
