import Testing

@testable import SafeholdRules

/// Threats in shapes the older patterns missed: harm wished in the passive ("You should be shot"), through someone
/// else ("I hope someone throws acid in your face"), as a question ("Should I come over and shut you up for
/// good?"), as a deadline on the person's life, and against a group met in person.
@Suite("Threats in other shapes")
struct ThreatShapesTests {
    @Test(
        "catches threats to the person in other shapes",
        arguments: [
            "You should be shot for what you did.", "You deserve to be beaten to death.",
            "I hope someone throws acid in your face.", "i hope a car runs you over",
            "Someone is going to get hurt and it won't be me.", "People like you end up in the river.",
            "You better pray I never see you again.", "Next time I see you, you're in an ambulance.",
            "You'll be found in pieces.", "Keep talking and you'll be eating through a tube.",
            "Get ready to meet your maker.", "I'll take you out, permanently.",
            "You and your boyfriend won't make it to Christmas.", "I'm outside with a bat.",
            "Should I come over and shut you up for good?", "What if I just ended you tonight?",
            "I'm gonna make you regret being born.", "We are going to burn down your mosque.",
            "I'd happily run over every one of those protesters.",
            // en-2026.12.73
            "You won't see the end of the month.", "Tell your mother to start planning a funeral.",
            "You'll be eating your teeth by the weekend.", "Nobody will hear you scream out there.",
            "You're going to wish you'd never been born.", "I'll give you something to cry about.",
            "Try leaving again and see how far you get.", "It would be a shame if your house caught fire.",
            "Accidents happen to girls who talk too much.", "You have until Friday before I come for you.",
            "I'm going to smash every window in your house.", "Go on, testify. See what it costs you.",
            "I'll put my fist through your face.", "Be a shame if someone cut your brake lines.",
            "I'm done talking. Next time it's my hands.",
            "I've been sharpening the knife all evening thinking about you.",
            "Go ahead and call the cops. They can't be there every second.",
            "I'll unalive you", "I will ᴋɪʟʟ you", "I will k . i . l . l you", "I will kkiillll you", "I will ĸill you",
        ]
    )
    func catchesThreats(_ text: String) throws {
        let found = try match("threat-of-violence", in: text)
        #expect(found.map { $0.severity >= .high } == true, "\(text)")
    }

    @Test(
        "catches threats against a group of people",
        arguments: [
            "Women like you need to be beaten into line.", "All immigrants should be lined up and shot.",
            "Gay people like you deserve to be hanged.",
            "If I see any trans people at the gym I'll smash their faces in.",
        ]
    )
    func catchesGroupThreats(_ text: String) throws {
        #expect(try match("attack-on-a-group", in: text)?.severity == .high, "\(text)")
    }

    @Test(
        "does not catch the same words in everyday use",
        arguments: [
            "You deserve to be beaten at chess every day", "Women like you should be celebrated.",
            "Gay people like you should be knocked out by how good this film is",
            "All immigrants should be welcomed and supported.", "I hope someone kills the spider in the bathroom.",
            "I hope a car hits the pothole and the council fixes it.",
            "I would run over all the hills in the Lake District if my knees let me.",
            "I'll smash their faces in at FIFA tonight",
            "Someone is going to get hurt if you keep running by the pool, and it won't be me cleaning up.",
            "You better pray I never see you in that hat again lol",
            "You'll be found in pieces after that marathon lol",
            "You'll end up in the river if you stand that close to the edge!",
            "Get ready to meet your maker, the boss level is brutal.", "I'll take you out for good food tonight.",
            "I'll take you out forever, my love, every Friday.", "You won't make it to Christmas without a new coat.",
            "You won't make it to the party by eight.", "I'm outside with a bat, come play cricket!",
            "I'm outside with a hammer, fixing the fence.", "Should I come over and kill the spider for you?",
            "Should I come round and hurt you at Mario Kart?", "What if I killed you with kindness?",
            "I'm going to burn the toast again.", "We're going to bomb the exam.",
            "I'm coming for you in the next round!",
            "If I see a trans woman being harassed I will step in and help her.",
            "If I see any muslims at the mosque open day I will say hello and bring cake.",
            "Refugees should be welcomed, not turned away.", "You'll end up in a skip if you keep hoarding like that.",
            "I'm outside with a knife and fork, waiting for my dinner.", "Should I come over and beat you at chess?",
            "You won't see the end of this film, it's four hours long.", "Tell your mum to start planning the wedding!",
            "You'll be eating your words when they win.", "Nobody will hear you sing, the walls are thick.",
            "I'll give you something to eat before you go.",
            "Try leaving earlier and see how far you get before the traffic.",
            "Try running every morning and see what happens to your mood.",
            "It would be a shame if your cake burned, keep an eye on it.",
            "Accidents happen to anyone who works in a kitchen.", "Before I come for you, text me the address.",
            "I'm going to clean every window in your house this weekend.", "Next time it's my treat.",
            "I've been sharpening the knives for you, chef.",
            "The police can't be there all the time, so please lock your door at night.",
            "Your boyfriend can't be with you every day, you need your own friends too.",
            "He testified. See what it cost him, poor guy.",
            "I'll sh00t you the photos tomorrow", "I'll shoot you the link later",
            "Let's unalive this bottle of wine lol",
            "The k . i . l . l . e . r whale documentary was amazing",
        ]
    )
    func ignoresEveryday(_ text: String) throws {
        try expectNoRule(text)
    }
}
