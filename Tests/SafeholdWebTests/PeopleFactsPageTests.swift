import Foundation
import HTTPTypes
import HummingbirdTesting
import Safehold
import SafeholdCore
import SafeholdFacts
import SafeholdTestSupport
import SafeholdVault
import Testing

@testable import SafeholdWeb

@Suite("Pages: people and private details")
struct PeopleFactsPageTests {
    @Test("a person is added, listed safely and removed; a form without a role or a name changes nothing")
    func people() async throws {
        let vault = try TestVault()
        try await WebFixture(vault: vault).runUnlocked { browser in
            let page = try await browser.get("/people")
            #expect(page.text.contains("No one yet."))
            #expect(PageChecks.formsCarryToken(page.text, token: await browser.csrf))
            #expect(PageChecks.fieldsAreLabelled(page.text))
            let noRole = try await browser.post("/people", ["handle": "someone"])
            #expect(noRole.status == .badRequest)
            let nothing = try await browser.post("/people", ["role": "abuser", "handle": " \u{200B} "])
            #expect(nothing.status == .badRequest)
            #expect(nothing.text.contains("Give their handle"))
            let badPlatform = try await browser.post("/people", ["role": "abuser", "handle": "x", "platform": "<svg>"])
            #expect(badPlatform.status == .badRequest)
            let added = try await browser.post(
                "/people", ["role": "abuser", "handle": "@<script>alert(1)</script>\u{202E}moc", "platform": "Instagram"])
            #expect(added.headers[.location] == "/people?added=1")
            let listed = try await browser.get("/people").text
            #expect(listed.contains("@&lt;script&gt;alert(1)&lt;/script&gt;moc"))
            #expect(!listed.contains("<script>alert"))
            #expect(listed.contains("the person harassing me"))
            #expect(listed.contains("instagram"))
        }
        let people = try CaseNotes(vault: try vault.reopen()).people()
        #expect(people.count == 1)
        #expect(people.first?.value.handle == "<script>alert(1)</script>moc")
        let key = try #require(people.first?.key)
        try await WebFixture(vault: vault).runUnlocked { browser in
            let missing = try await browser.post("/people/nobody/remove")
            #expect(missing.status == .notFound)
            #expect(try await browser.post("/people/\(key)/remove").headers[.location] == "/people")
            #expect(try await browser.get("/people").text.contains("No one yet."))
        }
        #expect(try CaseNotes(vault: try vault.reopen()).people().isEmpty)
    }

    @Test("a private detail is sealed and shown masked; no page or error ever shows what was typed")
    func facts() async throws {
        let vault = try TestVault()
        let secret = "221 Juniper Lane, Apt 4"
        try await WebFixture(vault: vault).runUnlocked { browser in
            let page = try await browser.get("/facts")
            #expect(PageChecks.fieldsAreLabelled(page.text))
            #expect(PageChecks.formsCarryToken(page.text, token: await browser.csrf))
            let wrongKind = try await browser.post("/facts", ["kind": "bank", "value": secret])
            #expect(wrongKind.status == .badRequest)
            #expect(!wrongKind.text.contains("Juniper"))
            let empty = try await browser.post("/facts", ["kind": "address", "value": "\u{200B}"])
            #expect(empty.status == .badRequest)
            let added = try await browser.post("/facts", ["kind": "address", "value": secret, "aliases": "home, the flat"])
            #expect(added.status == .seeOther)
            let listed = try await browser.get("/facts").text
            #expect(!listed.contains("Juniper"))
            #expect(!listed.contains("the flat"))
            #expect(listed.contains("address"))
            #expect(listed.contains("2••••"))
            let tooMany = try await browser.post(
                "/facts", ["kind": "name", "value": String(repeating: "n", count: 300) + "Juniper"])
            #expect(tooMany.status == .seeOther)
        }
        let facts = try CaseNotes(vault: try vault.reopen()).facts()
        #expect(facts.map(\.fact.value) == [secret, String(repeating: "n", count: 300)])
        #expect(facts.first?.fact.aliases == ["home", "the flat"])
    }
}
