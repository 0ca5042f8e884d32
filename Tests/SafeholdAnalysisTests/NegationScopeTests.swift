@testable import SafeholdAnalysis
import Testing

/// Which words a negation covers, word by word: the model gives a negated word a feature of its own.
@Suite("NegationScope")
struct NegationScopeTests {
    /// The words of a sentence that the scope covers, reading each word's role from the model's word table.
    static func covered(_ sentence: String, scope: Int = 2) -> [String] {
        var negation = NegationScope(scope: scope)
        var result: [String] = []
        for word in sentence.split(separator: " ").map(String.init) {
            let role = WordTable.facts(of: FeatureExtractor.wordHash(word))?.role ?? .content
            if negation.covers(role) { result.append(word) }
        }
        return result
    }

    @Test("a negation covers the next content words and the short words between them")
    func plain() {
        #expect(Self.covered("i would never hurt you again and again") == ["hurt", "you", "again"])
        #expect(Self.covered("you are not an idiot") == ["an", "idiot"])
    }

    @Test("a negated verb of thinking or saying passes the negation on to what follows")
    func opinionCarries() {
        #expect(Self.covered("i don t think you are stupid") == ["think", "you", "are", "stupid"])
        #expect(Self.covered("i never said i would hurt you") == ["said", "i", "would", "hurt", "you"])
    }

    @Test("a second negation after a negated verb of thinking or saying cancels the first")
    func doubleNegation() {
        #expect(Self.covered("don t think i won t find you") == ["think", "i", "won"])
        #expect(Self.covered("i m not saying i won t hurt you") == ["saying", "i", "won"])
    }

    @Test("without such a verb, a second negation starts a scope of its own")
    func secondNegation() {
        #expect(Self.covered("i don t want you and i don t care") == ["want", "you", "and", "i", "don", "care"])
    }

    @Test("words that turn the sentence back end the scope")
    func enders() {
        #expect(Self.covered("i won t hesitate to kill you") == [])
        #expect(Self.covered("don t make me hurt you") == [])
    }
}
