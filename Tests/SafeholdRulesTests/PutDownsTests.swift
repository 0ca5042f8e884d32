import SafeholdRules
import Testing

@Suite("Put-downs meant to wear the person down")
struct PutDownsTests {
    static let rule = "put-downs"

    @Test(
        "catches put-downs aimed at the person at medium",
        arguments: [
            "no one will ever love you", "Nobody else would put up with you", "no man will ever want you",
            "you're nothing without me", "you can't survive without me", "You'll never find anyone better",
            "you will never find anyone like me", "you'll end up alone", "you're worthless and everyone knows it",
            "you are pathetic", "you're a failure", "you're a terrible mother and the kids know it",
            "you are the worst father", "you don't deserve the kids", "youre a waste of space",
            "you are so disgusting", "you're trash", "You are a disgrace to everyone who knows you",
            "you're an embarrassment to your kids",
        ]
    )
    func catches(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .medium, "\(text)")
    }

    @Test(
        "does not catch kindness, negation or put-downs of something else",
        arguments: [
            "you are not worthless", "you're a wonderful mother", "nobody will ever love you like I do, happy birthday",
            "you are never alone, call me anytime", "your pathetic excuse for a printer broke again",
            "you are a disgrace to the team if you skip practice, haha", "I'm nothing without coffee",
            "you deserve the best", "no one will ever believe how big the fish was",
            "you will never find anyone at the office after six", "you are a credit to your family",
            "you are not a disgrace to anyone",
        ]
    )
    func ignores(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }

    @Test(
        "catches wishing the person had never been born, and contempt in common idioms",
        arguments: [
            "The world would be better off if you'd never been born", "everyone would be better off without you",
            "Your mother should have aborted you", "you should have been aborted",
            "shame your parents didn't abort you", "Imagine being this dumb", "imagine being so ugly",
            "ur a waste of oxygen", "your a complete waste of space", "crawl back under your rock",
            "People like you should crawl back into the hole you came from",
            // A contemptuous word for the person with a word that runs them down (en-2026.12.46).
            // Written before en-2026.12.52 (Benchmarks/fresh-forums-probes.txt).
            "Nobody in this group likes you, leave", "I'll tell everyone what a fat pig you are",
            "What a hypocrite you are!",
            "you are a spineless coward", "You're the most pathetic excuse for a mother", "shut up you talentless hack",
            "bye, you worthless nobody", "you're one lazy good for nothing slob", "ur such a lying snake",
            // Written before en-2026.12.54 (Benchmarks/fresh-plain-probes.txt).
            "You absolute muppet, you ruined everything", "Ugly inside and out, that's you",
            "you are rotten to the core", "Your brain is the size of a pea", "you've got the memory of a goldfish",
            "what a plonker you are", "Your cooking is as disgusting as your face",
            "Absolute waste of oxygen, log off forever", "Get lost you sad little troll",
            "You are a disgrace of a mother", "You're so ugly even your mirror quit",
            // Written before en-2026.12.56 (Benchmarks/fresh-ex-2-probes.txt).
            "You're crazy, nobody will ever believe a word you say", "Look at the state of you, no wonder he left",
            "You were nothing before me and you're nothing now",
        ]
    )
    func catchesIdioms(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .medium, "\(text)")
    }

    @Test(
        "does not catch the same idioms about other things",
        arguments: [
            "the world would be a better place if you recycled more", "we'd be better off without the old printer",
            "imagine being this happy", "imagine being so lucky", "this meeting is a waste of time",
            "the crab crawled back under the rock", "you were never born to be average, keep going",
            "everyone would be better off with you in charge",
            "you lucky dog", "you absolute legend", "you little monster, go to bed", "you sly fox",
            "you crazy genius", "you're a hopeless romantic", "you're a lazy sunday person", "thanks, you total star",
            "you're not a worthless nobody", "he is a spineless coward", "Nobody likes Mondays", "what a star you are",
            "nobody here likes you more than I do",
            "the apples were rotten to the core", "your brain is an amazing organ",
            "the size of a pea, the doctor said",
            "goldfish have a memory of months, not seconds", "the muppets are on tonight",
            "the weather is as bad as your forecast said", "that was a sad little film", "you are a sad person",
            "Look at the state of you, did you sleep at all? Go rest", "No wonder he left early, the film was awful",
            "You were nothing but kind to me",
        ]
    )
    func ignoresIdiomsAboutThings(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }

    @Test(
        "a denial of what someone thinks of the person takes the put-down back (en-2026.12.47)",
        arguments: [
            "No one thinks you're a bad mum, you're doing great", "I don't think you are a bad mum",
            "None of us think you are worthless", "It's not true that you are a failure",
            "nobody here thinks you're pathetic", "no one is saying you're a failure",
        ]
    )
    func ignoresDeniedOpinions(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }

    @Test("a long message of denials takes back each put-down it reaches, and keeps the one it does not")
    func manyDenials() throws {
        let denials = String(repeating: "nobody thinks you are a bad mum, ", count: 1_000)
        #expect(try match(Self.rule, in: denials) == nil)
        let found = try #require(try match(Self.rule, in: denials + ". You are a bad mum."))
        #expect(found.spans.count == 1)
    }

    @Test(
        "a denial does not take back a put-down it does not reach, or one it is denied itself",
        arguments: [
            "Nobody thinks you're a bad mum, you're a terrible wife", "Don't say nobody thinks you're a failure",
            "No one thinks you are a bad mum. You are pathetic.",
            // Without a denial the same words are a put-down, reported ("everyone is saying …" is lowered a step).
            "everyone is saying you're a failure",
        ]
    )
    func keepsPutDownsBesideADenial(_ text: String) throws {
        // "Don't say …" reads as reported words, a step lower; the match stays either way.
        #expect(try match(Self.rule, in: text) != nil, "\(text)")
    }

    @Test(
        "an insult said straight at the person is a put-down; the same nouns said fondly or of other things are not",
        arguments: [
            ("shut up you tw@t", true), ("Oh be quiet, you moron.", true), ("You morons.", true),
            ("That's not a sentence, you hypocrite", true), ("Love you, you little monster x", false),
            ("You freak me out sometimes haha", false), ("You creep up on me every time!", false),
            ("Did you see the cow in the field?", false), ("Thank you, you absolute legend", false),
        ]
    )
    func namesThePerson(_ text: String, _ expected: Bool) throws {
        #expect(try (match(Self.rule, in: text) != nil) == expected, "\(text)")
    }
}
