import Safehold
import SafeholdAnalysis
import Testing

/// A label whose strongest words lie in an everyday phrase ("holy shit", "fuck yes", "killed it") is set aside only
/// when the rest of the message would not carry it on its own: a label's spans show only its strongest words.
@Suite("Everyday phrases beside the rest of a message")
struct EverydayRestTests {
    static let analyzer = Result { try TextAnalyzer.shipped() }

    @Test(
        "an everyday phrase on its own, or beside harmless words, leaves nothing but swearing",
        arguments: [
            "I killed it at the gym today", "Fuck yeah, what a great day", "Holy shit, I passed my exam",
            "That exam murdered me", "I could kill for a pizza right now",
        ]
    )
    func everydayAlone(_ text: String) throws {
        let analysis = try Self.analyzer.get().analyze(text)
        #expect(analysis.labels.flagged.subtracting([.profanity]).isEmpty, "\(text): \(analysis.labels.flagged)")
    }

    @Test("a slur beside an everyday phrase still counts, though the phrase holds the label's strongest word")
    func slurBesideEverydayPhrase() throws {
        let analysis = try Self.analyzer.get().analyze("FUCK YES, I DO! Send those illegal, wetbacks home!!!")
        #expect(analysis.scores.flagged.contains(.identityAttack), "the model alone flags it")
        #expect(analysis.labels.flagged.contains(.identityAttack))
    }
}
