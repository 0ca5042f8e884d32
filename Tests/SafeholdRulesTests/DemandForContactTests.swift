import SafeholdRules
import Testing

@Suite("Demands to answer, meet or unblock")
struct DemandForContactTests {
    static let rule = "demand-for-contact"

    @Test(
        "catches demands with pressure attached at high",
        arguments: [
            "meet me or else", "answer me or I'll come over", "reply or you'll regret it", "pick up or else",
            "I'll just make a new account", "I'll keep making new accounts", "you can't escape me",
            "you can't block me",
            "you will talk to me whether you like it or not", "you will talk to me like it or not",
            "I'll keep texting you until you answer",
            "I'm coming over", "I'm outside, come out or I'll wait all night",
            "I'll keep making accounts until you talk to me",
        ]
    )
    func catchesHigh(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .high, "\(text)")
    }

    @Test(
        "catches demands at medium",
        arguments: [
            "unblock me", "UNBLOCK ME", "unbl0ck m3", "u need to unblock me", "stop ignoring me", "answer your phone",
            "pick up the phone", "answer my texts now", "you need to talk to me", "you have to meet me",
            "you can block me all you want", "blocking me won't stop anything", "you can't ignore me forever",
            "meet me tonight", "I deserve an answer", "open the door", "come outside",
        ]
    )
    func catchesMedium(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .medium, "\(text)")
    }

    @Test(
        "does not catch ordinary asks",
        arguments: [
            "can you unblock the drain", "I'll answer your email tomorrow", "meet me at the cafe at 3?",
            "can we meet later",
            "answer the question in the exam", "I blocked the spam number", "how do I unblock someone on instagram",
            "the door is open", "come over whenever you like", "I'm not ignoring you, I was at work",
            "you don't need to talk to me if you're busy", "Come to the door when you get here",
        ]
    )
    func ignoresOrdinary(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }

    @Test(
        "asking why they were blocked, or not to be ignored, is low",
        arguments: ["why did you block me", "Why did u block me??", "Read at 11:42. Don't ignore me."]
    )
    func blockQuestionIsLow(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .low, "\(text)")
    }

    @Test(
        "the same demand said again and again is medium",
        arguments: [
            "Pick up. Pick up. PICK UP.", "Answer me. Answer me. ANSWER ME NOW.", "Pick up! Pick up! Pick up!",
            "Call me back. Call me back. Why aren't you calling me back.",
            "Where are you? Where are you?? WHERE ARE YOU",
            "Reply. Reply. Reply. I can see you've read it.", "Text me back. Text me back. Text me back.",
        ]
    )
    func repeated(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .medium, "\(text)")
    }

    @Test(
        "the same words said twice, or as errands, are not a demand",
        arguments: [
            "Pick up. Pick up.", "Pick up milk. Pick up bread. Pick up the kids at 3.",
            "Call me when you're free. Call me anytime. Call me maybe.",
            "Where are you? Where are you? Dinner's ready!",
            "Where are you? I'm at the door. Where are you?", "Open up! Open up! Police!",
        ]
    )
    func notRepeated(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }
}
