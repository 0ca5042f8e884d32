import SafeholdRules
import Testing

@Suite("Surveillance and stalking")
struct SurveillanceTests {
    static let rule = "surveillance"

    @Test(
        "catches claims to know where the person lives, works or is",
        arguments: [
            "I know where you live", "i kn0w wh3re u live", "I know where you work.", "i know where u are rn",
            "I know where you're staying now", "we know where you live", "I KNOW WHERE YOU LIVE",
            "i know wh\u{200B}ere you live", "I know where u sleep", "know where you live btw",
            "i found out where you moved",
            "I found your new address", "I know your new address", "I'm watching you", "i am always watching",
            "I've been watching you", "I followed you home", "I watched you leave work", "I can see you right now",
            "I can see your location", "I put a tracker on your car", "i installed an app on your phone",
            "I read your messages", "I've been in your email", "I have your password", "I know everything you do",
            "you can't hide from me", "there's nowhere you can hide", "wherever you go I will be there",
            "I'll always know where you are", "I will never leave you alone", "i know where ur kids go to school",
            // Through technology (en-2026.12.46).
            "I can read every text you send", "I logged into your Facebook last night",
            "i put something on your phone", "I'm tracking your phone", "I can see everything you type",
            "Your iPhone still shares its location with me",
            // Written before en-2026.12.54 (Benchmarks/fresh-domains-probes.txt).
            "I've got your address", "I know your gamertag and your real address, sleep tight",
            "I found out your home address",
        ]
    )
    func catchesKnowingWhere(_ text: String) throws {
        let found = try match(Self.rule, in: text)
        #expect(found?.severity == .high, "\(text)")
    }

    @Test(
        "being outside the person's home is urgent",
        arguments: [
            "I'm outside your house", "im outside ur place", "I'm at your door", "i am parked outside your work",
            "I'm in your driveway", "Im across the street from your apartment", "we are outside your house",
        ]
    )
    func outsideIsUrgent(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .urgent, "\(text)")
    }

    @Test(
        "catches watching remarks at medium",
        arguments: [
            "nice car you were in", "Nice dress you were wearing last night", "who was that guy you were with",
            "who was that girl?", "who was he you were with", "I saw you with him", "I saw your car outside his place",
            "I know you're home", "i know ur reading this", "turn on your location", "why is your location off",
            "I drove past your house", "I was outside your work today",
            "I saw you at the gym with that guy", "I saw you leaving work, you looked happy",
            "saw you at the bar again. who is he", "I saw you at Maria's. don't think I didn't notice",
            "Saw you at the clinic on Find My", "find my says you're at his flat",
            "Your Strava says you were out at 5am",
            "your new address was easy to find", "the camera in the bedroom still works",
            "turn your location back on", "share your location now",
        ]
    )
    func catchesMediumSurveillance(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .medium, "\(text)")
    }

    @Test(
        "does not catch everyday speech or negation",
        arguments: [
            "I saw you at the game, great goal!", "I saw you at the concert! you were amazing",
            "saw you on TV!", "I don't know where you live", "I dont know where u work", "idk where you live",
            "I have no idea where you live", "do you know where she lives?", "I know where the party is",
            "I'm outside", "I'm outside the station, where are you?", "I'm watching the game",
            "watch this video", "I can see why you like it", "I know you", "I know where you're coming from",
            "I saw you posted a new photo, cute!", "I read your essay, it's great", "who was that actor in the movie",
            "nice car!", "I follow you on instagram", "I'll follow you to the restaurant in my car",
            "you can hide the presents in the closet", "My dad knows where we live",
            "Share your location when you land so I can pick you up", "turn on your location for the hike",
            "the camera in the kitchen is broken", "I logged into the school portal", "find my iphone is so useful",
            "I put something in your bag for the trip, open it later",
        ]
    )
    func ignoresBenign(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }

    @Test("a reported claim is kept as quoted and one step lower")
    func reportedIsQuoted() throws {
        for text in [
            "he said 'I know where you live'", "She texted me: \"I know where you live\" and I'm scared",
            "my ex told me I know where you live",
        ] {
            let found = try #require(try match(Self.rule, in: text), "\(text)")
            #expect(found.quoted, "\(text)")
            #expect(found.severity == .medium, "\(text)")
            #expect(found.baseSeverity == .high, "\(text)")
        }
    }

    @Test(
        "looking at the person's phone, email or location because they asked is not watching them",
        arguments: [
            "I went through your phone photos to find the holiday pic like you asked.",
            "I checked your location like you asked, you're ten minutes away, see you soon!",
            "I logged into your email like you told me to and found the booking.",
            "I got into your icloud with the code you sent and moved the photos to the laptop.",
            "I read your messages as you asked, nothing from the bank yet.",
            "I checked your location as agreed, you're nearly here.",
        ]
    )
    func askedFor(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }

    @Test(
        "\"you asked for it\", or a pact of no secrets, is no permission",
        arguments: [
            "I went through your phone. You asked for it.", "I went through your phone, you asked for this.",
            "I read your messages like you asked me not to, and now I know everything.",
            "I logged into your email, we agreed no secrets.", "I've been tracking your phone since you left.",
            "I've been watching your every move.", "I've been tracking your car all week.",
        ]
    )
    func notPermission(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .high, "\(text)")
    }
}
