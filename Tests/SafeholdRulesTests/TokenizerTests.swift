import Foundation
import SafeholdText
import Testing

@testable import SafeholdRules

/// The rules' tokenizer reads most words as bytes and looks them up by hash; these pin down what it makes of
/// words that take the other roads (shorthand, dropped words, jokes, masks, marks read as letters, other scripts).
@Suite("Rules: tokenizer")
struct TokenizerTests {
    static let language = Result {
        try CompiledLanguage(
            JSONDecoder().decode(RuleFile.self, from: PartnerAbuseRules.shippedFiles()[0].data),
            name: "rules-en.json"
        )
    }

    static func tokens(_ text: String) throws -> (words: [String], ranges: [Range<Int>], joke: Bool) {
        let folded = FoldedText(text, options: .aggressive)
        let message = try language.get().tokenize(folded)
        return (
            message.tokens.map(\.text),
            message.tokens.map { folded.originalRange(of: $0.range) },
            message.jokeSignal
        )
    }

    @Test(
        "words come out canonical, with the offsets of what was written",
        arguments: [
            // Shorthand: both words keep the range of what was written.
            ("I don't know", ["i", "do", "not", "know"], [0..<1, 2..<7, 2..<7, 8..<12]),
            ("k!ll u!!", ["kill", "you"], [0..<4, 5..<6]),
            ("你好 friend", ["你好", "friend"], [0..<2, 3..<9]),
            ("Çà va, Zoë?", ["ca", "va", "zoe"], [0..<2, 3..<5, 7..<10]),
            // Letters of four UTF-8 bytes each, the most a scalar takes.
            ("\u{20000}\u{20001}\u{20002} kill", ["\u{20000}\u{20001}\u{20002}", "kill"], [0..<3, 4..<8]),
        ]
    )
    func canonical(text: String, words: [String], ranges: [Range<Int>]) throws {
        let found = try Self.tokens(text)
        #expect(found.words == words)
        #expect(found.ranges == ranges)
    }

    @Test("a known word gets its number, a word in another script none, whatever its bytes")
    func keys() throws {
        let language = try Self.language.get()
        let folded = FoldedText("kill 你好 kill", options: .aggressive)
        let tokens = language.tokenize(folded).tokens
        #expect(tokens.count == 3)
        #expect(tokens[0].key.word >= 0)
        #expect(tokens[0].key.word == tokens[2].key.word)
        #expect(tokens[1].key.word == -1)
    }

    @Test("laughter marks a joke and is not a word; 'not joking' says the opposite")
    func jokes() throws {
        let laughing = try Self.tokens("hahahaha you idiot")
        #expect(laughing.joke)
        #expect(!laughing.words.contains { $0.hasPrefix("haha") })
        let serious = try Self.tokens("I'm not joking")
        #expect(!serious.joke)
        #expect(!serious.words.contains("not"))
        #expect(!(try Self.tokens("you idiot").joke))
    }

    @Test("an emoji read as a word is a token of its own, in its own phrase, quoted where the words around it are")
    func emojiWords() throws {
        let text = "I will find you 🔪 and he said \"🔪 soon\" ok"
        let message = try Self.language.get().tokenize(FoldedText(text, options: .aggressive))
        let knives = message.tokens.enumerated().filter { $0.element.text == "knife" }
        #expect(knives.count == 2)
        let first = try #require(knives.first)
        #expect(message.tokens[first.offset - 1].text == "you")
        #expect(message.tokens[first.offset - 1].phrase != first.element.phrase)
        #expect(message.tokens[first.offset + 1].phrase != first.element.phrase)
        #expect(!first.element.quoted)
        #expect(knives.last?.element.quoted == true)
        #expect(message.tokens.first { $0.text == "soon" }?.quoted == true)
        #expect(try Self.tokens(text).ranges[first.offset] == 16..<17)
    }

    @Test(
        "\"too\" is read before another word of its phrase and dropped at the phrase's end",
        arguments: [
            ("there are too many", ["there", "are", "too", "many"]),
            ("you are a loser too", ["you", "are", "a", "loser"]),
            ("me too, and you", ["me", "and", "you"]), ("too", []),
        ]
    )
    func closingToo(_ text: String, _ words: [String]) throws {
        #expect(try Self.tokens(text).words == words, "\(text)")
    }

    @Test("a colon opens a phrase as a comma does, but not inside a time")
    func colons() throws {
        let language = try Self.language.get()
        func phrases(_ text: String) -> [Int] {
            language.tokenize(FoldedText(text, options: .aggressive)).tokens.map(\.phrase)
        }
        let aside = phrases("just saying: accidents happen")
        #expect(aside[0] != aside[1])
        #expect(aside[1] == aside[2])
        let time = phrases("see you at 10:30 tonight")
        #expect(time.count == 6, "the time's two numbers are words")
        #expect(Set(time).count == 1)
    }

    @Test("a message of 20,000 quoted knives is read in one pass: one token each, and no rule fires on knives alone")
    func manyEmoji() throws {
        let text = String(repeating: "\"🔪\" ", count: 20_000)
        let message = try Self.language.get().tokenize(FoldedText(text, options: .aggressive))
        #expect(message.tokens.count == 20_000)
        #expect(message.tokens.allSatisfy { $0.text == "knife" })
        #expect(try PartnerAbuseRules.shipped().evaluate(text).isEmpty)
    }

    @Test(
        "a contraction whose letters spell another word is read as its words only when written with its apostrophe",
        arguments: [
            ("we'll find you", ["we", "will", "find", "you"]), ("well, I tried", ["well", "i", "tried"]),
            ("he'll pay", ["he", "will", "pay"]), ("what the hell", ["what", "the", "hell"]),
            ("she\u{2019}d know", ["she", "would", "know"]), ("the shed", ["the", "shed"]),
            ("we're late", ["we", "are", "late"]), ("we were late", ["we", "were", "late"]),
        ]
    )
    func contractions(_ text: String, _ words: [String]) throws {
        #expect(try Self.tokens(text).words == words, "\(text)")
    }
}
