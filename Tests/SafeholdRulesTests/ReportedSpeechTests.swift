import Testing

@testable import SafeholdRules

/// Someone else's words reported in the third person ("he said he would kill me"), as a person writes them in a
/// journal or to a friend, read back as they were said ("I will kill you"): the rules match them, and the report
/// keeps every such match quoted, one step lower, raising no label.
@Suite("Reported speech read back as said")
struct ReportedSpeechTests {
    @Test(
        "a reported threat is found, as reported",
        arguments: [
            ("He said he would kill me.", "threat-of-violence", RuleSeverity.high),
            // A reporting verb that no pattern names is found as well.
            ("He muttered that he would kill me.", "threat-of-violence", .high),
            ("My ex told me he'd find me wherever I go.", "threat-of-violence", .high),
            ("He threatened to post my nudes.", "intimate-image-threat", .high),
            ("My ex said I should be shot for leaving him.", "threat-of-violence", .medium),
            ("He keeps saying I will never see the kids again.", "threat-about-children-or-pets", .medium),
            ("My ex says he knows where I live.", "surveillance", .medium),
            ("My ex keeps saying I'll need a new face when he's done", "threat-of-violence", .medium),
            ("True I messed up but she threatened to shoot me", "threat-of-violence", .high),
            // "she'll" read as "she will" (without its apostrophe it would spell "shell").
            ("She said she'll tell my boss everything.", "threat-to-contact-others", .medium),
        ]
    )
    func findsReported(_ text: String, _ rule: String, _ severity: RuleSeverity) throws {
        let found = try #require(try match(rule, in: text), "\(text)")
        #expect(found.quoted, "\(text)")
        #expect(found.severity == severity, "\(text)")
    }

    @Test(
        "reported words that threaten no one stay as they are",
        arguments: [
            "He said he would pick me up at six.", "She told me she'd kill for a coffee right now.",
            "My boyfriend said he'd find me a seat at the concert.",
            "My ex said he will take the kids to the park on Saturday, as agreed.",
            "He said I should be proud of myself.", "He told me I look beautiful.",
            "She promised to post my birthday present tomorrow.", "He swore to protect me.",
            "My husband said he'd burn the toast again lol", "He says he watches my videos every day, so sweet.",
            "My sister said she'd tell mum about the surprise party.", "She said he would kill me.",
        ]
    )
    func leavesHarmlessReports(_ text: String) throws {
        try expectNoRule(text)
    }

    @Test("the words the sender writes to the person are read as written, not as a report")
    func ownWordsUnchanged() throws {
        let found = try #require(try match("threat-of-violence", in: "I will kill you"))
        #expect(!found.quoted)
        #expect(found.severity == .urgent)
        // "I said" reports the sender's own words: nothing is read back.
        let own = try #require(try match("threat-of-violence", in: "I said I will kill you"))
        #expect(!own.quoted)
    }

    @Test("a long message of reports is read without trouble, and the spans point into the text as written")
    func longMessage() throws {
        let report = "He said he would kill me. "
        let text = String(repeating: "he said that she said that ", count: 100) + report
        let found = try #require(try match("threat-of-violence", in: text))
        #expect(found.quoted)
        #expect(found.spans.allSatisfy { covered($0, in: text).hasPrefix("he would kill me") })
    }
}
