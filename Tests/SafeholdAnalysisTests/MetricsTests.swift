import SafeholdAnalysis
import Testing

@Suite("Metrics")
struct MetricsTests {
    @Test("ROC-AUC is 1 for a perfect ranking, 0.5 for ties and nil with one class")
    func rocAUC() {
        #expect(Metrics.rocAUC(scores: [0.1, 0.2, 0.8, 0.9], labels: [false, false, true, true]) == 1)
        #expect(Metrics.rocAUC(scores: [0.5, 0.5, 0.5, 0.5], labels: [false, true, false, true]) == 0.5)
        #expect(Metrics.rocAUC(scores: [0.9, 0.1, 0.8, 0.2], labels: [false, true, false, true]) == 0)
        #expect(Metrics.rocAUC(scores: [0.1, 0.2], labels: [true, true]) == nil)
    }

    @Test("F1 and macro-F1 follow from the confusion counts")
    func f1() {
        let confusion = Metrics.Confusion(predicted: [true, true, false, false], labels: [true, false, true, false])
        #expect(confusion.f1 == 0.5)
        #expect(confusion.negativeF1 == 0.5)
        #expect(confusion.macroF1 == 0.5)
        #expect(confusion.precision == 0.5 && confusion.recall == 0.5)
    }

    @Test("span F1 is 1 when both are empty, 0 when one is, and overlap otherwise")
    func spanF1() {
        #expect(Metrics.spanF1(predicted: [], gold: []) == 1)
        #expect(Metrics.spanF1(predicted: [1, 2], gold: []) == 0)
        #expect(Metrics.spanF1(predicted: [], gold: [3]) == 0)
        #expect(Metrics.spanF1(predicted: [1, 2, 3, 4], gold: [3, 4, 5, 6]) == 0.5)
    }
}
