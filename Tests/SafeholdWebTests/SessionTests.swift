import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SafeholdTestSupport
import SafeholdVault
import Testing

@testable import SafeholdWeb

@Suite("Sessions: cookies, unlocking, expiry and locking")
struct SessionTests {
    static let passphrase = "copper lantern walks quietly north"

    @Test("the session cookie is HttpOnly, SameSite=Strict, Path=/, without an expiry date")
    func cookieAttributes() async throws {
        let vault = try TestVault()
        try await WebFixture(vault: vault).run { browser in
            let response = try await browser.get("/unlock")
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("safehold_session=") })
            let attributes = cookie.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            #expect(attributes.contains("httponly"))
            #expect(attributes.contains("samesite=strict"))
            #expect(attributes.contains("path=/"))
            #expect(!attributes.contains { $0.hasPrefix("expires") || $0.hasPrefix("max-age") })
            let id = try #require(await browser.cookie)
            #expect(id.count == 43)  // 256 bits, base64url
        }
    }

    @Test("unlocking gives a new session id; the id from before unlocking opens nothing")
    func unlockRotatesSession() async throws {
        let vault = try TestVault()
        try await WebFixture(vault: vault).run { browser in
            _ = try await browser.get("/unlock")
            let before = try #require(await browser.cookie)
            let response = try await browser.post("/unlock", ["passphrase": Self.passphrase])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/")
            let after = try #require(await browser.cookie)
            #expect(after != before)
            #expect(try await browser.get("/").status == .ok)
            await browser.use(cookie: before)
            #expect(try await browser.get("/").headers[.location] == "/unlock")
        }
    }

    @Test("locking ends the session and asks the browser to forget everything")
    func lockEndsSession() async throws {
        let vault = try TestVault()
        try await WebFixture(vault: vault).run { browser in
            _ = try await browser.get("/unlock")
            _ = try await browser.post("/unlock", ["passphrase": Self.passphrase])
            let unlocked = try #require(await browser.cookie)
            _ = try await browser.get("/")
            let response = try await browser.post("/lock")
            #expect(response.status == .ok)
            #expect(response.headers[HTTPField.Name("Clear-Site-Data")!] == "\"cache\", \"cookies\", \"storage\"")
            #expect(response.text.contains("locked"))
            await browser.use(cookie: unlocked)
            #expect(try await browser.get("/items").headers[.location] == "/unlock")
        }
    }

    @Test("quick exit locks and leaves for the neutral site, even from a stale page")
    func quickExit() async throws {
        let vault = try TestVault()
        try await WebFixture(vault: vault).run { browser in
            _ = try await browser.get("/unlock")
            _ = try await browser.post("/unlock", ["passphrase": Self.passphrase])
            let unlocked = try #require(await browser.cookie)
            let response = try await browser.post("/exit", token: .some("stale"))
            #expect(response.status == .ok)
            #expect(response.headers[HTTPField.Name("Clear-Site-Data")!] != nil)
            #expect(response.text.contains("http-equiv=\"refresh\" content=\"0;url=https://www.wikipedia.org/\""))
            await browser.use(cookie: unlocked)
            #expect(try await browser.get("/").headers[.location] == "/unlock")
        }
    }

    @Test("every page has the quick-exit button; the unlocked ones also a lock button")
    func quickExitEverywhere() async throws {
        let vault = try TestVault()
        try await WebFixture(vault: vault).run { browser in
            let locked = try await browser.get("/unlock").text
            #expect(locked.contains("id=\"quick-exit\"") && !locked.contains("action=\"/lock\""))
            _ = try await browser.post("/unlock", ["passphrase": Self.passphrase])
            for path in ["/", "/items", "/import"] {
                let page = try await browser.get(path).text
                #expect(page.contains("id=\"quick-exit\"") && page.contains("action=\"/lock\""))
                #expect(page.contains("<title>Notes</title>"))
            }
        }
    }

    @Test("an idle session ends, and so does any session past its absolute limit")
    func expiry() async {
        let store = SessionStore(idleTimeout: .seconds(60), absoluteTimeout: .seconds(300))
        let start = Date(timeIntervalSince1970: 1_000_000)
        let idle = await store.start(now: start)
        #expect(await store.find(idle.id, now: start.addingTimeInterval(59)) != nil)
        #expect(await store.find(idle.id, now: start.addingTimeInterval(59 + 61)) == nil)
        let busy = await store.start(now: start)
        var time = start
        while time < start.addingTimeInterval(290) {
            time.addTimeInterval(30)
            #expect(await store.find(busy.id, now: time) != nil)
        }
        #expect(await store.find(busy.id, now: start.addingTimeInterval(301)) == nil)
    }

    @Test("sessions that never unlocked are capped, oldest first; unlocked ones are kept")
    func lockedSessionsCapped() async throws {
        let vault = try TestVault()
        let store = SessionStore(idleTimeout: .seconds(600), absoluteTimeout: .seconds(6000), lockedCapacity: 4)
        let now = Date()
        let owner = await store.unlock(replacing: nil, access: .init(role: .owner, vault: vault.vault), now: now)
        var ids: [String] = []
        for step in 0..<10 { ids.append(await store.start(now: now.addingTimeInterval(Double(step))).id) }
        #expect(await store.count == 5)
        #expect(await store.find(owner.id, now: now.addingTimeInterval(20))?.access?.role == .owner)
        #expect(await store.find(ids[0], now: now.addingTimeInterval(20)) == nil)
        #expect(await store.find(ids[9], now: now.addingTimeInterval(20)) != nil)
    }
}
