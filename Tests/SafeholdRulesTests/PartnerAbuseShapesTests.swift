import Testing

@testable import SafeholdRules

/// Partner abuse in words the older patterns had not seen: watching, images, coercion, telling others, children and
/// pets, self-harm used as pressure and new accounts after a block.
@Suite("Partner abuse in other words")
struct PartnerAbuseShapesTests {
    @Test(
        "catches each kind at the severity it deserves",
        arguments: [
            ("Your location says you're at his flat. Explain.", "surveillance", RuleSeverity.high),
            ("You were in the blue dress at Marco's tonight. Didn't look happy.", "surveillance", .high),
            ("I can see your screen from here.", "surveillance", .high),
            ("Saw your car at the Tesco on Mill Road at 3. Who were you meeting?", "surveillance", .medium),
            ("Bet your new man hasn't seen the videos from Ibiza. Yet.", "intimate-image-threat", .high),
            ("I've still got every photo you ever sent me. Every single one.", "intimate-image-threat", .high),
            ("Post the nudes or pay me 500 quid, your choice.", "intimate-image-threat", .urgent),
            ("Your OnlyFans is going to be very popular once I set it up for you.", "intimate-image-threat", .high),
            ("How many likes do you reckon your naked pics would get?", "intimate-image-threat", .high),
            ("Drop the custody application and all of this goes away.", "coercion", .high),
            ("Sign the house over or I tell the tax office what you've been doing.", "coercion", .high),
            ("Come back to me and I'll delete everything.", "coercion", .high),
            ("Your boss would love to hear what you're really like.", "threat-to-contact-others", .high),
            ("I've got the number for your kids' headteacher. Want me to use it?", "threat-to-contact-others", .high),
            ("One email to your professional body and your career's over.", "threat-to-contact-others", .high),
            ("Your mum's on my speed dial now.", "threat-to-contact-others", .high),
            ("I wonder if the Home Office knows about your visa.", "threat-to-contact-others", .high),
            (
                "Maybe the kids should come and live with me permanently. Without asking you.",
                "threat-about-children-or-pets", .high
            ),
            ("Good luck finding the kids when you get home.", "threat-about-children-or-pets", .high),
            (
                "The dog looked lonely in the garden. Would be easy to let him out.", "threat-about-children-or-pets",
                .high
            ),
            ("I'll pick the kids up from school today. Don't bother coming.", "threat-about-children-or-pets", .medium),
            ("Block me and I'll take all my pills.", "self-harm-pressure", .high),
            ("You'll have my blood on your hands.", "self-harm-pressure", .high),
            ("I'm standing on the bridge. Your choice what happens next.", "self-harm-pressure", .high),
            ("You can block as many accounts as you like, I've got plenty more.", "demand-for-contact", .high),
            ("Guess who's back. New profile, same me.", "demand-for-contact", .high),
            ("Don't bother blocking this one too.", "demand-for-contact", .high),
            // en-2026.12.74
            ("If you don't answer tonight I'm taking all the pills.", "self-harm-pressure", .high),
            ("I've written the note. It's all your fault.", "self-harm-pressure", .high),
            ("Leave me and I'll crash the car on purpose.", "self-harm-pressure", .high),
            ("The kids will be staying with me. You won't find us.", "threat-about-children-or-pets", .high),
            ("Your dog has been missing since Tuesday? Shame.", "threat-about-children-or-pets", .high),
            ("I'll take them abroad and you'll never see them again.", "threat-about-children-or-pets", .high),
            ("Don't expect the kids back on Sunday.", "threat-about-children-or-pets", .medium),
            ("I'll tell the children you abandoned them.", "threat-about-children-or-pets", .medium),
            ("Sign the house over to me and I'll leave you alone.", "coercion", .high),
            ("You'll get the car back when you start being nice to me.", "coercion", .high),
            ("I've frozen the joint account until you come home.", "coercion", .high),
            ("If you don't come back, I'll stop paying for the kids' school.", "coercion", .high),
            (
                "Your manager would love to know about your little breakdown last year.", "threat-to-contact-others",
                .high
            ),
            ("I'm writing to your church about what you really are.", "threat-to-contact-others", .high),
            ("I've got your landlord's email. One message and you're out.", "threat-to-contact-others", .high),
            ("I'm going to post everything about you in the school parents' group.", "threat-to-contact-others", .high),
            (
                "Everyone at your work is going to see what you look like under that uniform.", "intimate-image-threat",
                .high
            ),
            ("I kept every video. Think about that before you go to court.", "intimate-image-threat", .high),
            ("Your pictures would get a lot of views on the right website.", "intimate-image-threat", .high),
            ("Send me one more or the old ones go to your dad.", "intimate-image-threat", .high),
            ("Answer the door, I know you're in.", "demand-for-contact", .medium),
            ("Blocking me won't work, I've got a hundred accounts.", "demand-for-contact", .high),
            ("Guess who made another profile.", "demand-for-contact", .high),
            ("Who bought you the flowers on your windowsill?", "surveillance", .high),
            ("Your kitchen blind is broken, I could see everything.", "surveillance", .medium),
            // en-2026.12.75
            ("I've written the note, it's because of you.", "self-harm-pressure", .high),
            ("I'll freeze our account until you come home.", "coercion", .high),
            ("Don't think I won't take the kids abroad.", "threat-about-children-or-pets", .urgent),
            // en-2026.12.79
            ("I'm going to ruin your life.", "coercion", .high),
            ("No one will ever love you like I do.", "controlling-behaviour", .medium),
            ("You're mine, don't forget it.", "controlling-behaviour", .medium),
            ("Delete him or we're done.", "controlling-behaviour", .medium),
            ("Who said you could go out?", "controlling-behaviour", .medium),
            ("I went through your phone last night.", "surveillance", .high),
            // en-2026.12.80
            ("Try me and you'll find out what I'm capable of.", "threat-of-violence", .high),
            ("Keep this up and you'll find out what I'm capable of.", "threat-of-violence", .high),
            ("If you wear that dress tonight don't bother coming home.", "controlling-behaviour", .medium),
            ("If you cared about the kids you'd come back to me.", "controlling-behaviour", .medium),
        ]
    )
    func catches(_ text: String, _ rule: String, _ severity: RuleSeverity) throws {
        #expect(try match(rule, in: text)?.severity == severity, "\(text)")
    }

    @Test(
        "does not catch the same words between friends, family or co-parents",
        arguments: [
            "You looked lovely in the blue dress tonight.", "Keep it up and you'll see what you're capable of!",
            "You'll see what I'm capable of on the pitch tomorrow.", "If you see Tom tell him I said hi.",
            "If you're late don't bother coming home for dinner, we'll eat without you.",
            "If you loved the book you would love the film.", "If you cared to join us, we're at the pub from 7.",
            "I can see your house from here! Wave!", "Funny how you always take the last biscuit.",
            "I've got the number for your boss, she asked me to call about the job.",
            "Your mum would love to hear what you've been doing at uni, call her!",
            "Your boss would love to know what you get up to at the charity run, tell him!",
            "Your mum's on my speed dial now, we're best friends haha",
            "Drop the custody case and all this goes away, said no good lawyer ever. Don't listen to him.",
            "Post the photos or pay for the prints, your choice.",
            "I've got every photo you ever sent me of the dog, so cute.",
            "The kids will stay with me for good? No, it's only the weekend.",
            "Good luck finding the kids' shoes in that mess!",
            "Good luck finding the dog when you get home, he hides under the bed in storms!",
            "It would be easy to let the cat out by accident, so keep the window shut.",
            "I'll pick the kids up from school today, you have your meeting.",
            "Block as many accounts as you like, the spam bots never stop.", "New profile, same me! Follow me here.",
            "New account, same me! Blocked the old one because of spam.",
            "Don't bother blocking this one, it's the official account.",
            "I'm standing on the bridge, the view is amazing!",
            "I'm sitting on the edge of my seat watching this.",
            "I've still got every photo from the wedding, want copies?",
            "Meet me at the park at 8 for the run.",
            "I'm taking my pills now, night!", "I've written the note for the teacher.",
            "I've written the note. It's on the fridge.", "Your cat went missing? What a shame, I hope she comes back.",
            "Don't expect the kids back before six, we're at the zoo.", "I'll tell the kids you love them.",
            "Sign the form and give it to me and I'll stop nagging.",
            "You'll get the car back on Monday, the garage said.",
            "I've frozen the account until you confirm your identity.",
            "If you don't pay by Friday, we will stop the payments.",
            "Your manager would love to hear your idea, you should pitch it.",
            "I'm writing to your school about the trip.", "I kept every video from the wedding, want copies?",
            "Your photos would do really well on some websites, like 500px.",
            "Everyone is going to see what you look like in your graduation gown!",
            "Guess who got a new number! Save it.",
            "I've got loads of accounts, which one do you want me to use?", "I've frozen the leftover soup.",
            "Who bought you the flowers on your table? They're gorgeous.", "You're so predictable, always the pasta.",
            "I've written the note, it's on your desk.", "Don't think I won't take the kids to the park, they love it.",
            "My brother will break your legs at football tomorrow, he's ruthless",
            "Nobody will hear you scream on this rollercoaster, it's so loud",
            "No one will ever love you like your mum does.", "You're mine forever, I love you.",
            "Delete him from the group chat, he's spamming.",
            "I checked your emails for the booking, it's on Friday.",
        ]
    )
    func ignoresEveryday(_ text: String) throws {
        try expectNoRule(text)
    }
}
