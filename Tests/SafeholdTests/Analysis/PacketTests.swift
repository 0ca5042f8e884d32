import Foundation
import Safehold
import SafeholdCore
import SafeholdFacts
import SafeholdGuide
import SafeholdTestSupport
import SafeholdVault
import Testing

@Suite("Report packets")
struct PacketTests {
    @Test("a packet names where to report, lists the flagged items of that platform only, and gives text to paste")
    func packetForFlaggedItems() throws {
        let test = try TestVault()
        let threat = try test.addText(
            "I will hurt you", details: ItemDetails(platform: Platform("x"), url: "https://x.com/a/status/1", author: "@ex"))
        _ = try test.addText("I will hurt you too", details: ItemDetails(platform: Platform("instagram"), author: "@ex"))
        _ = try test.addText("lunch at noon", details: ItemDetails(platform: Platform("x"), author: "@friend"))
        _ = try AnalysisWorkflow(vault: test.vault, analyzer: try TextAnalyzer.shipped()).run(all: false)
        let packet = try PacketBuilder.packet(
            platform: Platform("x")!, kind: .threat, selection: nil, vault: test.vault, guide: try Guide.shipped())
        #expect(packet.items.map(\.id) == [threat.id])
        #expect(packet.items.first?.link == "https://x.com/a/status/1")
        #expect(packet.howTo?.source.hasPrefix("https://") == true)
        #expect(packet.description.contains("1 item on X"))
        #expect(packet.description.contains("contains threats"))
        #expect(packet.friendsMessage.contains("@ex"))
        #expect(!packet.description.contains("hurt you"), "the description must not quote the abuser's words")
    }

    @Test("a private-information packet lists the posts showing the person's details, not every flagged item")
    func privateInformationPacket() throws {
        let test = try TestVault()
        try CaseNotes(vault: test.vault).addFact(ProtectedFact(kind: .address, value: "14 Linden Court"))
        let doxx = try test.addText(
            "she lives at 14 linden ct, go say hi", details: ItemDetails(platform: Platform("x"), author: "@ex"))
        _ = try test.addText("you are a worthless idiot", details: ItemDetails(platform: Platform("x"), author: "@ex"))
        _ = try AnalysisWorkflow(vault: test.vault, analyzer: try TextAnalyzer.shipped()).run(all: false)
        let packet = try PacketBuilder.packet(
            platform: Platform("x")!, kind: .privateInformation, selection: nil, vault: test.vault, guide: try Guide.shipped())
        #expect(packet.items.map(\.id) == [doxx.id])
        let harassment = try PacketBuilder.packet(
            platform: Platform("x")!, kind: .harassment, selection: nil, vault: test.vault, guide: try Guide.shipped())
        #expect(harassment.items.count == 2)
    }

    @Test("a platform without reporting steps, or nothing to report, gets a plain error")
    func nothingToReport() throws {
        let test = try TestVault()
        _ = try test.addText("lunch", details: ItemDetails(platform: Platform("x")))
        #expect(throws: SafeholdError.self) {
            try PacketBuilder.packet(platform: Platform("myspace")!, kind: .harassment, selection: nil, vault: test.vault, guide: try Guide.shipped())
        }
        #expect(throws: SafeholdError.self) {
            try PacketBuilder.packet(platform: Platform("x")!, kind: .harassment, selection: nil, vault: test.vault, guide: try Guide.shipped())
        }
    }

    @Test("records of reports are sealed and listed")
    func reportRecords() throws {
        let test = try TestVault()
        let item = try test.addText("x")
        let notes = CaseNotes(vault: test.vault)
        try notes.save(
            ReportRecord(platform: "x", kind: "threat", items: [item.id], reportedAt: .now(), reference: "4471", answer: nil, followUp: "call back Monday"),
            key: "r-1", about: [item.id])
        let records = try CaseNotes(vault: try test.reopen()).current(ReportRecord.self)
        #expect(records.map(\.value.reference) == ["4471"])
    }
}
