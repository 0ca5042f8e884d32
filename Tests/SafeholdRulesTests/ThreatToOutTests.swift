import SafeholdRules
import Testing

@Suite("Threats to reveal something private")
struct ThreatToOutTests {
    static let rule = "threat-to-out"

    @Test(
        "catches threats to out someone or reveal their health, status or past",
        arguments: [
            "I'll out you", "I will out you to your whole family", "im gonna tell everyone ur gay",
            "I'll tell your boss you're trans", "I will tell everyone at your work that you are bisexual",
            "everyone will know you're a lesbian", "your parents are going to find out you are gay",
            "I'll tell your family you're HIV positive", "I will tell them you are undocumented",
            "I'll post online that you're trans", "I'm going to tell everyone about your diagnosis",
            "I will expose your immigration status", "I'll leak your medical records",
            "I'll tell your new friends your deadname", "I will tell your church you were born a man",
            "I'll tell everyone you're on meds and in therapy",
        ]
    )
    func catchesHighThreats(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .high, "\(text)")
    }

    @Test(
        "catches vaguer threats to expose at medium",
        arguments: ["I'll expose you", "I know your secret", "everyone will find out about your past"]
    )
    func catchesMedium(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .medium, "\(text)")
    }

    @Test(
        "does not catch support, coming out, or ordinary talk",
        arguments: [
            "I won't out you, your secret is safe with me", "I would never tell anyone you are gay",
            "I'll tell everyone you're amazing", "I came out to my parents last week",
            "I'm going to tell my mom I'm gay", "You're gay and that's completely fine",
            "I'll tell you about my diagnosis later", "I'll figure you out eventually",
            "will you be out tonight?", "I'll check you out at the store", "I'll tell everyone the party moved",
            "I know your secret recipe is garlic", "I'll share your post about the fundraiser",
        ]
    )
    func ignoresOrdinary(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }

    @Test("a quoted threat to out someone is kept as a report, not as the sender's own")
    func quotedIsMarked() throws {
        let found = try match(Self.rule, in: "he said he would tell everyone I'm gay")
        #expect(found == nil || found?.quoted == true)
    }
}
