import Foundation
import Safehold
import SafeholdCore
import SafeholdFacts
import SafeholdTestSupport
import SafeholdVault
import Testing

@Suite("Analysis workflow and triage")
struct AnalysisWorkflowTests {
    static let analyzer = Result { try TextAnalyzer.shipped() }

    func sealed(_ test: TestVault, _ text: String, author: String, platform: String = "x") throws -> EvidenceID {
        try test.addText(text, details: ItemDetails(platform: Platform(platform), author: author)).id
    }

    @Test("threats and abuse get findings with severities and reasons; harmless words get none")
    func findingsBySeverity() throws {
        let test = try TestVault()
        let threat = try sealed(test, "I know where you live and I will hurt you", author: "@someone")
        let insult = try sealed(test, "you are a worthless idiot", author: "@someone")
        let harmless = try sealed(test, "the bus leaves at nine tomorrow", author: "@friend")
        let summary = try AnalysisWorkflow(vault: test.vault, analyzer: try Self.analyzer.get()).run(all: false)
        #expect(summary.analyzed == 3)
        let queue = try TriageQueue(vault: test.vault).entries(includeDismissed: false)
        #expect(queue.map(\.id) == [threat, insult])
        #expect(queue[0].severity == .urgent)
        #expect(queue[0].help?.contains("emergency") == true)
        #expect(queue[1].severity >= .medium)
        #expect(!queue.contains { $0.id == harmless })
        #expect(!queue[0].reason.isEmpty && !queue[0].reason.contains("where you live and"), "the reason must not repeat the words")
    }

    @Test("only new items are read again, unless asked to read them all")
    func onlyNewItems() throws {
        let test = try TestVault()
        _ = try sealed(test, "you are a worthless idiot", author: "@a")
        let workflow = AnalysisWorkflow(vault: test.vault, analyzer: try Self.analyzer.get())
        #expect(try workflow.run(all: false).analyzed == 1)
        #expect(try workflow.run(all: false).analyzed == 0)
        _ = try sealed(test, "another one", author: "@a")
        #expect(try workflow.run(all: false).analyzed == 1)
        #expect(try workflow.run(all: true).analyzed == 2)
    }

    @Test("anything from a listed abuser is flagged whatever its words, and the finding goes when they are removed")
    func knownPeople() throws {
        let test = try TestVault()
        let item = try sealed(test, "the bus leaves at nine tomorrow", author: "@ex_jordan")
        let notes = CaseNotes(vault: test.vault)
        let id = try notes.addPerson(KnownPerson(role: .abuser, platform: Platform("x"), handle: "@EX_Jordan", name: nil))
        let workflow = AnalysisWorkflow(vault: test.vault, analyzer: try Self.analyzer.get())
        _ = try workflow.run(all: true)
        let queue = try TriageQueue(vault: test.vault).entries(includeDismissed: false)
        #expect(queue.map(\.id) == [item])
        #expect(queue.first?.severity == .medium)
        #expect(queue.first?.reason.contains("@EX_Jordan") == true || queue.first?.reason.contains("@ex_jordan") == true)
        try notes.remove(KnownPerson.self, key: id, describedAs: "person")
        let rerun = try workflow.run(all: true)
        #expect(rerun.withdrawn == 1)
        #expect(try TriageQueue(vault: test.vault).entries(includeDismissed: false).isEmpty)
    }

    @Test("a new account whose handle is close to the listed abuser's is flagged as such")
    func lookAlikeAccount() throws {
        let test = try TestVault()
        let item = try sealed(test, "hey, it's me", author: "@ex_jordan2")
        try CaseNotes(vault: test.vault).addPerson(KnownPerson(role: .abuser, platform: Platform("x"), handle: "ex_jordan", name: nil))
        _ = try AnalysisWorkflow(vault: test.vault, analyzer: try Self.analyzer.get()).run(all: true)
        let finding = try #require(try TriageQueue(vault: test.vault).finding(for: item))
        #expect(finding.people.first?.how == "resembles")
        #expect(finding.severity == .high)
    }

    @Test("a protected fact posted in a message is urgent, and the finding never holds the fact itself")
    func protectedFact() throws {
        let test = try TestVault()
        let item = try sealed(test, "she lives at 42 Harbour Street, come by", author: "@someone")
        try CaseNotes(vault: test.vault).addFact(.init(kind: .address, value: "42 Harbour St"))
        _ = try AnalysisWorkflow(vault: test.vault, analyzer: try Self.analyzer.get()).run(all: true)
        let finding = try #require(try TriageQueue(vault: test.vault).finding(for: item))
        #expect(finding.severity == .urgent)
        #expect(finding.facts.first?.kind == "address")
        let encoded = String(decoding: try JSONEncoder().encode(finding), as: UTF8.self)
        #expect(!encoded.contains("Harbour"))
    }

    @Test("dismissed items leave the queue and come back when asked for; decisions on missing items are refused")
    func decisions() throws {
        let test = try TestVault()
        let item = try sealed(test, "you are a worthless idiot", author: "@a")
        _ = try AnalysisWorkflow(vault: test.vault, analyzer: try Self.analyzer.get()).run(all: false)
        let queue = TriageQueue(vault: test.vault)
        try queue.decide(item, .dismissed, label: nil)
        #expect(try queue.entries(includeDismissed: false).isEmpty)
        #expect(try queue.entries(includeDismissed: true).first?.decision == .dismissed)
        #expect(throws: SafeholdError.self) { try queue.decide(EvidenceID(999), .confirmed, label: nil) }
    }

    @Test("personal information that is not a protected fact is noted by type and place, never by value")
    func personalInformation() throws {
        let test = try TestVault()
        let item = try sealed(test, "her number is +44 20 7946 0958, tell everyone", author: "@someone")
        _ = try AnalysisWorkflow(vault: test.vault, analyzer: try Self.analyzer.get()).run(all: false)
        let finding = try #require(try TriageQueue(vault: test.vault).finding(for: item))
        #expect(finding.personalInfo?.map(\.type) == ["phone"])
        let encoded = String(decoding: try JSONEncoder().encode(finding), as: UTF8.self)
        #expect(!encoded.contains("7946"))
    }

    @Test("an insult said of a whole group is kept with its words under the identity attack it raises")
    func groupInsult() throws {
        let test = try TestVault()
        let item = try sealed(test, "Muslims are stupid", author: "@someone")
        _ = try AnalysisWorkflow(vault: test.vault, analyzer: try Self.analyzer.get()).run(all: false)
        let finding = try #require(try TriageQueue(vault: test.vault).finding(for: item))
        #expect(finding.labels.contains("identity_attack"))
        #expect(finding.spans.contains { $0.label == "identity_attack" && $0.start == 12 && $0.end == 18 })
        #expect(finding.reason == "It insults a whole group of people for who they are.")
    }
}
