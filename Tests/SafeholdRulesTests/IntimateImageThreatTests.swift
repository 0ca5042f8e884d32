import SafeholdRules
import Testing

@Suite("Threats to share intimate images")
struct IntimateImageThreatTests {
    static let rule = "intimate-image-threat"

    @Test(
        "catches threats to post, send or show intimate images",
        arguments: [
            "I'll post your nudes", "ima post ur nudes everywhere", "I will send your nudes to your boss",
            "i'm going to leak your n00dz", "I will share the sex tape", "I'll upload the video of you naked",
            "I'm gonna send your naked pics to your mom", "everyone will see your nudes",
            "Your family will see your nudes", "everyone will see you naked", "I'll show everyone your nudes",
            "your nudes will be everywhere", "send me more pics or", "i will put your nudes on pornhub",
            "I have your nudes. I'll post them everywhere", "I still have the video. Everyone will see it.",
            "I'll send those pics to everyone you know", "I'll post your pics online",
            "I will leak your pictures online",
            "i'll make you famous with those videos", "I w1ll p0st y0ur nud3s", "I will p o s t your nudes",
            "i will sell your nudes", "i'm about to expose your nudes",
        ]
    )
    func catchesThreats(_ text: String) throws {
        let found = try match(Self.rule, in: text)
        #expect(found.map { $0.severity >= .high } == true, "\(text)")
    }

    @Test(
        "explicit threats are urgent",
        arguments: [
            "I'll post your nudes", "everyone will see your nudes", "I will share the sex tape",
            "I have your nudes. I'll post them everywhere",
            "Your nudes are one click away from your family group chat",
            "Sleep with me one more time or everyone sees the pictures",
        ]
    )
    func explicitIsUrgent(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .urgent, "\(text)")
    }

    @Test(
        "keeping images is high",
        arguments: [
            "I still have your nudes", "i kept all your nudes", "I have the sex tape",
            "what if your boss saw your nudes",
            // The sentence before says what is kept (en-2026.12.53).
            "I still have the photos from Ibiza. Be nice to me.",
            // Written before en-2026.12.59 (Benchmarks/fresh-images-2-probes.txt).
            "I've still got the video from that night. Your call what happens to it",
            "Your new fella would love to see what you used to send me",
            "I've made an account with your pics on it, want the link?",
            "Pay up or the clip goes on every site I can find", "Unblock me in the next hour or I post the videos",
            "Think your dad would enjoy the pictures from our holiday? The private ones",
            "Funny how one upload could ruin your whole career",
            "I screenshotted everything you sent me before you left. Everything.",
            "Remember the mirror pics? So does my phone",
        ]
    )
    func keepingIsHigh(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .high, "\(text)")
    }

    @Test(
        "does not catch counter-speech, negation or ordinary photos",
        arguments: [
            "threatening to post nudes is a crime", "Sharing someone's nudes without consent is illegal",
            "Saying 'I'll post your nudes' is abuse", "If your ex threatens to share your nudes, you can report it",
            "I would never post your nudes", "I'll never share your pictures", "I won't send your pics to anyone",
            "I'll post the pics from the wedding", "I'll send you the pictures tomorrow",
            "I'll post it on my page later",
            "I'll send it to you", "everyone will see the fireworks", "I'll share the video of the concert",
            "I'll upload the photos to the shared album", "revenge porn is a crime and you can report it",
            "I deleted all your pictures like you asked", "i'll show you the video later",
            "Can you bring the photos from Ibiza to dinner? Be nice to your sister.",
            "The pictures are one click away from the shared album", "Be nice to me, I've had a long day",
            "Did you get the photos? Does my phone show as online?",
            "Send me the pics from the party. Not the private ones lol",
            "I screenshotted everything you sent me about the flat, for the landlord",
            "One post could ruin your whole career, so be careful online",
            "Your dad would love to see the pictures from our holiday", "I made an account for the kids' school photos",
        ]
    )
    func ignoresBenign(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }

    @Test("counter-speech does not hide defiance")
    func defianceIsKept() throws {
        #expect(try match(Self.rule, in: "I don't care if it's illegal, I'll post your nudes") != nil)
    }
}
