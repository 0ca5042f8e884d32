import Foundation
import Safehold
import SafeholdCore
import SafeholdTestSupport
import SafeholdVault
import Testing

@Suite("Demo case")
struct DemoCaseTests {
    @Test("the demo imports its three exports through the real importers and shows every kind of finding it promises")
    func demoShowsEveryKindOfFinding() throws {
        let test = try TestVault()
        try DemoCase.build(into: test.vault, scratch: test.home.path("exports"))
        let items = try test.vault.items()
        let platforms = Set(items.compactMap { ($0.details.platform ?? $0.record?.platform)?.rawValue })
        #expect(platforms.isSuperset(of: ["whatsapp", "instagram", "x"]))
        #expect(items.allSatisfy { $0.source.kind != .typedText }, "demo items must come through the importers")
        let queue = try TriageQueue(vault: test.vault).entries(includeDismissed: false)
        let findings = try CaseNotes(vault: test.vault).current(Finding.self).map(\.value)
        #expect(queue.first?.severity == .urgent)
        #expect(findings.contains { $0.rules.contains { $0.id == "threat-of-violence" } })
        #expect(findings.contains { $0.rules.contains { $0.id == "surveillance" } })
        #expect(findings.contains { $0.rules.contains { $0.id == "intimate-image-threat" } })
        #expect(findings.contains { $0.facts.contains { $0.kind == "address" } })
        #expect(findings.contains { $0.people.contains { $0.role == .abuser } })
        let lookAlikes = try ImpersonationReview(vault: test.vault).candidates()
        #expect(lookAlikes.contains { $0.account.handle == "alex.rivera.backup" })
        let audit = try NetworkReview(vault: test.vault).audit()
        #expect(audit.contains { $0.handle == "j.reece_88" && $0.suggestion == .block })
        #expect(audit.contains { $0.handle == "sam.kowal" && $0.suggestion != .keep })
        let chat = items.filter { $0.record?.platform == Platform("whatsapp") && $0.record?.kind == .message }
        #expect(chat.allSatisfy { $0.record?.createdAt?.rfc3339.hasPrefix("2026-11") == true }, "the chat's dates must read as November")
    }
}
