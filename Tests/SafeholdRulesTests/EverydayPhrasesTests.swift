import Foundation
import SafeholdText
import Testing

@testable import SafeholdRules

/// Everyday phrases ("killed it at the gym") are found by their own small pattern set and skip check; they must
/// be exactly the `exceptions` markers the full rule set finds.
@Suite("Rules: everyday phrases")
struct EverydayPhrasesTests {
    /// The `exceptions` hits of the full pattern set, as the rules found them before they had a set of their own.
    static func throughFullSet(_ text: String, _ language: CompiledLanguage) -> [ScalarSpan] {
        let folded = FoldedText(text, options: .aggressive)
        let message = language.tokenize(folded)
        let hits = PatternMatcher(tokens: message.tokens, negators: language.vocabulary.negators)
            .hits(of: language.patterns)
            .filter {
                $0.pattern >= language.meta.count
                    && language.markerNames[$0.pattern - language.meta.count] == "exceptions"
            }
        let spans = hits.map { hit in
            let words =
                message.tokens[hit.tokens.lowerBound].range
                .lowerBound..<message.tokens[hit.tokens.upperBound - 1].range.upperBound
            let original = folded.originalRange(of: words)
            return ScalarSpan(start: original.lowerBound, end: original.upperBound)
        }
        return ScalarSpan.merge(spans)
    }

    @Test(
        "everyday uses of harm words are found, threats are not",
        arguments: [
            ("I killed it at the gym today", true), ("this traffic is killing me", true),
            ("that joke killed me lol", true), ("I will kill you", false), ("see you at dinner", false),
            ("I could kill for a pizza right now", true), ("That exam murdered me", true),
            ("I'm dying to see the new film", true), ("I will murder you", false),
            ("I'm so tired I could die lol", true), ("I'm dead, that video is hilarious", true),
            ("My boss is going to kill me if I'm late again", true), ("I could die without you", false),
            ("I am going to kill you", false), ("I hate Mondays", true), ("I hate this so much", true),
            ("I hate gay people", false), ("I hate that guy", false),
            ("Happy birthday, I hope you have a lovely day", true),
            ("I hate that we argue in front of the kids", true), ("I hate that bitch", false),
            ("Holy shit, I passed my exam", true), ("That concert was fucking amazing", true),
            ("Fuck yeah, what a great day", true), ("fuck yes!", true), ("fuck you", false),
            ("fuck yeah you are dead", false),
            ("Mondays are the worst, I hate them", true), ("Immigrants are the worst, I hate them", false),
            ("This weather is disgusting", true), ("you are a fucking idiot", false),
            ("this bitch is awesome", false), ("your body is amazing", false), ("you disgusting pig", false),
            ("Traffic today was absolute hell", true), ("your life will be hell", false),
            ("This soup is to die for", true), ("You are going to die for what you did", false),
            ("I killed the spider in the bath", true), ("He killed a rat with a shovel", true),
            ("I killed your cat", false), ("We buried our old dog in the garden", true),
            ("I'll bury you in the garden", false),
            ("can you kill the lights before you leave", true), ("I will kill you and the lights", false),
            ("this new beat is sick", true), ("you are sick in the head", false), ("sick beat bro", true),
            ("the storm destroyed three houses on our street", true), ("I destroyed your car", false),
            ("that printer is a piece of junk", true), ("you are a piece of junk", false),
            ("This stupid printer never works", true), ("what a stupid mistake I made at work today", true),
            ("you made a stupid mistake", false),
            ("that workout killed me", true), ("the hike really destroyed me", true), ("you killed me", false),
            ("That film killed me, I laughed so hard", true), ("Shoot me a text when you land", true),
            ("The s t u p i d printer jammed again", true), ("I'm coming for you in the next round!", true),
            ("I'm coming for you", false),
            ("we shot the video in one take", true), ("I shot the wedding last weekend", true),
            ("I shot him", false), ("beat the eggs, then fold in the flour", true), ("I beat her", false),
            ("I could throw this printer out the window", true), ("I'll throw you out the window", false),
            ("Three killed in motorway crash", true), ("you'll be killed in a crash", false),
            ("I could murder a curry right now", true), ("I could murder you", false),
            ("we got absolutely wrecked in the final", true), ("you got wrecked, loser", false),
            ("Battery dead, phone dead, me dead.", true), ("you are dead", false),
            ("Our striker murdered that free kick", true), ("I murdered that man", false),
            ("You beautiful human, thank you", true), ("you lovely thing, I missed you", true),
            ("you ugly thing", false), ("you silly cow", false),
            ("Hope your exams go well", true), ("hope the surgery goes smoothly", true),
            ("hope your kids are well", false),
            ("The antibiotics will kill the infection", true), ("spray to kill the fleas", true),
            // Written before en-2026.12.54 (Benchmarks/fresh-domains-probes.txt).
            ("We need to push B and kill their sniper first", true), ("We're going to crush them on Saturday", true),
            ("Smash the garlic with the flat of the knife", true), ("We need to execute the plan by Friday", true),
            ("The deadline is killing us, let's push it a week", true), ("Three people shot dead in a robbery", true),
            ("I'm going to crush you", false), ("we will execute you", false), ("I'll kill their dad", false),
        ]
    )
    func examples(_ text: String, everyday: Bool) throws {
        let rules = try shippedRules.get()
        let spans = rules.everydayPhrases(folded: FoldedText(text, options: .aggressive))
        #expect(spans.isEmpty == !everyday, "\(text): \(spans)")
    }

    @Test(
        "sentences that speak against abuse are found, with the next sentence pointing back, unless defiance undoes it",
        arguments: [
            // From the sentence's first word to its last; words the rules drop ("bitch") are left out.
            ("Threatening to kill someone is never ok", ["Threatening to kill someone is never ok"]),
            ("Threatening to kill someone is never ok, bitch", ["Threatening to kill someone is never ok"]),
            ("Saying women belong in the kitchen is sexist.", ["Saying women belong in the kitchen is sexist"]),
            (
                "He said he would post my nudes. That is illegal.",
                ["He said he would post my nudes", "That is illegal"]
            ),
            ("Hi. Sending unsolicited nudes is harassment", ["Sending unsolicited nudes is harassment"]),
            ("I will post your nudes, I don't care if it is illegal", []),
            ("I will kill you", []),
            ("Threats like this should be reported", ["Threats like this should be reported"]),
            ("Calling someone that is hurtful", ["Calling someone that is hurtful"]),
            // A later phrase of the same sentence is not covered.
            ("Calling me that is hateful, I will kill you", ["Calling me that is hateful"]),
            ("If he says he will hurt you, you can report it", ["If he says he will hurt you, you can report it"]),
            // A marker that opens its phrase judges what follows, not an earlier phrase.
            ("you know you want it, stop saying no", ["stop saying no"]),
            // Words in quotation marks after a marker that names them as an example (en-2026.12.48), and only those.
            ("We don't tolerate threats like \"I'll break your legs\" in this group", ["I'll break your legs"]),
            ("If someone texts you \"I'll kill you\", screenshot it", ["I'll kill you"]),
            ("Words like \"sorry\" won't save you, I'll break your legs", ["sorry"]),
            ("Threats like I'll break your legs", []),
        ]
    )
    func counterSpeech(_ text: String, expected: [String]) throws {
        let rules = try shippedRules.get()
        let spans = rules.context(rules.read(folded: FoldedText(text, options: .aggressive))).counterSpeech
        #expect(spans.map { covered($0, in: text) } == expected, "\(text)")
    }

    @Test(
        "words reported or mentioned rather than said are found, up to the end of their phrase",
        arguments: [
            ("He keeps telling me I'm stupid. Is that abuse?", "stupid", "abuse"),
            ("my ex texted me that I am worthless and nobody will want me", "nobody will want", "texted"),
            // A mention's own words are part of it ("calling … is hateful" judges, it does not insult).
            ("calling someone a moron is not ok. you are a moron", "someone a moron", "you are"),
            ("Honestly, it's ignorant to say Jews are useless", "ignorant to say Jews are useless", "Honestly"),
            ("It is not okay to tell a woman she is worthless", "she is worthless", "okay"),
            ("he said I was a liar, you are a liar and a cheat", "I was a liar", "a cheat"),
            ("she told me, you are pathetic", nil, "pathetic"),
            ("you are stupid", nil, "stupid"),
            ("I told you I will find you", nil, "find you"),
            ("tell them I said hi", nil, "hi"),
            ("If someone calls you a whore, that is abuse", "whore", "abuse"),
            ("when he calls you stupid, walk away", "stupid", "walk away"),
        ]
    )
    func reported(_ text: String, inside: String?, outside: String) throws {
        let rules = try shippedRules.get()
        let spans = rules.context(rules.read(folded: FoldedText(text, options: .aggressive))).reported
        let passages = spans.map { covered($0, in: text) }
        if let inside { #expect(passages.contains { $0.contains(inside) }, "\(text): \(passages)") }
        #expect(!passages.contains { $0.contains(outside) }, "\(text): \(passages)")
    }

    @Test(
        "words the text denies are found, with the denial, up to three words on and never past a new claim",
        arguments: [
            ("you are not stupid", "you are not stupid" as String?, nil as String?),
            ("you're no loser", "no loser", nil), ("you are far from stupid", "far from stupid", nil),
            ("I don't think you're a bitch", "a bitch", nil), ("nobody is going to hurt you", "nobody", nil),
            ("nobody is going to break your legs", "nobody", nil),
            ("you are not a moron but a total idiot", "a moron", "idiot"),
            ("you are not a good mother, you are a stupid bitch", "a good mother", "bitch"),
            ("you're not trying hard enough bitch", nil, "bitch"), ("you aint shit", nil, "shit"),
            ("you are stupid", nil, "stupid"), ("I would never slit your throat", "slit your throat", nil),
            ("don't think I won't kill you", nil, "kill"), ("I won't hurt you if you come back", nil, "hurt"),
        ]
    )
    func denied(_ text: String, inside: String?, outside: String?) throws {
        let rules = try shippedRules.get()
        let spans = rules.context(rules.read(folded: FoldedText(text, options: .aggressive))).negated
        let passages = spans.map { covered($0, in: text) }
        if let inside { #expect(passages.contains { $0.contains(inside) }, "\(text): \(passages)") }
        if let outside { #expect(!passages.contains { $0.contains(outside) }, "\(text): \(passages)") }
    }

    @Test("a rule may not need a marker list only the context reads")
    func contextOnlyMarkersAreRefused() throws {
        var file = try JSONDecoder().decode(RuleFile.self, from: PartnerAbuseRules.shippedFiles()[0].data)
        file.rules[0].patterns[0].needs = ["reported"]
        #expect(throws: RulesError.self) { try CompiledLanguage(file, name: "rules-en.json") }
    }

    @Test("2,000 random sentences give the same phrases as the full rule set")
    func sameAsFullSet() throws {
        let rules = try shippedRules.get()
        let language = try CompiledLanguage(
            JSONDecoder().decode(RuleFile.self, from: PartnerAbuseRules.shippedFiles()[0].data),
            name: "rules-en.json"
        )
        let words = [
            "i", "killed", "it", "at", "the", "gym", "this", "is", "killing", "me", "joke", "you", "will",
            "kill", "not", "lol", "shoot", "text", "a", "dying", "of", "laughter", ".", ",", "traffic",
        ]
        var random = SeededNumbers(seed: 20_261_125)
        var found = 0
        for _ in 0..<2000 {
            let text = (0..<(2 + random.next(10))).map { _ in words[random.next(words.count)] }.joined(separator: " ")
            let spans = rules.everydayPhrases(folded: FoldedText(text, options: .aggressive))
            #expect(spans == Self.throughFullSet(text, language), "\(text)")
            if !spans.isEmpty { found += 1 }
        }
        #expect(found > 50)
    }

    @Test(
        "an everyday phrase takes a match back when it reaches the match's first or last word, not from inside it",
        arguments: [
            (2..<5, 4..<7, true), (2..<5, 0..<3, true), (2..<5, 0..<9, false), (2..<5, 2..<5, true),
            (2..<5, 1..<2, false), (2..<5, 5..<6, false), (3..<4, 1..<7, false), (2..<3, 1..<7, false),
            (5..<6, 1..<7, false), (6..<8, 1..<7, true),
        ] as [(Range<Int>, Range<Int>, Bool)]
    )
    func exceptionReach(_ phrase: Range<Int>, _ match: Range<Int>, _ takesBack: Bool) {
        // Among other phrases elsewhere in the message, so that the search over sorted matches is exercised.
        let phrases = [phrase, 20..<22, 30..<31].map { PatternHit(pattern: 0, tokens: $0) }
        #expect(MarkerSpans(phrases).overlapsReachingOut(of: match) == takesBack, "\(phrase) in \(match)")
    }
}
