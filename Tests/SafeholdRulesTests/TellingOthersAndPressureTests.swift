import SafeholdRules
import Testing

/// Wordings of rules `en-2026.12.60`, found with `Benchmarks/fresh-rules-2-probes.txt` (30 lines written before the
/// rules changed, 17 passing then): telling work or family said sideways, outing, self-harm used as pressure, threats
/// about children and pets, demands and new accounts, beside everyday messages with the same words.
@Suite("Telling others, outing, pressure and demands, en-2026.12.60")
struct TellingOthersAndPressureTests {
    @Test(
        "sideways threats are caught by their rule",
        arguments: [
            ("Wonder what HR would make of your little weekend habits", "threat-to-contact-others", RuleSeverity.high),
            ("I've drafted a letter to your landlord, want to read it first?", "threat-to-contact-others", .high),
            ("Your mum deserves to know who you are. I'll be calling her tonight", "threat-to-contact-others", .high),
            ("I could tell your employer about your diagnosis, I wonder how that would go", "threat-to-out", .high),
            ("If you don't come back tonight you'll be reading about me in the paper", "self-harm-pressure", .high),
            ("I've got the pills lined up. Your choice", "self-harm-pressure", .high),
            (
                "The kids won't remember you by the time the court's done with you", "threat-about-children-or-pets",
                .high
            ),
            ("Shame if the dog got out and ran into the road", "threat-about-children-or-pets", .high),
            (
                "I'll tell social services you're on drugs and they'll take the baby", "threat-about-children-or-pets",
                .high
            ),
            ("You blocked me so I made a new account. Miss me?", "demand-for-contact", .medium),
            ("Bet you didn't think I'd find you on this app too", "demand-for-contact", .medium),
        ]
    )
    func catches(_ text: String, _ rule: String, _ severity: RuleSeverity) throws {
        let found = try #require(try match(rule, in: text), "\(text)")
        #expect(found.severity >= severity, "\(text)")
    }

    @Test(
        "the same words in everyday messages are not",
        arguments: [
            ("Your manager's email is on the website if you need to ask about leave", "threat-to-contact-others"),
            ("I wonder what your mum would think of your new haircut", "threat-to-contact-others"),
            ("I've drafted the letter to the landlord about the damp", "threat-to-contact-others"),
            ("I could tell your boss about your diagnosis so they can support you", "threat-to-out"),
            ("If you don't come back tonight let me know so I can lock up", "self-harm-pressure"),
            ("The kids won't remember the rain, they had a blast", "threat-about-children-or-pets"),
            ("Make sure the dog doesn't get out, the gate is broken", "threat-about-children-or-pets"),
            ("I made a new account for the school portal", "demand-for-contact"),
            ("You're the only reason I got through this year, thank you", "self-harm-pressure"),
        ]
    )
    func ignores(_ text: String, _ rule: String) throws {
        #expect(try match(rule, in: text) == nil, "\(text)")
    }
}
