import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Safehold
import SafeholdCore
import SafeholdReports
import SafeholdTestSupport
import SafeholdVault
import Testing

@testable import SafeholdWeb

@Suite("Pages: reports, bundles and platform packets")
struct ReportsPageTests {
    static func vaultWithThreat() throws -> TestVault {
        let vault = try TestVault()
        try vault.addText(
            "I will kill you <script>alert(1)</script>",
            details: ItemDetails(platform: Platform("instagram"), author: "ex\u{202E}"))
        try vault.addText("see you at the game", details: ItemDetails(platform: Platform("instagram")))
        return vault
    }

    @Test("the report comes as a PDF or HTML download, never a page of the app")
    func report() async throws {
        let vault = try Self.vaultWithThreat()
        try await WebFixture(vault: vault).runUnlocked { browser in
            let page = try await browser.get("/reports").text
            #expect(PageChecks.formsCarryToken(page, token: await browser.csrf))
            #expect(PageChecks.fieldsAreLabelled(page))
            _ = try await browser.post("/analyze")
            let pdf = try await browser.post("/reports/report", ["for": "police", "severity": "medium", "format": "pdf"])
            #expect(pdf.status == .ok)
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(pdf.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            #expect(Array(pdf.body.readableBytesView.prefix(5)) == Array("%PDF-".utf8))
            let html = try await browser.post(
                "/reports/report", ["for": "court", "format": "html", "redact": "ex", "name": "<i>me</i>"])
            #expect(html.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            #expect(!html.text.contains("<script>alert"))
            #expect(try await browser.post("/reports/report", ["for": "neighbours"]).status == .badRequest)
            #expect(
                try await browser.post("/reports/report", ["for": "police", "from": "yesterday"]).status == .badRequest)
        }
    }

    @Test("a bundle downloads as a ZIP that Safehold's verifier accepts; an empty choice is refused kindly")
    func bundle() async throws {
        let vault = try Self.vaultWithThreat()
        let home = try TemporaryDirectory()
        try await WebFixture(vault: vault).runUnlocked { browser in
            let zip = try await browser.post("/reports/bundle", ["severity": "none"])
            #expect(zip.status == .ok)
            #expect(zip.headers[.contentType] == "application/zip")
            try Data(zip.body.readableBytesView).write(to: home.path("b.zip"))
            let none = try await browser.post("/reports/bundle", ["severity": "urgent"])
            #expect(none.status == .notFound)
            #expect(none.text.contains("No items match"))
        }
        let report = try BundleVerifier.verify(home.path("b.zip"))
        #expect(report.holds)
        #expect(report.items.count == 2)
    }

    @Test("a packet lists the items and its text; recording the report seals it")
    func packet() async throws {
        let vault = try Self.vaultWithThreat()
        try await WebFixture(vault: vault).runUnlocked { browser in
            _ = try await browser.post("/analyze")
            let packet = try await browser.post("/reports/packet", ["platform": "instagram", "kind": "threat"])
            #expect(packet.status == .ok)
            #expect(packet.text.contains("Reporting to Instagram"))
            #expect(packet.text.contains("ex\\u{202E}"))
            #expect(PageChecks.formsCarryToken(packet.text, token: await browser.csrf))
            #expect(PageChecks.fieldsAreLabelled(packet.text))
            let recorded = try await browser.post(
                "/reports/records",
                ["platform": "instagram", "kind": "threat", "items": "1", "reference": "CASE-42<b>", "answer": "we looked"])
            #expect(recorded.headers[.location] == "/reports?recorded=1")
            let page = try await browser.get("/reports?recorded=1").text
            #expect(page.contains("CASE-42&lt;b&gt;"))
            let missing = try await browser.post("/reports/records", ["platform": "instagram", "kind": "threat", "items": "77"])
            #expect(missing.status == .notFound)
            #expect(try await browser.post("/reports/packet", ["platform": "myspace", "kind": "threat"]).status == .notFound)
        }
        #expect(try CaseNotes(vault: try vault.reopen()).current(ReportRecord.self).count == 1)
    }
}
