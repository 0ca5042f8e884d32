import Foundation
import SafeholdRules
import SafeholdText
import Testing

@Suite("Partner-abuse rules: the shipped set")
struct PartnerAbuseRulesTests {
    @Test("the shipped rules load, are English, and list every rule once with its severity")
    func shippedRules() throws {
        let rules = try PartnerAbuseRules.shipped()
        #expect(rules.version.hasPrefix("en-"))
        let listed = rules.rules.map { "\($0.id.rawValue):\($0.severity.rawValue)" }
        #expect(
            listed == [
                "threat-of-violence:urgent", "surveillance:urgent", "intimate-image-threat:urgent", "coercion:high",
                "threat-to-contact-others:high", "threat-to-out:high", "sharing-your-details:urgent",
                "threat-about-children-or-pets:urgent",
                "self-harm-pressure:high", "demand-for-contact:high", "put-downs:high", "sexual-harassment:urgent",
                "attack-on-a-group:high", "sexist-abuse:medium", "controlling-behaviour:medium",
                "new-account-after-block:high",
            ]
        )
    }

    @Test("every explanation is one calm paragraph in plain words")
    func explanationsAreCalm() throws {
        for rule in try PartnerAbuseRules.shipped().rules {
            #expect(rule.name.count < 60, "\(rule.id)")
            #expect((250...800).contains(rule.explanation.count), "\(rule.id): \(rule.explanation.count)")
            #expect(!rule.explanation.contains("\n"), "\(rule.id)")
            #expect(!rule.explanation.contains("!"), "\(rule.id)")
            for word in ["abuser", "monster", "evil", "crazy", "psycho", "sick", "predator", "narcissist"] {
                #expect(!rule.explanation.lowercased().contains(word), "\(rule.id) uses \(word)")
            }
        }
    }

    @Test("text with nothing in it gives no matches", arguments: ["", " ", "\n\n", "hello", "😀", "12345", "?!?!"])
    func emptyText(_ text: String) throws {
        #expect(try PartnerAbuseRules.shipped().evaluate(text).isEmpty)
    }

    @Test("a match encodes to the JSON the classify interface writes")
    func encodesAsJSON() throws {
        let found = try #require(try PartnerAbuseRules.shipped().evaluate("I know where you live").first)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(found), as: UTF8.self)
        #expect(
            json
                == #"{"baseSeverity":"high","joking":false,"quoted":false,"ruleID":"surveillance","severity":"high","spans":[{"end":21,"start":0}]}"#
        )
        #expect(try JSONDecoder().decode(RuleMatch.self, from: Data(json.utf8)) == found)
    }

    @Test("severities order from low to urgent and lower without going past low")
    func severities() {
        #expect(RuleSeverity.allCases.sorted() == [.low, .medium, .high, .urgent])
        #expect(RuleSeverity.urgent.lowered(by: 2) == .medium)
        #expect(RuleSeverity.medium.lowered(by: 5) == .low)
        #expect(RuleSeverity.high.lowered(by: 0) == .high)
    }
}

@Suite("Partner-abuse rules: hostile input")
struct HostileInputTests {
    @Test("a 1 MB message of repeated threats is matched completely")
    func oneMegabyteOfThreats() throws {
        let unit = "I will kill you. "
        let text = String(repeating: unit, count: 1_048_576 / unit.utf8.count)
        let found = try #require(try PartnerAbuseRules.shipped().evaluate(text).first)
        #expect(found.ruleID == RuleID("threat-of-violence"))
        #expect(found.spans.count == 1_048_576 / unit.utf8.count)
        #expect(found.spans.last.map { covered($0, in: text) } == "I will kill you")
    }

    @Test("a 1 MB single word, 100k emoji and 100k combining marks give no matches")
    func oneMegabyteOfNothing() throws {
        let rules = try PartnerAbuseRules.shipped()
        #expect(rules.evaluate(String(repeating: "a", count: 1_048_576)).isEmpty)
        #expect(rules.evaluate(String(repeating: "😡", count: 100_000)).isEmpty)
        #expect(rules.evaluate("e" + String(repeating: "\u{301}", count: 100_000)).isEmpty)
        #expect(rules.evaluate(String(repeating: "\u{200B}", count: 100_000)).isEmpty)
    }

    @Test("100k emoji around a threat still find it, at the right offset")
    func emojiAroundThreat() throws {
        let emoji = String(repeating: "😡", count: 100_000)
        let text = emoji + " I know where you live " + emoji
        let found = try #require(try PartnerAbuseRules.shipped().evaluate(text).first)
        #expect(found.spans == [ScalarSpan(start: 100_001, end: 100_022)])
    }

    @Test("words that begin many patterns, repeated, and deep nesting do not blow up")
    func adversarialRepetition() throws {
        let rules = try PartnerAbuseRules.shipped()
        let ifs = String(repeating: "if you if you i will ", count: 40_000)
        #expect(rules.evaluate(ifs).allSatisfy { $0.spans.allSatisfy { $0.end <= ifs.unicodeScalars.count } })
        let nested =
            String(repeating: "[\"'(«“", count: 50_000) + "I will kill you"
            + String(repeating: "”»)'\"]", count: 50_000)
        #expect(rules.evaluate(nested).first?.ruleID == RuleID("threat-of-violence"))
        let spaced = String(repeating: "k i l l ", count: 100_000)
        #expect(rules.evaluate(spaced).isEmpty)
        let stars = String(repeating: "f***", count: 100_000)
        #expect(rules.evaluate(stars).isEmpty)
    }

    @Test("a 1 MB sentence of denials, with a condition at its end, is read in one pass and denies nothing")
    func oneSentenceOfDenials() throws {
        let rules = try PartnerAbuseRules.shipped()
        let unit = "you are not stupid "
        let text = String(repeating: unit, count: 1_048_576 / unit.utf8.count) + "if you stay"
        let reading = rules.read(folded: FoldedText(text, options: .aggressive))
        #expect(rules.context(reading).negated.isEmpty)
        let plain = String(repeating: unit, count: 1_048_576 / unit.utf8.count)
        let spans = rules.context(rules.read(folded: FoldedText(plain, options: .aggressive))).negated
        #expect(spans.first?.start == 0)
        #expect(spans.last?.end ?? 0 >= plain.unicodeScalars.count - unit.unicodeScalars.count)
    }
}
