import Foundation
import SafeholdAnalysis
import SafeholdText
import Testing

@Suite("AbuseModel")
struct AbuseModelTests {
    static let model = try! AbuseModel.shipped()

    // How fast it loads is a benchmark (BENCHMARKS.md), not a test: a busy machine must not fail CI.
    @Test("the shipped model loads and says which version it is")
    func shippedLoads() throws {
        let model = try AbuseModel.shipped()
        #expect(model.version == "safehold-abuse-12")
    }

    @Test(
        "plain abuse is flagged with the right label",
        arguments: [
            ("you are an idiot", AbuseLabel.insult), ("i will kill you", .threat),
            ("she is a stupid whore", .sexism), ("you are an idiot", .toxicity),
        ]
    )
    func flagsPlainAbuse(text: String, label: AbuseLabel) {
        #expect(Self.model.classify(text).flagged.contains(label))
    }

    @Test(
        "ordinary friendly messages are not flagged",
        arguments: ["have a nice day, see you tomorrow", "Thanks for picking up the kids, they had fun", "ok"]
    )
    func leavesFriendlyMessages(text: String) {
        #expect(Self.model.classify(text).flagged.isEmpty)
    }

    @Test(
        "a disguised word scores like the plain word",
        arguments: [
            ("you are an idiot", "you are an i d i o t"), ("you are an idiot", "you are an 1d10t"),
            ("you are so stupid", "you are so stuuupid"), ("i will kill you", "i will k!ll you"),
            ("you are an idiot", "you are an \u{456}d\u{456}\u{43E}t"),
            ("i will kill you", "i will k\u{200B}i\u{200D}ll you"),
            ("you are an idiot", "YOU ARE AN IDIOT"),
        ]
    )
    func disguisesScoreLikePlainWords(plain: String, disguised: String) {
        let expected = Self.model.classify(plain)
        let actual = Self.model.classify(disguised)
        for label in AbuseLabel.allCases { #expect(abs(expected[label] - actual[label]) < 0.01, "\(label)") }
        #expect(expected.flagged == actual.flagged)
    }

    @Test("spans are offsets in Unicode scalars of the original text")
    func spansUseOriginalOffsets() {
        let text = "🙂🙂 you are an \u{456}d\u{200B}iot"
        let result = Self.model.classify(text)
        let insult = result.spans(for: .insult)
        #expect(insult == [AbuseSpan(label: .insult, start: 14, end: 20)])
        #expect(result.spans.allSatisfy { $0.start < $0.end && $0.end <= text.unicodeScalars.count })
    }

    @Test("the spans shown for flags belong to flagged labels only")
    func flaggedSpans() {
        let result = Self.model.classify("I do not think you are stupid, but that was a stupid idea")
        #expect(result.flaggedSpans.allSatisfy { result.flagged.contains($0.label) })
        #expect(Set(result.spans.map(\.label)).isSuperset(of: Set(result.flaggedSpans.map(\.label))))
    }

    @Test(
        "every flagged label shows at least one word, even when no word stands out",
        arguments: [
            "I could die", "I'm proud to be a black woman", "I'm a proud gay man",
            "Happy birthday! Hope you have a great day",
        ]
    )
    func flaggedLabelsHaveWords(_ text: String) {
        let result = Self.model.classify(text)
        #expect(!result.flagged.isEmpty, "the model flags \(text)")
        for label in result.flagged {
            #expect(!result.spans(for: label).isEmpty, "\(text): \(label)")
        }
    }

    @Test("adjacent words that drive a label form one span")
    func adjacentWordsMerge() {
        let result = Self.model.classify("you stupid idiot")
        #expect(result.spans(for: .insult) == [AbuseSpan(label: .insult, start: 4, end: 16)])
    }

    @Test(
        "a text speaks of gender when a word of it names women, men or gender, however it is spelled",
        arguments: [
            ("Women's rights matter", true), ("ask your HUSBAND", true), ("she left", true), ("what a b1tch", true),
            ("the w*men", true), ("Just finished painting the kitchen", false), ("make a sandwich", false),
            ("the shepherd's pie", false), ("", false),
        ]
    )
    func speaksOfGender(_ text: String, _ expected: Bool) {
        #expect(Self.model.classify(text).speaksOfGender == expected, "\(text)")
    }

    @Test(
        "a text speaks with hostility when it holds a word of contempt, a slur, a word of violence or a sexual word",
        arguments: [
            ("Immigrants are vermin", true), ("those b1tches", true), ("I will kill them", true),
            ("women are only good for sex", true), ("gays are disgustting", true), ("Muslims are ruining Europe", true),
            ("We need more support for trans people in our schools", false),
            ("Happy Eid to my Muslim neighbours", false),
            ("", false),
        ]
    )
    func speaksWithHostility(_ text: String, _ expected: Bool) {
        #expect(Self.model.classify(text).speaksWithHostility == expected, "\(text)")
    }

    @Test("scores are between 0 and 1 and every label has one")
    func scoresAreProbabilities() {
        let result = Self.model.classify("whatever you say")
        #expect(Set(result.scores.keys) == Set(AbuseLabel.allCases))
        #expect(result.scores.values.allSatisfy { (0...1).contains($0) })
    }

    @Test("many threads classifying at once get the same answers as one")
    func classifiesFromManyThreads() async {
        let texts = ["you are an idiot", "i will kill you", "see you soon", "women belong in the kitchen"]
        let expected = texts.map { Self.model.classify($0) }
        await withTaskGroup(of: Bool.self) { group in
            for round in 0..<32 {
                group.addTask { Self.model.classify(texts[round % texts.count]) == expected[round % texts.count] }
            }
            for await same in group { #expect(same) }
        }
    }

    @Test("text folded once by the caller scores exactly as the text itself")
    func foldedOnce() throws {
        let model = try AbuseModel.shipped()
        for text in ["you are a w h o r e", "I will k!ll you", "the bus leaves at nine", "", "😂😂", "ｉｄｉｏｔ"] {
            #expect(model.classify(folded: FoldedText(text, options: .aggressive)) == model.classify(text), "\(text)")
        }
    }

    @Test("a flagged label whose words the word model does not mark still shows the words behind it")
    func fallbackSpans() throws {
        let model = try AbuseModel.shipped()
        let text = "women should stay in the kitchen"
        let result = model.classify(text)
        #expect(result.flagged.contains(.sexism))
        let scalars = Array(text.unicodeScalars)
        let words = result.spans(for: .sexism).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(!words.isEmpty)
        #expect(words.allSatisfy { ["women", "should", "stay", "kitchen"].contains($0) || $0.contains(" ") })
    }
}
