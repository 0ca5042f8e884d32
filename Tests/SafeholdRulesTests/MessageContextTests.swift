import SafeholdRules
import Testing

@Suite("Context: negation, quoting, jokes and counter-speech")
struct MessageContextTests {
    @Test(
        "negation removes a match",
        arguments: [
            ("I would never hurt you", "threat-of-violence"), ("I'm not going to hurt you", "threat-of-violence"),
            ("i'd never ever kill u", "threat-of-violence"), ("I don't know where you live", "surveillance"),
            ("i do not know where u live", "surveillance"), ("I never said I know where you live", "surveillance"),
            ("I will never post your nudes", "intimate-image-threat"),
            ("I won't tell your boss", "threat-to-contact-others"),
            ("I would never take the kids from you", "threat-about-children-or-pets"),
            ("I'm not watching you, relax", "surveillance"),
            ("I will not hurt the dog", "threat-about-children-or-pets"),
        ]
    )
    func negationRemoves(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) == nil, "\(text)")
    }

    @Test(
        "quoted or reported words are kept, marked quoted and one step lower",
        arguments: [
            ("he said 'I will kill you'", "threat-of-violence", RuleSeverity.high),
            ("She texted me \"I'll post your nudes\" last night", "intimate-image-threat", .high),
            ("my ex wrote I know where you live", "surveillance", .medium),
            ("“I’m outside your house” is what he sent at 2am", "surveillance", .high),
            ("they messaged my sister: if you don't answer I'll tell your boss", "coercion", .medium),
            ("He keeps saying 'you'll never see the kids again'", "threat-about-children-or-pets", .medium),
            ("and then he goes I will kill you", "threat-of-violence", .high),
            ("he went, I will kill you, and walked off", "threat-of-violence", .high),
            ("he texted me last night, I will kill you", "threat-of-violence", .high),
            ("she told him, I know where you live", "surveillance", .medium),
            ("posts saying they want to hit, I will kill you", "threat-of-violence", .high),
            ("she keeps saying I will kill you", "threat-of-violence", .high),
            ("I was told I will kill you", "threat-of-violence", .high),
        ]
    )
    func quotedIsLowered(_ text: String, _ rule: String, _ severity: RuleSeverity) throws {
        let found = try #require(try match(rule, in: text), "\(text)")
        #expect(found.quoted, "\(text)")
        #expect(found.severity == severity, "\(text)")
        #expect(found.baseSeverity > found.severity)
    }

    @Test(
        "a message that is only a quote, an unclosed quote, or the writer's own earlier words is not a quote",
        arguments: [
            "\"I will kill you\"", "'I will kill you'", "\"I will kill you", "I told you I'd kill you",
            "remember what I said, I will kill you",
            "hope your trip goes well, I will kill you when you get back", "it went fine and I will kill you",
            "stop saying no or I will hurt you", "Saying that is sexist, so I'm coming to kill you",
            "saying sorry was never enough, I will kill you",
            // The sender speaking of their own words, after helpers and a denial (en-2026.12.57).
            "I'm saying I will kill you", "I'm not saying it twice, I will kill you", "we keep saying we will kill you",
        ]
    )
    func directWordsAreNotQuoted(_ text: String) throws {
        let found = try #require(try match("threat-of-violence", in: text), "\(text)")
        #expect(!found.quoted, "\(text)")
        #expect(found.severity == .urgent, "\(text)")
    }

    @Test(
        "counter-speech removes a match",
        arguments: [
            ("Saying 'I know where you live' to an ex is stalking", "surveillance"),
            ("\"I'll post your nudes\" is a crime in most places", "intimate-image-threat"),
            ("Telling someone you'll never see the kids again is a form of abuse", "threat-about-children-or-pets"),
            ("\"If you leave I'll kill myself\" is a warning sign", "self-harm-pressure"),
            ("He wrote 'I know where you live'. That is stalking.", "surveillance"),
            (
                "If your partner says I'll tell your boss, that is coercion and you can report it",
                "threat-to-contact-others"
            ),
        ]
    )
    func counterSpeechRemoves(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) == nil, "\(text)")
    }

    @Test(
        "counter-speech words elsewhere do not hide a threat",
        arguments: [
            ("I'll post your nudes. What you did to me is abuse.", "intimate-image-threat"),
            ("I don't care if it's illegal, I'll post your nudes", "intimate-image-threat"),
            ("go ahead and report it, I know where you live", "surveillance"),
            // The marker judges what comes before it and its own phrase, not a later phrase of its sentence.
            ("Calling me that is hateful, I will kill you", "threat-of-violence"),
            ("stop telling people I'm crazy or I'll kill you", "threat-of-violence"),
            ("that is harassment, and I know where you live", "surveillance"),
        ]
    )
    func counterSpeechIsNarrow(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) != nil, "\(text)")
    }

    @Test(
        "a joking tone lowers but keeps the match and its base severity",
        arguments: [
            ("lol i know where you live", "surveillance", RuleSeverity.medium, RuleSeverity.high),
            ("I'll kill you hahaha", "threat-of-violence", .medium, .urgent),
            ("jk unblock me", "demand-for-contact", .low, .medium),
            ("i'm gonna murder you if you eat my fries 😂", "threat-of-violence", .medium, .urgent),
        ]
    )
    func jokesLower(_ text: String, _ rule: String, _ severity: RuleSeverity, _ base: RuleSeverity) throws {
        let found = try #require(try match(rule, in: text), "\(text)")
        #expect(found.joking)
        #expect(found.severity == severity, "\(text)")
        #expect(found.baseSeverity == base, "\(text)")
    }

    @Test(
        "saying it is not a joke keeps the full severity",
        arguments: [
            "I'm not joking I will kill you", "not kidding, i know where you live", "i will kill you and im not joking",
        ]
    )
    func notJoking(_ text: String) throws {
        let found = try #require(try shippedRules.get().evaluate(text).first, "\(text)")
        #expect(!found.joking, "\(text)")
        #expect(found.severity == found.baseSeverity, "\(text)")
    }

    @Test("matches of one rule merge, and the most severe rule comes first")
    func mergesAndOrders() throws {
        let text = "I know where you live. I know where you work. unblock me. I will kill you"
        let found = try shippedRules.get().evaluate(text)
        #expect(found.map(\.ruleID.rawValue) == ["threat-of-violence", "surveillance", "demand-for-contact"])
        let surveillance = try #require(found.first { $0.ruleID == RuleID("surveillance") })
        #expect(surveillance.spans.map { covered($0, in: text) } == ["I know where you live", "I know where you work"])
    }

    @Test("a direct threat next to a quoted one is not marked quoted")
    func directBeatsQuoted() throws {
        let found = try #require(try match("threat-of-violence", in: "he said 'I will kill you'. I will kill you too"))
        #expect(!found.quoted)
        #expect(found.severity == .urgent)
        #expect(found.spans.count == 2)
    }

    @Test(
        "spans point at the original characters through disguises",
        arguments: [
            ("I will k\u{200B}ill you", "I will k\u{200B}ill you"), ("🙂🙂 i kn0w wh3re u live!!", "i kn0w wh3re u live"),
            ("ＩＭ ＯＵＴＳＩＤＥ ＹＯＵＲ ＨＯＵＳＥ", "ＩＭ ＯＵＴＳＩＤＥ ＹＯＵＲ ＨＯＵＳＥ"),
            ("Ok. I'll p o s t your nudes", "I'll p o s t your nudes"),
        ]
    )
    func spansInOriginal(_ text: String, _ expected: String) throws {
        let found = try #require(try shippedRules.get().evaluate(text).first, "\(text)")
        #expect(found.spans.map { covered($0, in: text) } == [expected])
    }
}
