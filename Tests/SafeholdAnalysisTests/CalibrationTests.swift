import Testing

@testable import SafeholdAnalysis

@Suite("Calibration thresholds")
struct CalibrationTests {
    @Test("two classes that do not overlap are split between them")
    func separable() {
        let scores = [0.05, 0.1, 0.15, 0.2, 0.7, 0.75, 0.8, 0.9]
        let labels = [false, false, false, false, true, true, true, true]
        let threshold = Calibration.bestThreshold(
            scores: scores,
            labels: labels,
            weights: Array(repeating: 1, count: 8),
            floor: 0
        )
        #expect(threshold > 0.2 && threshold <= 0.7)
    }

    @Test("the threshold sits inside the stretch of best thresholds, not at its edge")
    func middleOfTheStretch() {
        // Positives from 0.5 to 0.95, negatives from 0.02 to 0.38: every threshold in (0.38, 0.5] is perfect. The
        // single best point is the lowest positive score, 0.5, where one slightly lower positive would fall out;
        // the window puts the threshold in the middle of the gap.
        var scores: [Double] = []
        var labels: [Bool] = []
        for step in 0..<10 {
            scores.append(0.5 + Double(step) * 0.05)
            labels.append(true)
            scores.append(0.02 + Double(step) * 0.04)
            labels.append(false)
        }
        let threshold = Calibration.bestThreshold(
            scores: scores,
            labels: labels,
            weights: Array(repeating: 1, count: scores.count),
            floor: 0
        )
        #expect(threshold > 0.4 && threshold < 0.47, "\(threshold)")
    }

    @Test("weights count, and rows of weight zero do not")
    func weights() {
        let scores = [0.2, 0.4, 0.6, 0.8]
        let labels = [false, true, false, true]
        // With the negative at 0.6 weighing nothing, flagging from 0.4 is right.
        let threshold = Calibration.bestThreshold(scores: scores, labels: labels, weights: [1, 1, 0, 1], floor: 0)
        #expect(threshold > 0.2 && threshold <= 0.4, "\(threshold)")
    }

    @Test("no positives flags nothing, and the floor holds")
    func edges() {
        #expect(
            Calibration.bestThreshold(scores: [0.1, 0.9], labels: [false, false], weights: [1, 1], floor: 0) == 1
        )
        #expect(Calibration.bestThreshold(scores: [], labels: [], weights: [], floor: 0) == 1)
        let floored = Calibration.bestThreshold(
            scores: [0.05, 0.1, 0.9],
            labels: [true, false, true],
            weights: [1, 1, 1],
            floor: 0.6
        )
        #expect(floored >= 0.6)
        // Scores outside 0...1 (there are none from a logistic, but the grid must not break) land at its ends.
        let outside = Calibration.bestThreshold(scores: [-1, 2], labels: [false, true], weights: [1, 1], floor: 0)
        #expect(outside > 0 && outside <= 1)
    }
}
