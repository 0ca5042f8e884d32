import SafeholdRules
import Testing

@Suite("Sexual messages the person did not ask for")
struct SexualHarassmentTests {
    static let rule = "sexual-harassment"

    @Test(
        "catches demands for naked pictures and sexual acts, and sexual remarks aimed at the person",
        arguments: [
            "send nudes", "send me nudes", "Send me your nudes now", "send me some n00dz",
            "show me your tits", "show me your body or else", "give me your tits",
            "take your clothes off for me", "take off your top", "strip for me",
            "I want to fuck you", "i wanna f*ck u", "I want to see you naked", "I'd love to see you naked",
            "I will tie you up", "I'm going to rip your clothes off", "suck my dick", "s u c k my d1ck",
            "sit on my face", "you'd look good tied up in my bed", "you would look hot naked",
            "I keep thinking about you naked", "I was jerking off to you", "send pics of your body",
            "send me a video of your tits", "show me some pics of your ass",
        ]
    )
    func catches(_ text: String) throws {
        #expect(try match(Self.rule, in: text).map { $0.severity >= .high } == true, "\(text)")
    }

    @Test(
        "body remarks and sexual talk are at least medium",
        arguments: [
            "nice ass", "nice tits, send more", "your ass looks so good", "I'm horny thinking about you",
            "what are you wearing right now", "I want you to suck me",
            // Written before en-2026.12.53 (Benchmarks/fresh-sexual-probes.txt).
            "I can't stop thinking about your body, wear the red dress for me", "I want to taste you",
            "Come sit on my lap and we'll talk about your promotion", "Your body was made for me",
            "You're just a hole to me",
            // Written before en-2026.12.54 (Benchmarks/fresh-domains-probes.txt).
            "Nice legs in your profile pic, send more",
            // Written before en-2026.12.59 (Benchmarks/fresh-images-2-probes.txt).
            "Come over and I'll show you what a real man feels like", "I want to see you in that bikini again, send it",
            "Bet you're a freak in bed", "Send feet pics",
        ]
    )
    func remarks(_ text: String) throws {
        #expect(try match(Self.rule, in: text).map { $0.severity >= .medium } == true, "\(text)")
    }

    @Test(
        "a threat to force sex is urgent",
        arguments: [
            "I'm going to fuck you whether you like it or not", "I will have sex with you even if you say no",
            "I'll make you suck me", "you will suck my dick like it or not", "You'll be begging me to stop",
            "I'll force myself on you when you're asleep",
        ]
    )
    func forced(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .urgent, "\(text)")
    }

    @Test(
        "does not catch ordinary requests, compliments, negation or counter-speech",
        arguments: [
            "send me the pics from the party", "can you show me your new place", "take your shoes off inside",
            "take off your coat, it's warm in here", "I want to see you tomorrow", "I want to see the kids",
            "my body hurts after the gym", "you look good today", "nice car", "nice job on the report",
            "the kids love sitting on my lap", "I would never ask you for nudes",
            "sending unsolicited nudes is sexual harassment", "asking for nudes is harassment",
            "He said 'send me nudes' and I blocked him and reported it. That is sexual harassment.",
            "show me your homework", "I'm hard at work today", "the bread is hard", "what are you doing later",
            "strip the bed before you leave", "I'd love to see you at the game",
            "it's unhealthy to be a fat ass", "you're just a big pussy", "that's a big ass truck",
            "I'll send you a pic of my new car", "sending you a pic of my dog",
            "I will take you to the doctor whether you like it or not", "what are you wearing to the wedding",
            "send me a pic of your new car", "send me pics of your garden", "show me a video of your dog",
            "I can't stop thinking about that cake", "I want to taste every dish on that menu",
            "She sat on my lap at the cinema, adorable toddler", "Crawl back into your hole",
            "I'm gonna lick my thumb and wipe it off", "my body, my choice",
            "I want to see you in that dress again, you looked great", "send me the bikini photo for the shop listing",
            "Come over and I'll show you the new kitchen", "Send me the pics of the puppy!",
        ]
    )
    func ignores(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }

    @Test("a threat to beat someone up in crude words is violence, not a sexual message")
    func violenceIsNotSexual() throws {
        for text in ["I'll fuck you up", "i will fuk u up bitch", "I'm going to fuck up your face"] {
            #expect(try match(Self.rule, in: text) == nil, "\(text)")
            #expect(try match("threat-of-violence", in: text) != nil, "\(text)")
        }
    }

    @Test("quoting a demand keeps it, one step lower")
    func quoted() throws {
        let found = try #require(try match(Self.rule, in: "he wrote \"send me nudes\" again last night"))
        #expect(found.quoted)
        #expect(found.severity == .medium)
        #expect(found.baseSeverity == .high)
    }
}
