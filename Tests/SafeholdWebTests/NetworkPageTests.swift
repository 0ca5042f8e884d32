import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Safehold
import SafeholdCore
import SafeholdTestSupport
import SafeholdVault
import Testing

@testable import SafeholdWeb

@Suite("Pages: followers to review and look-alike accounts")
struct NetworkPageTests {
    static let owner = AccountRef(handle: "sam.rivera", displayName: "Sam Rivera")

    static func seal(_ kind: RecordKind, _ build: (inout NormalizedRecord) -> Void, in vault: Vault) throws {
        var record = NormalizedRecord(kind: kind, platform: Platform("instagram")!, location: RecordLocation(path: "f.json"))
        build(&record)
        let item = NewItem(
            content: .bytes(Array("\(kind.rawValue) \(UUID().uuidString)".utf8)), mediaType: .plainText,
            source: ItemSource(kind: .export, fileName: "export.zip", importer: "test", importerVersion: "1"),
            details: ItemDetails(), record: record)
        _ = try vault.seal([item])
    }

    /// The person's profile, the abuser and a formula-named account among the followers, and a friend.
    static func caseVault() throws -> TestVault {
        let test = try TestVault()
        try seal(.profile, { $0.author = owner; $0.text = "Photos of the coast." }, in: test.vault)
        for handle in ["ex_jordan", "=HYPERLINK(\"http://x\")", "old_friend", "sam.rivera\u{200B}"] {
            try seal(.relationship, { $0.relationship = .follower; $0.author = owner; $0.recipients = [AccountRef(handle: handle)] }, in: test.vault)
        }
        try seal(.message, { $0.author = AccountRef(handle: "old_friend"); $0.recipients = [owner]; $0.text = "hi" }, in: test.vault)
        try seal(.message, { $0.author = owner; $0.recipients = [AccountRef(handle: "old_friend")]; $0.text = "hi" }, in: test.vault)
        try CaseNotes(vault: test.vault).addPerson(KnownPerson(role: .abuser, platform: Platform("instagram"), handle: "ex_jordan", name: nil))
        return test
    }

    @Test("the audit lists what stood out with its reasons; the chosen accounts download as a safe spreadsheet")
    func audit() async throws {
        let vault = try Self.caseVault()
        try await WebFixture(vault: vault).runUnlocked { browser in
            let page = try await browser.get("/network")
            #expect(page.status == .ok)
            #expect(page.text.contains("ex_jordan"))
            #expect(page.text.contains("block"))
            #expect(PageChecks.formsCarryToken(page.text, token: await browser.csrf))
            #expect(PageChecks.fieldsAreLabelled(page.text))
            let ids = page.text.components(separatedBy: "name=\"a.").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            #expect(!ids.isEmpty)
            var form = ["format": "csv"]
            for id in ids { form["a." + id] = "on" }
            let csv = try await browser.post("/network/export", form)
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            let cells = csv.text.split(separator: "\n").dropFirst().flatMap { $0.split(separator: ",") }
            #expect(!cells.contains { $0.hasPrefix("=") || $0.hasPrefix("\"=") })
            #expect(try await browser.post("/network/export", ["format": "csv"]).status == .badRequest)
            #expect(try await browser.post("/network/export", ["format": "csv", "a.nobody": "on"]).status == .notFound)
        }
    }

    @Test("accounts entered by hand are sealed; a look-alike of the person's own account is listed with reasons")
    func impersonation() async throws {
        let vault = try TestVault()
        try await WebFixture(vault: vault).runUnlocked { browser in
            #expect(try await browser.get("/network/impersonation").text.contains("does not know your accounts yet"))
            let bad = try await browser.post("/network/accounts", ["role": "mine", "platform": "instagram"])
            #expect(bad.status == .badRequest)
            let linked = try await browser.post("/network/accounts", ["role": "linked", "platform": "instagram", "handle": "x"])
            #expect(linked.status == .badRequest)
            _ = try await browser.post(
                "/network/accounts", ["role": "mine", "platform": "instagram", "handle": "sam.rivera", "name": "Sam Rivera"])
            let added = try await browser.post(
                "/network/accounts",
                ["role": "suspect", "platform": "instagram", "handle": "sam.rivera_official", "name": "Sam Rivera\u{202E}"])
            #expect(added.headers[.location] == "/network/impersonation?added=1")
            let page = try await browser.get("/network/impersonation").text
            #expect(page.contains("sam.rivera_official"))
            #expect(page.contains("likely") || page.contains("possible"))
            #expect(!page.contains("\u{202E}"))
            #expect(PageChecks.fieldsAreLabelled(page))
            #expect(PageChecks.formsCarryToken(page, token: await browser.csrf))
        }
        #expect(try NetworkAccounts(vault: try vault.reopen()).list().count == 2)
    }
}
