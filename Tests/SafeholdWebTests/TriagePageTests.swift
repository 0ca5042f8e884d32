import Foundation
import HTTPTypes
import HummingbirdTesting
import Safehold
import SafeholdCore
import SafeholdTestSupport
import SafeholdVault
import Testing

@testable import SafeholdWeb

@Suite("Pages: the triage queue")
struct TriagePageTests {
    static let threat = "I know where you live and I will kill you <img src=x onerror=alert(1)>"

    @Test("looking through the vault fills the queue; the words stay hidden until asked for, then show marked")
    func queueAndReveal() async throws {
        let vault = try TestVault()
        let threat = try vault.addText(Self.threat, details: ItemDetails(author: "<b>ex</b>"))
        try vault.addText("see you at the game on saturday")
        try await WebFixture(vault: vault).runUnlocked { browser in
            let empty = try await browser.get("/triage").text
            #expect(empty.contains("Nothing here yet"))
            let looked = try await browser.post("/analyze")
            #expect(looked.status == .seeOther)
            let list = try await browser.get(looked.headers[.location] ?? "/triage")
            #expect(list.text.contains("Safehold looked through 2 items."))
            #expect(list.text.contains("urgent"))
            #expect(list.text.contains("/triage/\(threat.id)"))
            #expect(!list.text.contains("kill"))
            #expect(list.text.contains("&lt;b&gt;ex&lt;/b&gt;"))
            #expect(PageChecks.formsCarryToken(list.text, token: await browser.csrf))

            let hidden = try await browser.get("/triage/\(threat.id)")
            #expect(hidden.status == .ok)
            #expect(!hidden.text.contains("kill"))
            #expect(
                !hidden.text.contains("What this means"),
                "the patterns' explanations name the harm: shown with the words"
            )
            #expect(PageChecks.formsCarryToken(hidden.text, token: await browser.csrf))
            #expect(PageChecks.fieldsAreLabelled(hidden.text))
            // The record's own lines, escaped, and no empty line for what it does not say: a text added by hand
            // names no platform.
            #expect(hidden.text.contains("<dt>From</dt>") && hidden.text.contains("&lt;b&gt;ex&lt;/b&gt;"))
            #expect(!hidden.text.contains("<dd></dd>"))
            #expect(!hidden.text.contains("<dt>Platform</dt>"))

            // What was found, in plain words: no stored label names, no command-line advice in a web page.
            #expect(hidden.text.contains("What Safehold noticed: a threat"))
            // The pattern the reason names is said once.
            let named = try #require(hidden.text.range(of: "the pattern &quot;")).upperBound
            let name = String(hidden.text[named...].prefix { $0 != "&" })
            #expect(hidden.text.components(separatedBy: name).count == 2, "\(name) is named once")
            #expect(!hidden.text.contains("identity_attack") && !hidden.text.contains("threat-of-violence"))
            #expect(hidden.text.contains("<a href=\"/help\">People who can help</a>"))
            #expect(!hidden.text.contains("safehold help-directory"))
            let record = try await browser.get("/items/\(threat.id)").text
            #expect(record.contains("<summary>How it was captured and sealed"))
            #expect(record.contains("<a href=\"/help\">People who can help</a>"))
            #expect(!record.contains("safehold help-directory"))

            let shown = try await browser.post("/triage/\(threat.id)/reveal").text
            #expect(shown.contains("<mark title="))
            #expect(!shown.contains("<mark title=\"threat\"") && !shown.contains("<mark title=\"surveillance\""))
            #expect(shown.contains("kill"))
            #expect(shown.contains("<h2>What this means</h2>"))
            #expect(shown.contains("A written threat like this is serious on its own"))
            #expect(shown.contains("&lt;img src=x onerror=alert(1)&gt;"))
            #expect(!shown.contains("<img"))
        }
    }

    @Test("the people behind a finding read as a sentence on both pages, their names escaped")
    func peopleAreEscaped() async throws {
        let vault = try TestVault()
        try CaseNotes(vault: vault.vault).addPerson(
            KnownPerson(role: .abuser, platform: nil, handle: nil, name: "<i>J</i>")
        )
        let sent = try vault.addText("answer me now", details: ItemDetails(author: "<i>J</i>"))
        try await WebFixture(vault: vault).runUnlocked { browser in
            _ = try await browser.post("/analyze")
            for path in ["/triage/\(sent.id)", "/items/\(sent.id)"] {
                let page = try await browser.get(path).text
                #expect(
                    page.contains("&lt;i&gt;J&lt;/i&gt;, whom you listed as the person harming you, sent it."),
                    "\(path)"
                )
                #expect(!page.contains("<i>J</i>"), "\(path)")
            }
        }
    }

    @Test("a decision moves on to the next item and is kept; a set-aside item leaves the list but not the vault")
    func decisions() async throws {
        let vault = try TestVault()
        let first = try vault.addText("I will kill you")
        let second = try vault.addText("you are a worthless idiot and everyone knows it")
        try await WebFixture(vault: vault).runUnlocked { browser in
            _ = try await browser.post("/analyze")
            let next = try await browser.get("/triage/next")
            let firstPath = try #require(next.headers[.location])
            #expect(firstPath == "/triage/\(first.id)")
            let decided = try await browser.post(firstPath + "/decide", ["decision": "dismiss"])
            #expect(decided.headers[.location] == "/triage/next")
            #expect(try await browser.get("/triage/next").headers[.location] == "/triage/\(second.id)")
            _ = try await browser.post(
                "/triage/\(second.id)/decide",
                ["decision": "confirm", "label": "insult\u{202E}x"]
            )
            #expect(try await browser.get("/triage/next").headers[.location] == "/triage?done=1")
            let list = try await browser.get("/triage").text
            #expect(!list.contains("/triage/\(first.id)\""))
            #expect(list.contains("matters"))
            #expect(try await browser.get("/triage?dismissed=1").text.contains("/triage/\(first.id)\""))
            let odd = try await browser.post("/triage/\(second.id)/decide", ["decision": "delete"])
            #expect(odd.status == .badRequest)
            #expect(try await browser.post("/triage/999/decide", ["decision": "confirm"]).status == .notFound)
        }
        #expect(try vault.reopen().itemCount == 2)
    }

    @Test("a label is one short line with no invisible characters")
    func labels() {
        #expect(FormText.line("  threat\n", limit: 80) == "threat")
        #expect(FormText.line("a\u{202E}b\u{200B}c", limit: 80) == "abc")
        #expect(FormText.line(String(repeating: "x", count: 500), limit: 80)?.count == 80)
        #expect(FormText.line("   ", limit: 80) == nil)
    }

    @Test("highlights merge overlapping spans and ignore ones outside the text")
    func highlights() {
        let segments = Highlight.segments(
            of: "abcdef🔪gh",
            spans: [("a", 1, 3), ("b", 2, 4), ("c", 6, 7), ("bad", 5, 99), ("back", 4, 2)]
        )
        #expect(segments.map(\.text) == ["a", "bcd", "ef", "🔪", "gh"])
        #expect(segments.map(\.mark) == [false, true, false, true, false])
        #expect(segments[1].label == "a, b")
        let hidden = Highlight.segments(of: "x\u{202E}y", spans: [("z", 1, 2)])
        #expect(hidden.map(\.text) == ["x", "\\u{202E}", "y"])
    }
}
