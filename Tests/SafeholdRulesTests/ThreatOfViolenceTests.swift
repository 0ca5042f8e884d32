import SafeholdRules
import Testing

@Suite("Threat of violence")
struct ThreatOfViolenceTests {
    static let rule = "threat-of-violence"

    @Test(
        "catches written threats of violence, however spelled",
        arguments: [
            "I will kill you", "I'm going to kill you", "im gonna k!ll u", "ima hurt u", "I'll hurt you",
            "I will f*cking kill you", "i will fucking murder you", "I'll find you", "I will find you and you know it",
            "I WILL FIND YOU", "we will find you wherever you go", "i swear i'll stab you", "gonna kill u",
            "Going to kill you. Soon.", "i'm going to k i l l you", "I'll kiiiill you", "ill k1ll u",
            "I will k\u{200B}ill you", "I will kіll you", "I'm going to beat the shit out of you",
            "I'll put you in the hospital", "I will break your legs", "I will burn your house down",
            "I'm coming for you", "i will make you pay", "you're dead when I find you", "ur dead",
            "watch your back", "Watch ur back.", "sleep with one eye open",
            "you won't see it coming", "something bad is going to happen to you",
            "no one will find your body", "I'll slit your throat", "i'm gonna hurt your new boyfriend",
            "I will kill your whole family", "i'll run you over", "i will hunt you down",
            "i am about to kill u", "I want to hurt you", "I'll shoot you", "I will beat you tonight",
            "I'm going to beat you senseless", "i will ki11 you", "I will kiII you",
        ]
    )
    func catchesThreats(_ text: String) throws {
        let found = try match(Self.rule, in: text)
        #expect(found?.severity == .urgent, "\(text)")
        #expect(found?.quoted == false)
    }

    @Test(
        "catches veiled threats at high severity",
        arguments: [
            "you'll regret this", "You will regret it", "you will regret leaving me", "you're gonna regret it",
            "you'll be sorry", "you will pay for this", "you better watch out", "I will stab him",
            "I know people who can make you disappear", "I have a gun", "i bought a knife",
            "I could kill you", "mark my words", "you don't know what I'm capable of", "I hope you die",
            "I'm going to set your car on fire", "i'll set fire to ur house", "we will set your flat alight",
            "Keep posting about me and you'll be found in a ditch", "People like you end up in ditches",
            "snitches like you wind up in a river",
            // Threats that hold a word of negation (en-2026.12.46).
            "I can't wait to hurt you", "Don't think I won't hurt you", "I can't promise I won't hurt you",
            "No one will ever find your body", "There's nothing stopping me from hurting you now",
            "You won't survive the night", "Not even the police can protect you from me",
            // A threat said as a doubt (en-2026.12.47): a denial of an opinion never takes a threat back.
            "I don't think you'll live to see Christmas", "I don't think you will survive the week",
            "Go cry to the police, they can't protect you forever",
            "Not a threat, just saying: accidents happen to people like you",
            "Words like \"sorry\" won't save you, I'll break your legs",
            // Written before en-2026.12.49 (Benchmarks/fresh-threat-2-probes.txt).
            "You'll be hurt, and nobody will know it was me", "Remember what happened to the last guy who crossed me",
            "One of these nights you won't make it home", "gonna run you off the road one of these days",
            "Next time I see you I'm not holding back", "Bet you won't be so mouthy with a broken jaw",
            "I hope you like hospitals", "You and that new boyfriend are both getting hurt",
            "you are going to get killed", "I'll burn everything you love to the ground",
            "We'll see how brave you are when I've got my hands round your neck",
            "Someone's going to find you in pieces", "I've got a baseball bat with your name on it",
            "There's a knife in my bag with your name on it",
            "I'll stab that prick the moment I see him",
            // Written before en-2026.12.54 (Benchmarks/fresh-plain-probes.txt).
            "You're going to get hurt, count on it", "you'll be hurt, I promise you",
            "Post that again and I'll break every bone in your hand", "I'll break your wrist",
            "i will find u even if u move to the other side of the world and then ur done",
            // Written before en-2026.12.55 (Benchmarks/fresh-threat-3-probes.txt).
            "One more word and I'll put you through that wall",
            "Don't make me come over there and shut you up for good",
            "I'll be at your door at midnight and you won't like what happens",
            "I'm going to pour petrol through your letterbox",
            "Your car brakes might fail one day", "You're lucky I don't kill you right now",
            "Enjoy the weekend, it'll be your last", "When I get out, you're the first person I'm visiting",
            "wait till I get my hands on you", "You won't see me coming", "my mates are going to jump you after school",
            "I'll leave you in a pool of your own blood", "Keep your mouth shut or I'll shut it for you",
            "There's a bullet waiting for you", "I'll drag you out of that house by your hair", "I'll cut you open",
            // Written before en-2026.12.56 (Benchmarks/fresh-ex-2-probes.txt).
            "hope ur new man likes hospital food", "Would hate for them to get hurt",
            "Go to the police and I'll finish what I started", "You and him are dead the second I find you",
            "Keep ignoring me and watch what I do to your car and then you", "your gonna need a new face when im done",
            "Block me again and you're getting a visit", "say goodbye to ur pretty face",
            "I'm sharpening my knife as we speak",
            // Written before en-2026.12.57 (Benchmarks/fresh-context-2-probes.txt).
            "Don't think I won't put you through that wall",
            "I'm not saying I'll hurt you. I'm saying your brakes might fail one day",
            "I'd watch my back if I were you", "People like you get what's coming to them",
            "Girls like you deserve what they get",
        ]
    )
    func catchesVeiledThreats(_ text: String) throws {
        let found = try match(Self.rule, in: text)
        #expect(found != nil, "\(text)")
        #expect(found.map { $0.severity >= .high } == true, "\(text)")
    }

    @Test(
        "does not catch negations, everyday speech or other people's safety",
        arguments: [
            "I would never hurt you", "I'll never hurt you", "I won't hurt you", "i dont want to hurt you",
            "I'm not going to kill you", "I didn't kill anyone", "I could never hurt you, you know that",
            "this workout is going to kill me", "you killed it tonight!", "I'll find you a seat",
            "I'll find you a good lawyer", "I will find you the number later", "he will hurt you, be careful",
            "the kids killed it at the recital", "my feet hurt", "I'll get you a coffee",
            "i will get you a ticket", "you are dead to me", "We will beat you at trivia",
            "I'm dead tired", "the battery is dead", "I'll call you when I'm out of the meeting",
            "You will regret not buying those shoes? nah", "I'll add the citations when your finished",
            "Parents, you better watch out for the new rules", "your next block will be longer",
            "killing time at the airport",
            "I hurt my back at the gym", "you look killer in that", "Be safe tonight", "I will shoot you a text",
            "I will beat you at chess tonight", "I'll beat you to it tomorrow",
            "I'll set the table for dinner", "I'll light your birthday candles", "I'll set your alarm for six",
            "people like you end up in great jobs", "you'll be found in the garden, I'm hiding the eggs there",
            "I can't wait to see you", "no one will ever find your keys in that mess",
            "nothing is stopping me from going now", "don't think I won't miss you",
            "you won't survive the exam without coffee",
            "not even the police can help you with a lost cat",
            "We don't tolerate threats like \"I'll break your legs\" in this group",
            "If someone texts you \"I'll kill you\", screenshot it and call the police",
            "If he says \"you'll regret leaving\", write down the date and time", "accidents happen, don't worry",
            "the police can't protect the whole city forever",
            "Next time I see you I'm giving you the biggest hug", "I hope you like the hospital's new cafe",
            "the kids are both getting hurt knees at that playground", "I made a cake with your name on it",
            "you are going to get killed in the ratings", "he came home with a broken jaw after rugby",
            "Remember what happened at the last party? So funny", "I know nobody will know it was me who baked it",
            "I'll smash that pizza when I get home", "I'll kill that spider the moment I see it",
            "This spicy chicken wing challenge nearly killed me", "people like you get the best seats",
            "Careful on that ladder, you're going to get hurt", "you will be hurt if you skip the warm-up, trust me",
            "don't break your back lifting that",
            "Your brakes might fail if you don't get them checked", "I'll drag you out of bed at seven for the run",
            "When I get out of hospital you're the first person I'm visiting",
            "You won't like what happens next in the show",
            "Enjoy the holiday, it will be your last one before the baby comes", "The taxi is waiting for you outside",
            "I'll put you through to the manager", "my dog will jump you when you come in, he's so excited",
            "I will end you at Scrabble tonight",
            "Hope your new man likes the hospital, he starts as a nurse on Monday",
            "You're getting a visit from me and the kids on Sunday",
            "Say goodbye to your pretty face masks, the new ones are here",
            "I'll finish what I started on the shed this weekend",
            "I'm sharpening my knife skills at the cookery class",
            "Watch what I do to your hair, you'll love it", "You and him are done for the day, go home",
            "Saying \"I'll put you through that wall\" is never okay",
        ]
    )
    func ignoresBenign(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }

    @Test(
        "jokes between friends are never urgent, but are kept",
        arguments: [
            "lol I'll kill you if you spoil the finale", "I'm gonna kill you if you spoil the ending 😂",
            "haha i will murder you if you eat my fries", "jk jk I'll kill you", "I'll kill u lmao",
        ]
    )
    func jokesAreNotUrgent(_ text: String) throws {
        let found = try match(Self.rule, in: text)
        #expect(found != nil, "\(text)")
        #expect(found?.joking == true)
        #expect(found.map { $0.severity < .high } == true)
        #expect(found?.baseSeverity == .urgent)
    }

    @Test("a long message of quoted examples keeps none of them, and keeps the threat said after them")
    func manyQuotedExamples() throws {
        let examples = String(repeating: "threats like \"I will kill you\" ", count: 1_000)
        #expect(try match(Self.rule, in: examples) == nil)
        let found = try #require(try match(Self.rule, in: examples + ". I will kill you."))
        #expect(found.spans.count == 1)
    }

    @Test("the span covers the threatening words in the original text")
    func spanCoversWords() throws {
        let text = "Hey. I'm g0nna k!ll u tonight."
        let found = try #require(try match(Self.rule, in: text))
        #expect(found.spans.count == 1)
        #expect(covered(found.spans[0], in: text) == "I'm g0nna k!ll u")
    }

    @Test(
        "catches threats said sideways: leave before something happens, hoping harm on the person or their family",
        arguments: [
            "Leave before something happens.", "get out of town or something bad happens to you",
            "Keep talking and see what happens to your pretty face", "I hope your family burns",
            "I hope your family burns in your house tonight", "i hope ur kids get hurt", "I hope you rot",
            "I wish you'd get run over", "I hope your house burns down with you in it",
            "Someone should teach that woman a lesson she won't forget", "somebody needs to teach her a lesson",
            "I'm going to teach you a lesson", "i will teach u a lesson in respect",
        ]
    )
    func catchesSidewaysThreats(_ text: String) throws {
        let found = try match(Self.rule, in: text)
        #expect(found.map { $0.severity >= .high } == true, "\(text)")
    }

    @Test(
        "does not catch the same words kindly meant",
        arguments: [
            "fix the brakes before something happens", "let's leave before something happens to the cake lol",
            "I hope your family is well", "I hope you get better soon", "I hope your kids have a great time",
            "I hope you don't get hurt out there", "my teacher will teach you a lesson on fractions tomorrow",
            "she taught me a lesson about patience", "I hope your house sells quickly",
            "see what happens to the dough when it rises",
        ]
    )
    func ignoresKindSideways(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }
}
