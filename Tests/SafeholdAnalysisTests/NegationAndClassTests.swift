import SafeholdAnalysis
import Testing

/// How the shipped model reads negation and rare words of harm; sentences written for Safehold.
@Suite("AbuseModel negation and word classes")
struct NegationAndClassTests {
    static let model = try! AbuseModel.shipped()

    @Test(
        "a negated threat scores well below the same threat said plainly, and is not flagged",
        arguments: [
            ("I will kill you", "I would never kill you"), ("I will hurt you", "I would never hurt you"),
            ("i will kill you", "i won't ever kill you"),
        ]
    )
    func negationLowersThreat(plain: String, negated: String) {
        let plainScore = Self.model.classify(plain)[.threat]
        let negatedResult = Self.model.classify(negated)
        #expect(negatedResult[.threat] < plainScore)
        #expect(!negatedResult.flagged.contains(.threat))
    }

    @Test(
        "a threat phrased around a negation keeps its weight",
        arguments: ["I will not hesitate to kill you", "dont make me kill you"]
    )
    func negationAroundThreat(text: String) {
        #expect(Self.model.classify(text).flagged.contains(.threat))
    }

    @Test("saying someone is not an insult is not an insult")
    func negatedInsult() {
        #expect(Self.model.classify("you are an idiot").flagged.contains(.insult))
        #expect(!Self.model.classify("you are not an idiot").flagged.contains(.insult))
    }

    @Test("a sentence break ends the negation")
    func punctuationEndsNegation() {
        let joined = Self.model.classify("no. I will kill you")
        #expect(joined.flagged.contains(.threat))
    }

    @Test("a rare word of harm scores above a kind word in the same sentence")
    func rareHarmWord() {
        let harm = Self.model.classify("I am going to strangle you")[.threat]
        let kind = Self.model.classify("I am going to hug you")[.threat]
        #expect(harm > kind)
    }

    @Test("a long run of negations and words of harm is scored, and its spans stay inside the text")
    func longNegationRun() {
        let text = String(repeating: "not never kill you don't stab ", count: 20_000)
        let result = Self.model.classify(text)
        #expect(result.scores.count == AbuseLabel.allCases.count)
        #expect(result.spans.allSatisfy { $0.end <= text.unicodeScalars.count })
    }
}
