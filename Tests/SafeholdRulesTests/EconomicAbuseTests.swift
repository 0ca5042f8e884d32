import SafeholdRules
import Testing

/// Money used to control or punish (en-2026.12.84 and .85): accounts emptied, support stopped until she gives in, debt run up
/// in her name; beside the same words about cards, payments and passwords in an ordinary household.
@Suite("Money used as control")
struct EconomicAbuseTests {
    @Test(
        "money held back until she gives in, or taken from her, is high coercion",
        arguments: [
            "I've cancelled your card, see how far you get now.",
            "You won't get a penny from me until you drop the case.",
            "I emptied the savings. Come home and we'll talk about it.",
            "I've stopped the child support until you let me see them.",
            "No money for the kids' school trip unless you answer me.", "I'll make sure you lose the house.",
            "I reported your car stolen, good luck getting to work.", "I maxed out the credit card in your name.",
        ]
    )
    func coercion(_ text: String) throws {
        #expect(try match("coercion", in: text)?.severity == .high, "\(text)")
    }

    @Test(
        "control of her money and home is medium",
        arguments: [
            "I took your name off the lease this morning.", "Every penny you spend goes through me from now on.",
            "Every penny you earn goes to me now.",
            "I changed the password on the joint account.",
            "Send me your bank login, I want to see what you're spending.",
            "You don't need your own bank account, I'll give you what you need.",
        ]
    )
    func control(_ text: String) throws {
        #expect(try match("controlling-behaviour", in: text)?.severity == .medium, "\(text)")
    }

    @Test(
        "cards, payments and passwords in an ordinary household are nothing",
        arguments: [
            "I've cancelled your card, it was stolen, the bank is sending a new one.",
            "I've cancelled your card, good luck with the new bank, they're great.",
            "You won't get a penny from me until payday, sorry, I'm skint.",
            "I've stopped the payments until the bank sorts out the fraud.",
            "No money for sweets until you finish your homework!", "I emptied the savings jar into the charity box.",
            "We emptied the joint account to pay for the wedding, as planned.",
            "I reported your bike missing to the school.",
            "I'll make sure you don't get anything for your birthday if you peek!",
            "I changed the password on our bank account, here's the new one.",
            "Send me your bank details and I'll pay you back for the tickets.",
            "You don't need your own car here, the bus is great.",
            "I'll tell your boss you're running late, don't worry.",
            "I'll tell your work you're off sick today, feel better.", "I paid off the credit card, we're clear now.",
            "Every penny you spend on me means so much to me.",
        ]
    )
    func everyday(_ text: String) throws {
        try expectNoRule(text)
    }
}
