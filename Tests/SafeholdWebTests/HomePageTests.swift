import Foundation
import HTTPTypes
import HummingbirdTesting
import Safehold
import SafeholdCore
import SafeholdTestSupport
import SafeholdVault
import Testing

@testable import SafeholdWeb

@Suite("Pages: home")
struct HomePageTests {
    @Test("home shows the week's findings, a chart drawn by the server, what is serious, and the next steps")
    func glance() async throws {
        let vault = try TestVault()
        try vault.addText("I will kill you", details: ItemDetails(platform: Platform("instagram"), postedAt: .now()))
        try vault.addText("you are a worthless idiot and everyone knows it", details: ItemDetails(postedAt: .now()))
        try await WebFixture(vault: vault).runUnlocked { browser in
            _ = try await browser.post("/analyze")
            let page = try await browser.get("/").text
            #expect(page.contains("Some items are urgent"))
            #expect(page.contains("<li>1 urgent</li>"))
            #expect(page.contains("<svg class=\"chart\""))
            #expect(page.contains("<rect "))
            #expect(page.contains("/triage/1"))
            #expect(!page.contains("kill"))
            #expect(page.contains("Answer them"))
            _ = try await browser.post("/plan/questions", ["q.threats": "yes"])
            let planned = try await browser.get("/").text
            #expect(planned.contains("/plan#step-"))
            #expect(!planned.contains("Answer them"))
        }
    }

    @Test("the chart counts the last twelve weeks and ignores the future and the distant past")
    func chart() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let counts = IncidentChart.counts(
            [(now, .urgent), (now.addingTimeInterval(-8 * 86_400), .low), (now.addingTimeInterval(86_400 * 3), .high), (now.addingTimeInterval(7200), .urgent),
             (now.addingTimeInterval(-200 * 86_400), .medium)],
            now: now)
        #expect(counts.count == 12)
        #expect(counts[11] == [.urgent: 2])
        #expect(counts[10] == [.low: 1])
        #expect(counts.dropLast(2).allSatisfy { $0.isEmpty })
        let model = IncidentChart.model(counts)
        #expect(model.bars.count == 2)
        #expect(model.bars.allSatisfy { $0.y >= 0 && $0.y + $0.height <= model.axisY })
    }
}
