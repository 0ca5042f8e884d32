import Foundation
import HTTPTypes
import HummingbirdTesting
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
            #expect(words.contains("1 item(s) found."))
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
}
