import Foundation
import SafeholdCore
import SafeholdGuide
import Testing

@testable import Safehold

@Suite("PlanEvidence")
struct PlanEvidenceTests {
    static func finding(
        facts: [String] = [], rules: [(String, Bool)] = [], labels: [String] = [], severity: Severity = .urgent
    ) -> Finding {
        Finding(
            analyzers: [], scores: [:], labels: labels, spans: [],
            rules: rules.map { Finding.Rule(id: $0.0, name: $0.0, severity: severity, quoted: $0.1) },
            people: [], facts: facts.enumerated().map { Finding.Fact(id: "f\($0.offset)", kind: $0.element, start: 0, end: 1) },
            personalInfo: nil, severity: severity, reason: "r", help: nil, textSource: nil)
    }

    @Test("a found address and a threat answer the questions the person left open, and say which items")
    func fillsOpenQuestions() throws {
        let evidence = PlanEvidence(
            answers: Answers([:], skipped: [QuestionID("knows-address")]),
            findings: [(EvidenceID(4), Self.finding(facts: ["address"])), (EvidenceID(2), Self.finding(rules: [("threat-of-violence", false)]))])
        #expect(evidence.answers.picked(QuestionID("knows-address")) == [OptionID("yes")])
        #expect(!evidence.answers.skipped.contains(QuestionID("knows-address")))
        #expect(evidence.answers.picked(QuestionID("threats")) == [OptionID("yes")])
        #expect(evidence.answers.picked(QuestionID("happening")) == [OptionID("personal-info")])
        #expect(evidence.notes.map(\.items) == [[EvidenceID(4)], [EvidenceID(2)], [EvidenceID(4)]])
        let guide = try Guide.shipped()
        #expect(guide.plan(for: evidence.answers).urgent)
        #expect(!guide.plan(for: Answers()).urgent)
    }

    @Test("a message saying the person's details were spread counts as personal information; a quoted one does not")
    func detailsSpread() {
        let spread = PlanEvidence(answers: Answers(), findings: [(EvidenceID(5), Self.finding(rules: [("sharing-your-details", false)]))])
        #expect(spread.answers.picked(QuestionID("happening")) == [OptionID("personal-info")])
        #expect(spread.notes.map(\.items) == [[EvidenceID(5)]])
        let quoted = PlanEvidence(answers: Answers(), findings: [(EvidenceID(5), Self.finding(rules: [("sharing-your-details", true)]))])
        #expect(quoted.answers == Answers())
    }

    @Test("a message saying the person's details were spread goes in a private-information packet")
    func detailsSpreadPacket() {
        #expect(PacketBuilder.fits(Self.finding(rules: [("sharing-your-details", false)]), kind: .privateInformation))
        #expect(!PacketBuilder.fits(Self.finding(rules: [("sharing-your-details", true)]), kind: .privateInformation))
        #expect(!PacketBuilder.fits(Self.finding(rules: [("put-downs", false)]), kind: .privateInformation))
    }

    @Test("the person's own answers stand; a quoted threat is not taken as one; 'what is happening' only grows")
    func ownAnswersStand() {
        let answers = Answers([QuestionID("threats"): .one(OptionID("no")), QuestionID("happening"): .many([OptionID("messages")])])
        let evidence = PlanEvidence(
            answers: answers,
            findings: [(EvidenceID(1), Self.finding(rules: [("threat-of-violence", false), ("intimate-image-threat", false)])),
                       (EvidenceID(3), Self.finding(rules: [("threat-of-violence", true)]))])
        #expect(evidence.answers.picked(QuestionID("threats")) == [OptionID("no")])
        #expect(evidence.answers.picked(QuestionID("happening")) == [OptionID("messages"), OptionID("intimate-images")])
        let quotedOnly = PlanEvidence(answers: Answers(), findings: [(EvidenceID(3), Self.finding(rules: [("threat-of-violence", true)]))])
        #expect(quotedOnly.answers == Answers())
        #expect(quotedOnly.notes.isEmpty)
    }
}
