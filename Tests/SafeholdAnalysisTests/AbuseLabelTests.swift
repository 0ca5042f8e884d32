import Testing

@testable import SafeholdAnalysis

@Suite("AbuseLabel")
struct AbuseLabelTests {
    @Test("each label's index is its place in the model's order, and labels sort by it")
    func indexIsPlace() {
        #expect(AbuseLabel.ordered.map(\.index) == Array(0..<AbuseLabel.allCases.count))
        #expect(AbuseLabel.ordered.shuffled().sorted() == AbuseLabel.ordered)
    }

    @Test("labels as dictionary keys and set members keep every label apart")
    func hashing() {
        let scores = Dictionary(uniqueKeysWithValues: AbuseLabel.allCases.enumerated().map { ($1, $0) })
        #expect(scores.count == AbuseLabel.allCases.count)
        for (place, label) in AbuseLabel.allCases.enumerated() { #expect(scores[label] == place) }
        #expect(Set(AbuseLabel.allCases.map(\.hashValue)).count == AbuseLabel.allCases.count)
    }
}
