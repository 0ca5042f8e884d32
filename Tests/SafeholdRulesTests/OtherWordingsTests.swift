import SafeholdRules
import Testing

/// The same abuse said in other words than the first patterns expected (rules en-2026.12.1): phrasings written
/// for these tests, each beside an everyday sentence that shares its words and must stay quiet.
@Suite("Other wordings of the same abuse")
struct OtherWordingsTests {
    @Test(
        "other wordings are caught by their rule at their level",
        arguments: [
            ("surveillance", "I've been watching your house all week", RuleSeverity.high),
            ("surveillance", "i am always watching your window", .high),
            ("surveillance", "I know which bus you take every morning", .high),
            ("surveillance", "I know what route you drive to work", .high),
            ("surveillance", "I can see everything you do on your phone", .high),
            ("surveillance", "I know when you get home from work", .medium),
            ("surveillance", "I know you moved to your sister's place", .medium),
            ("surveillance", "Your location says you're at Tom's. Get home now.", .medium),
            ("surveillance", "I checked your location, why are you there", .medium),
            ("surveillance", "Saw you leaving the gym at 6. Nice leggings.", .medium),
            ("surveillance", "Don't bother changing your number, I'll always find you", .high),
            ("threat-of-violence", "maybe I'll pay you a little visit", .high),
            ("intimate-image-threat", "one click and the whole school sees your naked pictures", .urgent),
            ("intimate-image-threat", "how would your boss feel about those pics of you", .high),
            ("intimate-image-threat", "how would your mom feel about your nudes", .high),
            ("intimate-image-threat", "remember those photos? they're going online tonight", .high),
            ("coercion", "Give me the money or I tell everyone what you did", .high),
            ("coercion", "Answer the phone or I'm calling your mother", .high),
            ("demand-for-contact", "Meet me at the park or I'll come to your door", .high),
            ("demand-for-contact", "It's me, I made a new account since you blocked the other one", .high),
            ("demand-for-contact", "I made a new account just to talk to you", .medium),
            ("demand-for-contact", "since you blocked me I have to use this one", .medium),
            ("threat-to-contact-others", "Maybe I'll pay your parents a visit", .medium),
            ("threat-about-children-or-pets", "I'll show up at the kids' school tomorrow", .high),
            ("threat-about-children-or-pets", "I'll make sure you lose custody", .high),
            ("threat-about-children-or-pets", "you're going to lose the kids", .high),
            ("threat-about-children-or-pets", "your cat won't last long", .high),
            ("self-harm-pressure", "I'm going to end it all tonight because of you", .high),
            ("self-harm-pressure", "answer me or I swear I'll hurt myself", .high),
            ("threat-of-violence", "if I can't have you nobody can", .urgent),
            ("threat-of-violence", "Enjoy your last days of freedom", .high),
            ("threat-of-violence", "Your new boyfriend won't be so pretty after I'm done with him", .high),
            ("threat-of-violence", "wait until I'm done with you", .high),
            ("threat-of-violence", "You should be careful walking home alone at night", .medium),
            ("coercion", "I'm not going to stop until you're ruined", .high),
            ("coercion", "one way or another you will be mine", .high),
            ("coercion", "you belong to me", .medium),
            ("coercion", "I won't hurt you if you come back", .high),
            ("threat-to-out", "Everyone at church will know you had an abortion", .high),
            ("threat-to-out", "Maybe your boss should know about your little rehab stay", .high),
            ("threat-to-out", "I'll post your real name everywhere", .high),
            ("sexual-harassment", "send me a pic of what you're wearing right now", .high),
            ("sexual-harassment", "wear the red lingerie for me tonight", .high),
            ("sexual-harassment", "I'm going to make you moan whether you like it or not", .high),
            ("sexual-harassment", "open up your legs for me", .high),
            ("sexual-harassment", "your body still belongs to me", .high),
            ("sexual-harassment", "I bet you still think about my dick", .high),
        ]
    )
    func caught(_ rule: String, _ text: String, _ severity: RuleSeverity) throws {
        let found = try match(rule, in: text)
        #expect(found?.severity == severity, "\(text): \(String(describing: found?.severity))")
    }

    @Test(
        "everyday sentences with the same words are not caught by any rule",
        arguments: [
            "I'm watching your kids tonight so you can go out", "I've been watching your show all week",
            "I don't know which bus you take", "I can't see everything you sent", "I'll always find you a seat",
            "I don't know when you get home", "I know you went to the doctor, how did it go?",
            "how would your mom feel about the pictures from the party?",
            "the photos came out great, the album is going online tomorrow",
            "do you want to post it or I post it?", "let me know if you want pizza or I'm calling the restaurant",
            "meet me at 6 or I will just see you at home", "I made a new account for the book club",
            "we should pay your parents a visit at Christmas", "I'll show up at the school play on Friday",
            "you won't lose custody, don't worry", "my dog won't last long, the vet says",
            "hurry up or I'll die of hunger", "I'm going to die of laughter because of you",
            "enjoy your holiday", "call me when I'm done with work", "be careful driving in the snow",
            "I won't stop until the house is clean", "the movie was killer", "this song belongs to me and my sister",
            "Everyone at church will know about the bake sale", "My boss should know about the schedule change",
            "Send me the pic of the dog!", "Wear the red dress to the party tonight, it looks great on you",
            "Your body is healing well after surgery, the doctor said", "I'll tell your parents you said thanks",
            "I'll make you dinner whether you like it or not",
        ]
    )
    func everyday(_ text: String) throws {
        let found = try shippedRules.get().evaluate(text)
        #expect(found.isEmpty, "\(text): \(found.map(\.ruleID))")
    }

}
