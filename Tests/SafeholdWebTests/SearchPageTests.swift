import Foundation
import HTTPTypes
import HummingbirdTesting
import Safehold
import SafeholdCore
import SafeholdTestSupport
import SafeholdVault
import Testing

@testable import SafeholdWeb

@Suite("Pages: search")
struct SearchPageTests {
    @Test("search finds words, senders and platforms without showing the words; a hostile query stays text")
    func search() async throws {
        let vault = try TestVault()
        try vault.addText("Meet me at the Harbour café", details: ItemDetails(platform: Platform("instagram"), author: "Rowan"))
        try vault.addText("nothing here", details: ItemDetails(author: "Sam"))
        try await WebFixture(vault: vault).runUnlocked { browser in
            let words = try await browser.get("/search?q=HARBOUR%20CAF%C3%89").text
            #expect(words.contains("1 item found."))
            #expect(words.contains("/items/1\""))
            #expect(!words.contains("Meet me"))
            #expect(try await browser.get("/search?q=sam").text.contains("/items/2\""))
            #expect(try await browser.get("/search?q=instagram").text.contains("/items/1\""))
            #expect(try await browser.get("/search?q=absent").text.contains("Nothing found"))
            let hostile = try await browser.get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").text
            #expect(!hostile.contains("<script>alert"))
            #expect(hostile.contains("&lt;script&gt;"))
            #expect(PageChecks.fieldsAreLabelled(hostile))
        }
    }

    @Test("the byte search finds a needle anywhere, at the edges, and not where it is not")
    func contains() {
        func has(_ hay: String, _ needle: String) -> Bool { CaseSnapshot.contains(Array(hay.utf8), Array(needle.utf8)) }
        #expect(has("abc", "abc"))
        #expect(has("xxabc", "abc"))
        #expect(has("abcxx", "abc"))
        #expect(has("aababc", "abc"))
        #expect(!has("ab", "abc"))
        #expect(!has("abdabd", "abc"))
        #expect(has(String(repeating: "a", count: 10_000) + "b", "aab"))
        #expect(!has(String(repeating: "a", count: 10_000), "aab"))
    }

    @Test("a snapshot brought up to date after imports, analysis, decisions and a withdrawn finding equals one read anew")
    func updatedEqualsFresh() throws {
        let test = try TestVault()
        let analyzer = try TextAnalyzer.shipped()
        try test.addText("I know where you live and I will kill you", details: ItemDetails(platform: Platform("sms")))
        try test.addText("see you at the game on saturday")
        try test.addText("you are a worthless idiot")
        _ = try AnalysisWorkflow(vault: test.vault, analyzer: analyzer).run(all: false)
        let first = try CaseSnapshot.read(test.vault)
        #expect(first.queue.count == 2)

        // New items, a second analysis, and decisions, all after the first snapshot.
        try test.addText("send me nudes or I will post your pictures", details: ItemDetails(platform: Platform("x")))
        try test.addText("2002", details: ItemDetails(author: "2002"))
        _ = try AnalysisWorkflow(vault: test.vault, analyzer: analyzer).run(all: false)
        try TriageQueue(vault: test.vault).decide(first.queue[0].id, .dismissed, label: nil)
        try TriageQueue(vault: test.vault).decide(first.queue[1].id, .confirmed, label: "insult")
        // A finding withdrawn, as a re-analysis does when an item no longer reads as harmful.
        let withdrawn = first.queue[1].id
        try test.vault.annotate([Annotation(kind: Finding.kind, key: "item:\(withdrawn)", about: [withdrawn], retracted: true)])

        let updated = try first.updated(test.vault)
        let fresh = try CaseSnapshot.read(test.vault)
        #expect(updated.logSize == fresh.logSize)
        #expect(updated.rows.map(\.id) == fresh.rows.map(\.id))
        #expect(updated.rows.map(\.from) == fresh.rows.map(\.from))
        #expect(updated.searchable == fresh.searchable)
        #expect(updated.kinds.map(\.name) == fresh.kinds.map(\.name) && updated.kinds.map(\.count) == fresh.kinds.map(\.count))
        #expect(updated.platforms == fresh.platforms)
        #expect(updated.queue.map(\.id) == fresh.queue.map(\.id))
        #expect(updated.queue.map(\.decision) == fresh.queue.map(\.decision))
        #expect(updated.queue.map(\.severity) == fresh.queue.map(\.severity))
        #expect(!updated.queue.contains { $0.id == withdrawn })
        #expect(updated.queue.count == 2)
        #expect(updated.rows.count == 5)
        // Nothing new: the same snapshot.
        #expect(try updated.updated(test.vault).logSize == updated.logSize)
    }
}
