import Safehold
import SafeholdAnalysis
import Testing

/// Naming a group of people is not an attack on it: a label that rests on the words naming a group is set aside.
@Suite("Labels that rest on naming a group")
struct GroupNamingTests {
    static let analyzer = Result { try TextAnalyzer.shipped() }

    @Test(
        "a sentence that only names a group is not flagged, though the model alone flags it",
        arguments: [
            "I'm a proud gay man", "Muslims around the world celebrate Eid this week",
            "My brother came out as bisexual and we threw him a party", "Gay men and lesbians marched together downtown",
            "Asian Americans have a long history in California", "Proud to be a Muslim woman",
        ]
    )
    func namingIsNotAttacking(_ text: String) throws {
        let analysis = try Self.analyzer.get().analyze(text)
        #expect(!analysis.scores.flagged.isEmpty, "the model alone flags \(text)")
        #expect(!analysis.scores.groupNamingOnly.isEmpty, "\(text)")
        #expect(analysis.labels.flagged.subtracting([.profanity]).isEmpty, "\(text)")
        let line = LineClassifier(analyzer: try Self.analyzer.get()).classify(TextLine(id: nil, text: text))
        #expect(["none", "low"].contains(line.severity), "\(text)")
    }

    @Test(
        "an attack on a group, or an insult beside a group's name, is still flagged",
        arguments: [
            ("gay people are disgusting", AbuseLabel.identityAttack), ("Muslims are all terrorists", .identityAttack),
            ("women are too stupid to vote", .sexism), ("you stupid gay idiot", .insult),
            ("women belong in the kitchen", .sexism),
        ]
    )
    func attacksStay(_ text: String, _ label: AbuseLabel) throws {
        let analysis = try Self.analyzer.get().analyze(text)
        #expect(analysis.labels.flagged.contains(label), "\(text)")
    }

    @Test("a text that names no group has no label resting on group words")
    func noGroupWords() throws {
        let analysis = try Self.analyzer.get().analyze("you are a pathetic idiot and I will hurt you")
        #expect(!analysis.scores.flagged.isEmpty)
        #expect(analysis.scores.groupNamingOnly.isEmpty)
    }

    @Test("a sexist sentence whose other words lean that way on their own keeps its label")
    func sexismThreshold() throws {
        let model = try Self.analyzer.get().model
        #expect(AbuseModel.groupNamingCeiling(.sexism) < AbuseModel.groupNamingCeiling(.identityAttack))
        let scores = model.classify("women are too stupid to vote")
        #expect(scores.flagged.contains(.sexism))
        #expect(!scores.groupNamingOnly.contains(.sexism))
    }
}
