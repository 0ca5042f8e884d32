import Foundation
import SafeholdAnalysis
import Testing

@Suite("AbuseModel with hostile input")
struct HostileInputTests {
    static let model = try! AbuseModel.shipped()

    @Test("a 1 MB line without spaces is scored in linear time")
    func oneMegabyteWord() {
        let start = ContinuousClock.now
        let result = Self.model.classify(String(repeating: "a", count: 1_000_000))
        #expect(ContinuousClock.now - start < .seconds(20))
        #expect(result.scores.count == AbuseLabel.allCases.count)
    }

    @Test("100,000 emoji and a long run of abuse give valid spans")
    func emojiAndRepeatedAbuse() {
        let emoji = String(repeating: "🔪", count: 100_000)
        #expect(Self.model.classify(emoji).scores.values.allSatisfy { $0.isFinite })
        let text = String(repeating: "idiot ", count: 20_000)
        let result = Self.model.classify(text)
        #expect(result.spans.allSatisfy { $0.end <= text.unicodeScalars.count })
    }

    @Test(
        "empty, blank and control-character texts score without flags",
        arguments: ["", " ", "\n\n\t", "\u{0}\u{1}\u{2}", "\u{200B}\u{200B}", "((((((((((((((((((((", "\u{202E}"]
    )
    func strangeShortTexts(text: String) {
        let result = Self.model.classify(text)
        #expect(result.flagged.isEmpty)
        #expect(result.spans.isEmpty)
    }
}
