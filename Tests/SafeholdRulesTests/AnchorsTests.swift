import SafeholdRules
import SafeholdText
import Testing

/// The shortcuts that skip messages without any word a rule needs, and that try the few patterns a message admits
/// alone before the whole set, must never change an answer.
@Suite("Rules: skipping messages no rule can match")
struct AnchorsTests {
    /// Words from threats, demands and everyday talk, so that random sentences hit rules now and then.
    static let words = [
        "i", "will", "kill", "you", "your", "nudes", "post", "watch", "back", "know", "where", "live", "unblock",
        "me", "lol", "never", "not", "find", "and", "hurt", "kids", "school", "tell", "boss", "if", "dont", "answer",
        "send", "ill", "im", "outside", "house", "see", "the", "bus", "tomorrow", "love", "dinner", "or", "else",
        "gonna", "k!ll", "u", "wherever", "go", "\"", ".", ",", "😂", "naked", "show", "tits", "myself", "pics",
    ]

    /// Phrases that make rules fire on their own; the random words around them add negation, quotes and jokes.
    static let phrases = [
        "i will kill you", "send me nudes", "i know where you live", "unblock me", "i'll post your nudes",
        "you will regret this", "if you dont answer i will tell your boss", "i'm outside your house",
        "i will take the kids", "i will hurt myself if you leave", "the bus is late", "see you at dinner",
    ]

    @Test("3,000 random sentences get the same answer with and without the shortcut, and some fire")
    func sameAnswers() throws {
        let rules = try PartnerAbuseRules.shipped()
        var random = SeededNumbers(seed: 20_261_125)
        var fired = 0
        for _ in 0..<3000 {
            var parts = (0..<(2 + random.next(8))).map { _ in Self.words[random.next(Self.words.count)] }
            parts.insert(Self.phrases[random.next(Self.phrases.count)], at: random.next(parts.count + 1))
            let text = parts.joined(separator: " ")
            let fast = rules.evaluate(text, skippingWithoutAnchors: true)
            let full = rules.evaluate(text, skippingWithoutAnchors: false)
            #expect(fast == full, "\(text)")
            if !full.isEmpty { fired += 1 }
        }
        #expect(fired > 100)
    }

    @Test(
        "everyday messages are skipped without changing their answer, threats still match",
        arguments: [
            ("can you pick up the kids at five", false), ("the meeting moved to noon", false),
            ("I will find you and hurt you", true), ("send me nudes", true), ("unblock me now", true),
        ]
    )
    func examples(_ text: String, fires: Bool) throws {
        let rules = try PartnerAbuseRules.shipped()
        #expect(rules.evaluate(text).isEmpty == !fires)
        #expect(rules.evaluate(text) == rules.evaluate(text, skippingWithoutAnchors: false))
        #expect(rules.evaluate(folded: FoldedText(text, options: .aggressive)) == rules.evaluate(text))
    }

    /// Closing sentences that fire only after a marker in the sentence before, the markers themselves, and words
    /// of neither: the anchors skip a closer when the message holds no word of any of its marker's patterns.
    static let closers = [
        "big mistake.", "sleep well.", "for now.", "last warning.", "he will.", "yet.", "see what happens.",
        "you blocked me again.", "i still have a key to your flat.", "does your boss know what you did?",
        "i have the photos.", "be nice.", "your location says you are at his flat.", "explain.", "the bus is late.",
        "see you at dinner.", "ok", "lol",
    ]

    @Test("2,000 random messages of closing sentences and their markers get the same answer either way")
    func sameAnswersBesideMarkers() throws {
        let rules = try PartnerAbuseRules.shipped()
        var random = SeededNumbers(seed: 20_261_207)
        var fired = 0
        for _ in 0..<2000 {
            let text = (0..<(1 + random.next(4))).map { _ in Self.closers[random.next(Self.closers.count)] }
                .joined(separator: " ")
            let full = rules.evaluate(text, skippingWithoutAnchors: false)
            #expect(rules.evaluate(text, skippingWithoutAnchors: true) == full, "\(text)")
            if !full.isEmpty { fired += 1 }
        }
        #expect(fired > 100)
    }

    @Test(
        "a closing sentence fires after its marker and is skipped without one",
        arguments: [
            ("You blocked me again. Big mistake.", true), ("Big mistake.", false),
            ("I still have a key to your flat. Sleep well.", true), ("Sleep well.", false),
            ("Does your boss know what you did at uni? He will.", true), ("He will.", false),
        ]
    )
    func closers(_ text: String, fires: Bool) throws {
        let rules = try PartnerAbuseRules.shipped()
        #expect(rules.evaluate(text).isEmpty == !fires, "\(text)")
        #expect(rules.evaluate(text) == rules.evaluate(text, skippingWithoutAnchors: false), "\(text)")
    }
}
