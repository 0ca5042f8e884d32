import SafeholdRules
import Testing

@Suite("Threats about children or pets")
struct ThreatAboutChildrenOrPetsTests {
    static let rule = "threat-about-children-or-pets"

    @Test(
        "catches threats to harm children or pets at urgent",
        arguments: [
            "something might happen to the dog", "Something could happen to the kids",
            "something bad will happen to your cat",
            "it would be a shame if something happened to the dog", "I'll kill the dog", "im gonna hurt the cat",
            "i will poison your dog", "I'll get rid of the dog", "I know where the kids go to school",
            "I'll take the kids and you'll never find them", "i will take the kids away", "I'll take the baby",
        ]
    )
    func catchesUrgent(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .urgent, "\(text)")
    }

    @Test(
        "catches threats to take the children away at high",
        arguments: [
            "you'll never see the kids again", "You will never see your children again",
            "u will never see the kids again",
            "you're never going to see your son again", "you won't see the kids ever again",
            "you can say goodbye to the kids", "say goodbye to the dog",
            "I'll make sure you never see the kids", "the kids are mine now, accidents happen",
            "I'll be waiting at their school",
            // An everyday phrase inside the threat's own words ("if you want") does not take it back.
            "Come home if you want to see them", "come back now if you ever want to see the kids again",
            // A harm wished away that ends the sentence.
            "I'd hate for your cat to go missing", "I would hate for your cat to disappear. Such a sweet cat.",
        ]
    )
    func catchesHigh(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .high, "\(text)")
    }

    @Test(
        "catches custody threats at medium",
        arguments: [
            "I'll get full custody", "I'm going to turn the kids against you",
            "the kids would be better off without you",
        ]
    )
    func catchesMedium(_ text: String) throws {
        #expect(try match(Self.rule, in: text)?.severity == .medium, "\(text)")
    }

    @Test(
        "does not catch care and co-parenting",
        arguments: [
            "I'll take the kids to school tomorrow", "I'll take the dog for a walk", "I'll pick up the kids at 5",
            "the dog is sick, something might be wrong", "I would never hurt the kids", "I will never hurt the dog",
            "I'll take the kids to the park", "accidents happen, don't worry about the glass",
            "you'll see the kids on Saturday",
            "Did you feed the cat?", "something happened at the kids school today, call me",
            "I'll get the kids new shoes",
            "I'll kill it at the kids' recital", "the kids will see you on sunday",
            "I'd hate for the dog to get lost in the storm, keep him in",
            "I'd hate for your dog to get hurt on that road, keep him on the lead",
        ]
    )
    func ignoresCare(_ text: String) throws {
        #expect(try match(Self.rule, in: text) == nil, "\(text)")
    }
}
