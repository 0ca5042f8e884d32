import Testing

@testable import SafeholdRules

/// Threats carried out by someone else ("My brother will break your legs", "He's coming for you tonight"). Said
/// of "he", "she" or "they", the same words are often a remark about what someone is like ("she'll rip you to
/// shreds in the debate"), so only literal harm counts, and a threat becomes urgent only when the message ties the
/// third person to the sender or to something the person did ("I told him where you park", "for what you did").
@Suite("Threats carried out by someone else")
struct ProxyThreatTests {
    @Test(
        "a tied threat by someone else is urgent",
        arguments: [
            "She is going to slash your tyres tonight, I told her where you park.",
            "They'll beat you senseless, and I won't stop them.", "He'll break your jaw next time he sees you.",
            "I gave him your address. He's going to hurt you.", "He's going to make you pay for what you did to me.",
            "Keep ignoring me and he'll deal with you himself.", "If you leave me, my family will hurt you.",
            "Someone's going to stab you, and I know who.",
        ]
    )
    func tiedIsUrgent(_ text: String) throws {
        #expect(try match("threat-of-violence", in: text)?.severity == .urgent, "\(text)")
    }

    @Test(
        "an untied threat by someone else is high",
        arguments: [
            "He will put you in hospital.", "He is going to end you.", "They're going to burn your house down.",
            "He's coming for you tonight.", "Her boyfriend is going to put you in the ground.",
            "My ex will find you wherever you go.",
        ]
    )
    func untiedIsHigh(_ text: String) throws {
        #expect(try match("threat-of-violence", in: text)?.severity == .high, "\(text)")
    }

    @Test(
        "the same words about a game, a debate, a bill or a kindness are not a threat",
        arguments: [
            "She'll rip you to shreds in the debate.", "He will destroy you in an argument, he's a lawyer.",
            "They will kill you with paperwork at the council.", "He will find you and bring you the keys.",
            "They are coming after you for the unpaid tax.", "He will make you pay for the tickets, he always does.",
            "She will make you suffer through three hours of opera.", "He is going to beat you at tennis again.",
            "They will find you a seat near the front.", "He is coming for you at the airport, look for a red car.",
            "My mates are coming for you at eight to go to the match.", "She'll kill you with kindness.",
            "They will hurt you, I'm warning you as a friend, stay away from that gang.",
            "My husband is going to hurt himself on that ladder.", "My ex is going to kill me when he finds out.",
            "He'd probably kill you if you called him that.", "he will hurt you, be careful",
            "If you go to the police they will hurt you. Please stay safe.",
        ]
    )
    func ignoresEveryday(_ text: String) throws {
        #expect(try match("threat-of-violence", in: text) == nil, "\(text)")
    }

    @Test(
        "the sender's own people sent in softer words, ending the sentence, are high",
        arguments: [
            "My brothers are going to sort you out.", "My cousins know where you live now.",
            "Wait till my dad gets hold of you.", "My uncle knows people who'll deal with you.",
            "One call to my cousin and you're done.", "My cousins know where you live.",
            "My brothers are going to smash your car.",
        ]
    )
    func kinSoftWords(_ text: String) throws {
        #expect(try match("threat-of-violence", in: text).map { $0.severity >= .high } == true, "\(text)")
    }

    @Test(
        "the same people helping, visiting or chatting are nothing",
        arguments: [
            "My dad will sort you out with a lift to the airport.",
            "My brothers will sort you out, they're electricians.",
            "My uncle will deal with you tomorrow about the contract.",
            "My boys will get hold of you tomorrow about the job.",
            "My brother will have a word with you about the van.",
            "My mates know where you work, they said it's a great place.",
            "My dad knows your car, he fixed it last year.",
            "One call and you're done, the bank sorts the rest.",
            "My uncle knows people who can sort you out with a job.",
            "Wait till my dad catches you at chess, he's brilliant.",
            "My sons are looking for you, they want to show you their drawings.",
            "My brothers are waiting outside your work to give you a lift.", "My cousins know where the party is now.",
        ]
    )
    func kinHelping(_ text: String) throws {
        #expect(try match("threat-of-violence", in: text) == nil, "\(text)")
    }
}
