import Foundation
import Testing

@testable import SafeholdGuide

@Suite("Turning answers into a plan")
struct PlanTests {
    let guide: Guide

    init() throws { guide = try Guide.shipped() }

    /// Reviewed by hand: for each profile, the steps of now, this week and later, in order.
    static let expected: [Profile: [[StepID]]] = [
        .dangerWithChildren: [
            [
                "get-help-now", "safe-contact", "safety-plan-home", "save-evidence", "screenshot-evidence",
                "child-protection",
            ],
            [
                "download-data", "triage-messages", "protect-facts", "report-harassment", "mute-restrict",
                "support-org",
                "police-report",
            ],
            ["two-factor", "block", "tighten-privacy", "limit-exposure", "self-care", "revisit-plan"],
        ],
        .impersonationOnly: [
            ["save-evidence", "screenshot-evidence", "dont-amplify"],
            ["download-data", "report-impersonation", "friends-report", "report-harassment"],
            ["two-factor", "tighten-privacy", "support-org", "self-care", "revisit-plan"],
        ],
        .doxxing: [
            ["safety-plan-home", "save-evidence", "screenshot-evidence", "dont-amplify"],
            [
                "download-data", "protect-facts", "report-private-info", "report-harassment", "ask-friends-not-to-tag",
                "limit-exposure",
            ],
            ["two-factor", "tighten-privacy", "support-org", "legal-help", "self-care", "revisit-plan"],
        ],
        .staysVisible: [
            ["save-evidence"],
            ["download-data", "triage-messages", "report-harassment", "mute-restrict", "tighten-privacy"],
            [
                "two-factor", "friends-report", "block", "limit-exposure", "trusted-helper", "support-org", "self-care",
                "revisit-plan",
            ],
        ],
        .goesToPolice: [
            ["save-evidence"],
            [
                "download-data", "triage-messages", "report-harassment", "mute-restrict", "review-followers",
                "ask-friends-not-to-tag", "police-report", "court-order", "evidence-bundle", "legal-help",
            ],
            [
                "two-factor", "block", "tighten-privacy", "limit-exposure", "trusted-helper", "support-org",
                "self-care",
                "revisit-plan",
            ],
        ],
        .skipsEverything: [
            ["save-evidence"],
            ["download-data"],
            ["two-factor", "tighten-privacy", "support-org", "self-care", "revisit-plan"],
        ],
        .accountsTaken: [
            ["save-evidence", "check-devices", "check-account-access", "change-passwords", "two-factor"],
            ["download-data", "recovery-contacts", "connected-apps", "take-a-break", "trusted-helper"],
            ["support-org", "self-care", "revisit-plan"],
        ],
        .intimateImagesAlone: [
            ["save-evidence", "intimate-images"],
            ["safe-contact", "download-data", "review-followers", "go-private", "support-org", "legal-help"],
            ["two-factor", "self-care", "revisit-plan"],
        ],
        .notSureAboutThreats: [
            ["get-help-now", "safe-contact", "safety-plan-home", "save-evidence", "screenshot-evidence"],
            ["download-data", "support-org"],
            ["two-factor", "tighten-privacy", "self-care", "revisit-plan"],
        ],
    ]

    @Test("each profile's plan matches the reviewed expectation", arguments: Profile.allCases)
    func profile(_ profile: Profile) throws {
        try guide.validate(profile.answers)
        let plan = guide.plan(for: profile.answers)
        let sections = PlanSection.allCases.map { plan.items(in: $0).map(\.stepID) }
        #expect(sections == Self.expected[profile])
        #expect(plan.items.map(\.section) == plan.items.map(\.section).sorted())
    }

    @Test("when there is danger, help comes first, with the numbers and services of the country")
    func dangerPutsHelpFirst() throws {
        let plan = guide.plan(for: Profile.dangerWithChildren.answers)
        #expect(plan.urgent)
        #expect(plan.items.first?.stepID == guide.helpStep)
        let help = try #require(plan.help)
        #expect(help.emergency.map(\.country) == ["GB"])
        #expect(help.emergency.first?.numbers.map(\.value) == ["999", "112"])
        #expect(help.entries.first == "gb-national-domestic-abuse-helpline")
        #expect(help.entries.allSatisfy { guide.entry($0)?.status == .open })
    }

    @Test("when there is danger and no country, every country's emergency numbers are shown")
    func dangerWithoutCountry() throws {
        let help = try #require(guide.plan(for: Profile.notSureAboutThreats.answers).help)
        #expect(help.emergency.count == guide.emergency.count)
        #expect(help.entries.allSatisfy { guide.entry($0)?.countries.contains(.international) == true })
    }

    @Test("no danger means no urgent help", arguments: [Profile.impersonationOnly, .skipsEverything, .staysVisible])
    func noDanger(_ profile: Profile) {
        let plan = guide.plan(for: profile.answers)
        #expect(!plan.urgent && plan.help == nil && !plan.stepIDs.contains(guide.helpStep))
    }

    @Test("reasons are tied to what the person said")
    func reasons() throws {
        let plan = guide.plan(for: Profile.doxxing.answers)
        let facts = try #require(plan.items.first { $0.stepID == "protect-facts" })
        #expect(
            facts.reasons == [
                "You said they know where you live or stay.", "You said your personal information has been shared.",
            ]
        )
        #expect(plan.items.allSatisfy { !$0.reasons.isEmpty && !$0.rules.isEmpty })
    }

    @Test("the platforms chosen are kept, and unknown ones dropped")
    func platforms() {
        let plan = guide.plan(for: Profile.accountsTaken.answers)
        #expect(plan.platforms == ["facebook", "whatsapp"])
    }

    @Test("answers the guide does not know match no rule and do not crash")
    func unknownAnswersAreIgnored() {
        let noise = Answers([
            "threats": .many(["yes", "no"]), "nonsense": .one("yes"),
            "happening": .one(OptionID(String(repeating: "😀", count: 100_000))),
            "country": .one("zz"),
        ])
        let plan = guide.plan(for: noise)
        #expect(plan.urgent)
        #expect(plan.country == nil)
        #expect(throws: GuideError.self) { try guide.validate(noise) }
    }

    @Test("a plan survives a JSON round trip")
    func roundTrip() throws {
        let plan = guide.plan(for: Profile.dangerWithChildren.answers)
        let decoded = try JSONDecoder().decode(Plan.self, from: JSONEncoder().encode(plan))
        #expect(decoded == plan)
    }

    @Test("taking the assessment again shows what was added, removed and moved")
    func changes() throws {
        let before = guide.plan(for: Profile.staysVisible.answers)
        var answers = Profile.staysVisible.answers
        answers.values["threats"] = .one("yes")
        answers.values["visibility"] = .one("go-private")
        let after = guide.plan(for: answers)
        let diff = guide.changes(from: before, to: after)
        #expect(!diff.wasUrgent && diff.isUrgent)
        #expect(diff.added.map(\.stepID).prefix(2) == ["get-help-now", "safe-contact"])
        #expect(diff.removed.map(\.stepID) == ["tighten-privacy"])
        #expect(diff.moved.contains(PlanDiff.Move(stepID: "support-org", from: .later, to: .thisWeek)))
        #expect(diff.added.contains { $0.stepID == "go-private" })
        #expect(guide.changes(from: after, to: after).isEmpty)
    }

    @Test("a step moving to a more urgent section is reported as moved")
    func moved() {
        let before = guide.plan(for: Answers(["happening": .many(["messages"])]))
        let after = guide.plan(for: Answers(["happening": .many(["messages"]), "account-access": .one("yes")]))
        let diff = guide.changes(from: before, to: after)
        #expect(diff.moved == [PlanDiff.Move(stepID: "two-factor", from: .later, to: .now)])
    }
}

@Suite("Instructions and templates for a step")
struct StepInstructionTests {
    let guide: Guide

    init() throws { guide = try Guide.shipped() }

    @Test("a step's instructions cover only the person's platforms, task by task")
    func instructions() {
        let found = guide.instructions(for: "tighten-privacy", on: ["whatsapp", "instagram", "nowhere"])
        #expect(found.map(\.platform) == ["instagram", "whatsapp", "instagram", "whatsapp"])
        #expect(found.map(\.howTo.task) == [.privacy, .privacy, .mute, .mute])
        #expect(guide.instructions(for: "block").count == guide.platforms.count)
        #expect(guide.instructions(for: "self-care").isEmpty && guide.instructions(for: "ghost").isEmpty)
    }

    @Test("a step's templates come in the order the step lists them")
    func templates() {
        #expect(
            guide.templates(for: "friends-report").map(\.id) == [
                "please-report-this-account", "please-report-these-posts",
            ]
        )
        #expect(guide.templates(for: "ghost").isEmpty)
    }
}
