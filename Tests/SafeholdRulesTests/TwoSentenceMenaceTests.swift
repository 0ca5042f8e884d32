import Testing

@testable import SafeholdRules

/// Menace that lives in a short second sentence ("Sleep well.", "Big mistake.") and only means harm after a first
/// sentence about where the person is, or about something they did to get away.
@Suite("Menace in a second sentence")
struct TwoSentenceMenaceTests {
    @Test(
        "after a sentence about where the person lives or goes, a short closing sentence watches them",
        arguments: [
            "I still have a key to your flat. Sleep well.", "You changed the locks. Sleep tight.",
            "I drove past your mum's place today. Nice garden. Be a shame.",
            "I saw the school run this morning. The kids looked happy. For now.",
            "You walk the dog at 7 every morning. Same route. Careless.", "Move house all you like. I'll always know.",
            "Your new boyfriend drives a blue Golf. I've seen it.", "I know which bus you take home. Think about that.",
        ]
    )
    func catchesWatching(_ text: String) throws {
        #expect(try match("surveillance", in: text)?.severity == .high, "\(text)")
    }

    @Test(
        "after a sentence about blocking, leaving, the police or the courts, a short closing sentence threatens",
        arguments: [
            "You blocked me again. Big mistake.", "Answer your phone. Last warning.",
            "Keep ignoring me. See what happens.", "Don't make me come round there. You won't like it.",
            "Remember what happened last time you lied to me? It'll be worse.",
            "Tell the police whatever you want. They can't be there every night.",
            "Go on, call the cops. By the time they arrive it'll be over.",
            "You think the restraining order scares me? It's a piece of paper.",
            "You've got till Friday to drop the case. After that, it's out of my hands.",
            "I've been patient. That ends tonight.",
        ]
    )
    func catchesThreatsAfterDefiance(_ text: String) throws {
        #expect(try match("threat-of-violence", in: text)?.severity == .high, "\(text)")
    }

    @Test(
        "threats said in one sentence that the closers above would miss",
        arguments: [
            ("You changed the locks. Locks don't stop me.", "threat-of-violence", RuleSeverity.high),
            ("You left me. Now you'll learn what that costs.", "threat-of-violence", .high),
            ("Nobody leaves me. You'll find that out soon.", "threat-of-violence", .high),
            ("You took my kids. I'll take everything from you.", "threat-of-violence", .high),
            ("If you testify, you won't live to regret it.", "threat-of-violence", .urgent),
            ("It would be a pity if your new job found out. Just a thought.", "threat-to-contact-others", .high),
            ("Does your boss know what you were like at uni? He will.", "threat-to-contact-others", .high),
            ("Does your family know you're gay? They will soon.", "threat-to-contact-others", .high),
            ("You've got till Friday to drop the charges.", "coercion", .high),
        ]
    )
    func catchesOneSentenceThreats(_ text: String, _ rule: String, _ severity: RuleSeverity) throws {
        #expect(try match(rule, in: text)?.severity == severity, "\(text)")
    }

    @Test(
        "the same closing words after an everyday sentence, or going on after a comma, are not a threat",
        arguments: [
            "Exam's tomorrow and your train is early. Sleep well!", "Your car got scratched? What a shame.",
            "Changed the locks like you asked, new keys are in the drawer. Sleep well!",
            "The kids looked happy at the party. For now, let's keep bedtime at 8.",
            "Your new boyfriend drives a Golf? I've seen it, nice car.",
            "You go to the gym every morning. Predictable!",
            "I called the police about the noise. See what happens.",
            "I've been patient with the builders. That ends tonight.",
            "You've been so patient. That ends today, your results are in!",
            "Tell the police what you saw. They can't be there every night so the neighbourhood watch helps.",
            "Go on, call the cops on the noisy neighbours. By the time they arrive the party will be over anyway.",
            "Do you know what the court order says? It's a piece of paper, but the police will enforce it.",
            "Does your boss know you are leaving? He will soon, I guess.",
            "Does your mum know you're pregnant? She will be over the moon!",
            "Does your boss know about the new project? He will tomorrow, at the meeting.",
            "Nobody leaves me out of the group chat anymore.", "Locks don't stop me losing my keys.",
            "A new lock won't stop me forgetting my keys lol", "You'll learn what that means in year 9.",
            "I'll take everything from you at Monopoly.", "You've got till Friday to drop the form in at reception.",
            "You've got till Friday to send the forms.", "If you testify, you'll help so many other women.",
            "Your shift ends at ten? I'll be waiting with pizza.", "I still have a key to your flat, I'll drop it off.",
        ]
    )
    func ignoresEveryday(_ text: String) throws {
        try expectNoRule(text)
    }

    @Test("the closing sentence needs the sentence just before it, not any earlier one")
    func onlyTheSentenceBefore() throws {
        #expect(try match("threat-of-violence", in: "You blocked me again. Big mistake.") != nil)
        try expectNoRule("You blocked me again. I was annoyed. Anyway, whatever. Big mistake.")
    }
}
