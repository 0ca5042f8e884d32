import SafeholdRules
import Testing

/// Threats carried out through someone else, threats spelled as they sound, and a moderator's warnings.
@Suite("Third-party threats, sound-alike spellings and moderator warnings")
struct ThirdPartyAndSpellingTests {
    @Test(
        "a threat that someone else will do the harm is as urgent as one in the first person",
        arguments: [
            "my brother will find you", "My brothers are going to kill you", "my boys will beat you up",
            "my cousin is going to hurt you", "someone will hurt you", "my friends are coming for you",
            "I'll send my boys after you", "I will have you killed", "i will pay someone to hurt you",
            "my dad will break your legs",
        ]
    )
    func catchesThirdParty(_ text: String) throws {
        #expect(try match("threat-of-violence", in: text)?.severity == .urgent, "\(text)")
    }

    @Test(
        "someone else's plans that threaten no one are not threats",
        arguments: [
            "my brother will find you a seat", "my friends are going to kill it tonight", "my dad is going to kill me",
            "someone will find you the number", "he will hurt you, be careful", "my brother would never hurt you",
            "my mates are coming for dinner",
        ]
    )
    func ignoresThirdPartyBenign(_ text: String) throws {
        #expect(try match("threat-of-violence", in: text) == nil, "\(text)")
    }

    @Test(
        "knowing where someone lives is caught however it is spelled",
        arguments: ["i no where u live", "I no where you work", "i know were u live", "i noe where u liv"]
    )
    func catchesSoundAlikes(_ text: String) throws {
        #expect(try match("surveillance", in: text)?.severity == .high, "\(text)")
    }

    @Test(
        "no and where that are not a claim are left alone",
        arguments: ["i have no idea where you live", "no, where do you live now?", "I no longer live there"]
    )
    func ignoresOrdinaryNo(_ text: String) throws {
        #expect(try match("surveillance", in: text) == nil, "\(text)")
    }

    @Test(
        "reads text-speak: words that drop the g of -ing, and short forms",
        arguments: [
            ("hes comin 4 u 2nite", "threat-of-violence"), ("nobody gna hear u scream out there", "threat-of-violence"),
            ("u better hide coz hes comin for u", "threat-of-violence"),
            ("if u dont answer 2nite im takin all the pills", "self-harm-pressure"),
            ("u'll get ur phone back when u start bein nice 2 me", "coercion"),
            ("ive frozen the joint acc till u come home", "coercion"),
            ("ur manager wud love 2 know about ur lil breakdown", "threat-to-contact-others"),
        ]
    )
    func readsTextSpeak(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) != nil, "\(text)")
    }

    @Test(
        "text-speak between friends is not a threat",
        arguments: [
            "hes comin 4 dinner 2nite", "ive frozen the soup", "u'll get ur phone back on monday the shop said",
        ]
    )
    func ignoresFriendlyTextSpeak(_ text: String) throws {
        try expectNoRule(text)
    }

    @Test(
        "a moderator's warning that names the rules is not coercion",
        arguments: [
            "This is your last warning. Further violations of the community guidelines will get you banned.",
            "Last warning: posts off topic are removed.", "You have been warned by the mods for spamming.",
            "Consider this your last warning, the group rules are pinned",
        ]
    )
    func ignoresModerators(_ text: String) throws {
        #expect(try match("coercion", in: text) == nil, "\(text)")
    }

    @Test(
        "a moderator's words do not hide a real threat in the same message",
        arguments: ["Last warning. If you report me to the admins I will hurt you"]
    )
    func moderatorWordsKeepThreats(_ text: String) throws {
        #expect(try match("coercion", in: text) != nil, "\(text)")
    }
}
