import SafeholdRules
import Testing

@Suite("Coercion and blackmail")
struct CoercionTests {
    static let rule = "coercion"

    @Test(
        "catches demands with a threat attached",
        arguments: [
            "if you don't unblock me I'll tell your boss", "If u dont answer ill come to ur work",
            "if you ever block me again I will post everything", "if you leave me I'll make you regret it",
            "if you don't come back I'll take the kids", "If you tell anyone, I'll hurt you",
            "I'll send the screenshots to your mom if you don't reply", "I'll tell everyone unless you meet me",
            "unless you pay me I'll leak it", "answer me or else", "do it or else!", "You have 24 hours to reply",
            "you have until tonight to unblock me", "This is your last chance",
            "you know what will happen", "do what I say or you'll regret it", "pay me or i'll post them",
            "if you ever tell the police", "if you call the police", "I will make your life hell",
            "I'll ruin you", "I will ruin your career", "you will do what I say",
            "don't make me come over there", "you better delete that post or",
            "send pics of your body or I'll tell everyone", "Unblock me or I will post your pics",
            "answer me, or I'll tell your boss everything", "meet me tonight or I'll hurt you",
            "delete that post or I will make your life hell",
        ]
    )
    func catchesCoercion(_ text: String) throws {
        #expect(try match(Self.rule, in: text) != nil, "\(text)")
    }

    @Test(
        "does not catch ordinary conditions and plans",
        arguments: [
            "if you don't hurry I'll leave without you", "if you want I'll come to yours",
            "If it rains I'll take the bus",
            "if you need anything I'll be home", "If you don't mind, I'll call later",
            "unless you want pizza, I'll make pasta",
            "I'll call you if you want", "this is the last episode",
            "you have until friday to submit the form, says the teacher",
            "if you can't make it, no worries", "I'll tell you if I hear anything", "hurry or we'll miss the bus",
            "if you see mom tell her hi", "do what you think is best", "let me know if you need a ride",
            "if you come over I'll cook", "You know what happened at work today?",
            "pay me back or I'll send you a reminder", "send me the file or I will forget",
            "answer your phone or I'll worry", "come back soon or I will miss you",
            "give me a call or I'll call you tomorrow",
        ]
    )
    func ignoresOrdinary(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }

    @Test(
        "warnings without a named consequence are medium, as moderators use them too",
        arguments: [
            "This is your last warning", "last warning.", "you've been warned", "don't make me come over there",
        ]
    )
    func warningsAreMedium(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .medium, "\(text)")
    }

    @Test(
        "catches pressure in other shapes: a deadline with a demand, an unanswered message, things getting worse",
        arguments: [
            "If you keep ignoring me I'll come round and make you listen.", "Don't answer and I'll post the video.",
            "Don't call and I'll post the photos.",
            "You have until Friday to come back or I show everyone the pictures.",
            "The longer you make me wait the worse it'll be.", "Every time you ignore me it gets worse for you.",
            "The more you ignore me the worse it gets for you.", "You have until Friday to pay me back.",
            "I'm going to ruin your life if you keep ignoring me.",
        ]
    )
    func otherShapes(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .high, "\(text)")
    }

    @Test(
        "does not catch errands with a deadline, spoilers, or things that get worse on their own",
        arguments: [
            "You have until Monday to pay the invoice.", "You have until Friday to send your application.",
            "You have 24 hours to decide on the offer.", "You have until tonight to return the library books.",
            "You have until Friday to send the forms back to school.",
            "I'm going to ruin the surprise if you keep asking.",
            "I'll ruin the ending if you keep asking what happens.", "The longer you leave it the worse it gets.",
            "Every time you ignore the warning light it gets worse for the engine.",
            "Don't reply and I'll assume you're fine with it.",
            "Or I'll post the video of the school play on the family group.",
        ]
    )
    func everydayShapes(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }
}
