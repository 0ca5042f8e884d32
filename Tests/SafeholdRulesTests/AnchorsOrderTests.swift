import Foundation
import SafeholdText
import Testing

@testable import SafeholdRules

/// The anchors admit a pattern only when its words stand in its order inside one sentence, and they never leave out
/// a pattern that can fire (one that matches, beside a marker when it needs one); a message's markers found alone are
/// the markers the whole set finds.
@Suite("Rules: the anchors' order check and the markers found alone")
struct AnchorsOrderTests {
    /// The shipped English file with its first pattern replaced by three words no other pattern uses.
    static func languageWithMadeUpPattern() throws -> CompiledLanguage {
        var file = try JSONDecoder().decode(RuleFile.self, from: PartnerAbuseRules.shippedFiles()[0].data)
        file.rules[0].patterns[0].match[0] = "zebra quartz violin"
        file.rules[0].patterns[0].needs = nil
        file.rules[0].patterns[0].needsBefore = nil
        file.rules[0].patterns[0].unless = nil
        return try CompiledLanguage(file, name: "rules-en.json")
    }

    @Test(
        "a pattern is admitted only with its words in order in one sentence",
        arguments: [
            ("zebra quartz violin", true), ("a zebra, a quartz and a violin", true),
            ("zebra violin quartz violin", true), ("violin quartz zebra", false), ("zebra quartz. violin", false),
            ("zebra. zebra quartz violin", true), ("quartz violin", false), ("zebra quartz zebra", false),
            ("violin zebra quartz", false), ("zebra zebra quartz quartz violin violin", true),
        ]
    )
    func order(_ text: String, _ admitted: Bool) throws {
        let language = try Self.languageWithMadeUpPattern()
        let tokens = language.tokenize(FoldedText(text, options: .aggressive)).tokens
        let numbers = try #require(language.anchors.admitted(tokens, limit: .max))
        #expect(numbers.contains(0) == admitted, "\(text)")
    }

    @Test("3,000 random messages: every pattern that can fire is admitted, and the markers alone are the set's markers")
    func neverLeavesOut() throws {
        let language = try Self.languageWithMadeUpPattern()
        let words = AnchorsTests.words + ["zebra", "quartz", "violin", "big", "mistake", "sleep", "well"]
        var random = SeededNumbers(seed: 20_261_208)
        var matched = 0
        var marked = 0
        for _ in 0..<3000 {
            var parts = (0..<(1 + random.next(14))).map { _ in words[random.next(words.count)] }
            if random.next(2) == 0 {
                parts.insert(AnchorsTests.phrases[random.next(AnchorsTests.phrases.count)], at: 0)
            }
            if random.next(4) == 0 {
                parts.insert(AnchorsTests.closers[random.next(AnchorsTests.closers.count)], at: 0)
            }
            let text = parts.joined(separator: " ")
            let message = language.tokenize(FoldedText(text, options: .aggressive))
            let matcher = PatternMatcher(tokens: message.tokens, negators: language.vocabulary.negators)
            let whole = matcher.hits(of: language.patterns)
            // A pattern that needs a marker fires only beside one, and is admitted only when the marker can be there.
            let markerLists = Set(
                whole.filter { $0.pattern >= language.meta.count }.map {
                    language.markerNames[$0.pattern - language.meta.count]
                }
            )
            let matching = Set(
                whole.map(\.pattern).filter { number in
                    guard number < language.meta.count else { return false }
                    let needed = language.meta[number].needs + language.meta[number].needsBefore
                    return needed.isEmpty || needed.contains { markerLists.contains($0) }
                }
            )
            let admitted = Set(try #require(language.anchors.admitted(message.tokens, limit: .max)))
            #expect(matching.isSubset(of: admitted), "\(text)")
            let markers = matcher.hits(of: language.markers).map {
                "\($0.pattern + language.meta.count) \($0.tokens)"
            }
            let fromWhole = whole.filter { $0.pattern >= language.meta.count }.map { "\($0.pattern) \($0.tokens)" }
            #expect(markers.sorted() == fromWhole.sorted(), "\(text)")
            matched += matching.isEmpty ? 0 : 1
            marked += markers.isEmpty ? 0 : 1
        }
        #expect(matched > 300)
        #expect(marked > 300)
    }
}
