import Testing

@testable import SafeholdRules

/// Sexism said without a slur: backhanded praise, talking down, blaming a woman for what was done to her, where
/// women are told they belong, and shutting women out of work and rights.
@Suite("Sexist abuse in everyday words")
struct SexistAbuseTests {
    static let rule = "sexist-abuse"

    @Test(
        "catches sexism said plainly",
        arguments: [
            "You're pretty smart for a girl.", "Not bad for a female driver.",
            "Sweetie, let the men handle the numbers, you just smile.",
            "Calm down love, it's just your hormones talking.",
            "Let me explain this slowly so your little lady brain can follow.",
            "She was asking for it, wearing a skirt that short.",
            "If she didn't want to be hit she shouldn't have provoked him.",
            "She stayed with him, so she obviously liked it.",
            "A woman's place is raising kids, not running a company.",
            "Women shouldn't be engineers, their brains aren't wired for it.",
            "Women peak at 25, after that it's all downhill.", "No man wants a woman with opinions.",
            "Women are too emotional to be trusted with important decisions.",
            "Paying women the same as men is a waste, they'll just leave to have babies.",
            "Women in the army are a liability, ban them from combat.",
            "Maternity leave should be scrapped, hire men instead.",
            "women r only good 4 1 thing", "I'm sick to death of women whining about everything.",
            "Look at this dumb broad trying to park.",
            "If your wife disrespects you, cut off her money. That's how you keep her in line.",
            "Women are property, end of story.", "Girls can't drive, it's a scientific fact at this point.",
            // en-2026.12.77
            "Females only care about height and money, nothing else.",
            "She's a 4 at best, no idea why she thinks she can be picky.",
            "Never marry a woman over 30, she's used goods by then.",
            "Every woman is one bad day away from cheating on you.", "Most women are just walking wombs with opinions.",
            "A woman's opinion on football is worth nothing.", "Women drivers should have their licences taken away.",
            "The wall hits every woman eventually, and then they want a nice guy.",
            "Single mothers are raising the next generation of criminals.",
            "Give women the vote and look what happened.", "She got what she deserved for dressing like that.",
            "Female scientists are diversity hires.", "No woman has ever invented anything useful.",
            "Why do women always play the victim?", "A wife's job is to obey her husband.",
        ]
    )
    func catchesSexism(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .medium, "\(text)")
    }

    @Test(
        "does not catch the same words about other things, or said against sexism",
        arguments: [
            "She's very smart for a first-year student.", "He's quick for a big man.",
            "Let the men handle the barbecue, we'll do the salad, said my dad, laughing.",
            "Let the boys handle the heavy boxes, they offered.",
            "It's your hormones, the doctor said, and gave me a prescription.",
            "Is it that time of the month again? Rent is due!",
            "They were asking for it in writing, so I sent the form.", "She was asking for help and nobody listened.",
            "She stayed at the hotel, so she obviously liked it there.",
            "A woman's place is wherever she wants it to be.",
            "A woman's place is in the House, and the Senate. Vote!",
            "Women can't be engineers? Nonsense, my mum is one.",
            "Women peak at 30 in marathon running, according to this study.",
            "Women are too often ignored in medical research.",
            "Maternity leave should be extended, not cut.", "We should hire men instead of robots, the union said.",
            "I'm sick of people whining about the weather.", "This broad bean soup is lovely.",
            "A broad range of views was heard.", "Keep them in line for the school photo, please.",
            "She is property manager at the council.", "My girls can't drive yet, they're only 15.",
            "Women can't park here, it's residents only.", "Girls can't fight? Watch my daughter at judo!",
            "Women only want to be treated fairly at work.", "She's a 10 out of 10 on the guitar.",
            "These shoes are used goods but in great condition.", "The wall hits every runner at mile 20.",
            "Every woman is one lucky break away from running her own company.",
            "A woman's vote is worth exactly the same as a man's.",
            "Women drivers should have the same insurance prices as men.",
            "Single mothers are raising kids on tiny budgets, we should help.",
            "Give women the vote and they'll change the world, said the suffragettes.",
            "She got what she deserved for working so hard: a promotion!",
            "Female scientists are diversity hires? That's a sexist myth.",
            "No woman has ever walked on the moon, yet.",
            "Why do women always get asked about childcare in interviews?",
            "A wife's job is to love and be loved, said grandma.",
        ]
    )
    func ignoresEveryday(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }
}
