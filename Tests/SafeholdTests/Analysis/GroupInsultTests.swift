import Safehold
import SafeholdAnalysis
import Testing

/// An insult said of a whole group ("Muslims are stupid") attacks who they are: the model's insult words, in a sentence
/// whose subject is a group of people, raise the identity attack (``TextAnalysis/insultsToAGroup``).
@Suite("Insults said of a whole group")
struct GroupInsultTests {
    static let analyzer = Result { try TextAnalyzer.shipped() }

    @Test(
        "an insult whose subject is a group raises the identity attack, with the insult's words as its span",
        arguments: [
            "Muslims are stupid", "Immigrants are dumb", "All the women here are idiots",
            "Trans people are stupid as hell",
            "Black men are stupid", "Muslims are stupid. You are nice",
        ]
    )
    func raised(_ text: String) throws {
        let analysis = try Self.analyzer.get().analyze(text)
        #expect(!analysis.insultsToAGroup.isEmpty, "\(text)")
        let labels = analysis.labels
        #expect(labels.flagged.contains(.identityAttack), "\(text)")
        #expect(labels[.identityAttack] >= 0.75, "\(text)")
        let scalars = Array(text.unicodeScalars)
        let words = labels.spans.filter { $0.label == .identityAttack }.map { span in
            String(String.UnicodeScalarView(scalars[span.start..<span.end]))
        }
        #expect(words.contains { ["stupid", "dumb", "idiots"].contains($0.lowercased()) }, "\(words)")
        let line = LineClassifier(analyzer: try Self.analyzer.get()).classify(TextLine(id: nil, text: text))
        #expect(line.severity == "medium", "\(text)")
        #expect(line.reason == "It insults a whole group of people for who they are.", "\(text)")
    }

    @Test(
        "an insult aimed at one person, at men as a group, denied, or spoken against raises nothing",
        arguments: [
            "You are stupid. Muslims are nice", "You are an idiot, Muslims are fine", "My coworkers are stupid",
            "men are stupid", "Muslims are not stupid",
            "saying immigrants are dumb is racist", "I'm a proud gay man",
        ]
    )
    func notRaised(_ text: String) throws {
        let analysis = try Self.analyzer.get().analyze(text)
        #expect(analysis.insultsToAGroup.isEmpty, "\(text)")
        #expect(!analysis.labels.flagged.contains(.identityAttack), "\(text)")
    }

}
