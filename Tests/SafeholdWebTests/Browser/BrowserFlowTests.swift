import Foundation
import HTTPTypes
import SafeholdCore
import SafeholdTestSupport
import Testing

@testable import SafeholdWeb

/// The main flows, driven through headless Chromium. Without chromedriver these tests fail and say
/// what to install, unless `SAFEHOLD_SKIP_BROWSER=1` is set.
@Suite(
    "In a real browser",
    .serialized,
    .enabled(if: !ChromeDriver.skipRequested, "SAFEHOLD_SKIP_BROWSER=1 leaves out the browser tests"),
    .timeLimit(.minutes(3))
)
struct BrowserFlowTests {
    @Test("making a vault shows the recovery code once; locking and opening again leads home")
    func createLockUnlock() async throws {
        try await BrowserHarness.run("create-lock-unlock") { page in
            let code = try await page.createVault()
            #expect(code.range(of: "^[0-9A-Z]{4,}(-[0-9A-Z]{4,})+$", options: .regularExpression) != nil)
            try await page.click(text: "I have written it down")
            try await page.check("home-empty")
            #expect(try await page.heading() == "This week at a glance")
            #expect(try await page.text().contains("0 items sealed"))
            try await page.lock()
            try await page.check("locked")
            #expect(try await page.heading() == "Locked")
            try await page.open("/items")
            #expect(try await page.path() == "/unlock")
            try await page.unlock(passphrase: "not the right words at all")
            try await page.check("unlock-wrong")
            #expect(try await page.text(".notice").contains("did not open the vault"))
            try await page.unlock()
            #expect(try await page.path() == "/")
            #expect(try await page.heading() == "This week at a glance")
        }
    }

    @Test("the triage: look through, go one at a time with the words hidden, reveal, decide; then a report downloads")
    func triageAndReport() async throws {
        let vault = try TestVault()
        try vault.addText("I will kill you", details: ItemDetails(platform: Platform("instagram"), author: "ex"))
        try vault.addText("you are a worthless idiot and everyone knows it", details: ItemDetails(author: "ex"))
        try await BrowserHarness.run("triage-report", vault: vault) { page in
            try await page.unlock()
            try await page.open("/triage")
            try await page.click(text: "Look through new items")
            try await page.check("triage-list")
            #expect(try await page.text().contains("Safehold looked through 2 items."))
            #expect(!(try await page.text()).contains("kill"))
            try await page.click(text: "Go through them one at a time (2 left)")
            try await page.check("triage-item-hidden")
            #expect(!(try await page.text()).contains("kill"))
            try await page.click(text: "Show the words")
            try await page.check("triage-item-revealed")
            #expect(try await page.text(".message").contains("kill"))
            #expect(try await page.driver.findAll(".message mark").count >= 1)
            try await page.click(text: "This matters")
            try await page.check("triage-next")
            try await page.click(text: "Set it aside")
            try await page.check("triage-done")
            #expect(try await page.heading() == "What needs your attention")
            #expect(try await page.text().contains("matters"))
            try await page.open("/reports")
            try await page.check("reports")
            try await page.click(text: "Make the report", navigates: false)
            let arrived = try await page.wait(seconds: 30) {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: page.downloads.path)) ?? []
                return names.contains { $0.hasPrefix("report-police-") && $0.hasSuffix(".pdf") }
            }
            #expect(arrived, "the report should arrive as a download")
            let names = try FileManager.default.contentsOfDirectory(atPath: page.downloads.path)
            if let name = names.first(where: { $0.hasSuffix(".pdf") }) {
                let bytes = try Data(contentsOf: page.downloads.appendingPathComponent(name))
                #expect(bytes.starts(with: Array("%PDF-".utf8)))
            }
            #expect(try await page.path() == "/reports")
        }
    }

    @Test("a chat and an SVG whose names and messages are markup import, list and reveal as plain text")
    func hostileImportStaysInert() async throws {
        let vault = try TestVault()
        let files = try HostileExport.write(into: vault.home.path("upload"))
        try await BrowserHarness.run("hostile-import", vault: vault) { page in
            try await page.unlock()
            try await page.check("home")
            let chat = try await page.importFile(files.chat, shot: "imported-chat")
            #expect(chat.contains("message: \(HostileExport.messages.count)"))
            let svg = try await page.importFile(files.svg, shot: "imported-svg")
            #expect(svg.contains("Imported"))
            try await page.open("/items")
            try await page.check("items")
            let list = try await page.text("table")
            for sender in HostileExport.senders { #expect(list.contains(sender)) }
            let shown = try await Self.revealEveryMessage(page)
            // The SVG is sealed as text, so its markup is shown as words too.
            #expect(Set(shown) == Set(HostileExport.messages + [HostileExport.svg]))
            #expect(try await page.driver.findAll("a[href^='javascript' i], iframe, svg, img").isEmpty)
        }
    }

    /// Opens every item, shows its text where it has one, checks both pages, and returns the texts shown.
    static func revealEveryMessage(_ page: BrowserPage) async throws -> [String] {
        let ids =
            try await page.driver.execute(
                "return [...document.querySelectorAll('tbody a')].map(a => a.textContent.trim());"
            ).array?.compactMap(\.string) ?? []
        #expect(ids.count == HostileExport.messages.count + 2)  // the messages, the chat file, the SVG
        var shown = [String]()
        for id in ids {
            try await page.open("/items/\(id)")
            try await page.check("item-\(id)")
            guard try await !page.driver.findAll("form[action$='/reveal'] button").isEmpty else { continue }
            try await page.click("form[action$='/reveal'] button")
            try await page.check("item-\(id)-revealed")
            let text = try await page.text(".message")
            if text.contains("\n") { continue }  // the chat file itself, shown whole
            shown.append(text)
        }
        return shown
    }

    @Test("an imported SVG is only ever a download: the file is saved and the page does not change")
    func originalsDownloadOnly() async throws {
        let vault = try TestVault()
        let files = try HostileExport.write(into: vault.home.path("upload"))
        try await BrowserHarness.run("download-only", vault: vault) { page in
            try await page.unlock()
            _ = try await page.importFile(files.svg, shot: "imported-svg")
            try await page.open("/items/1")
            try await page.click(text: "Download the original", navigates: false)
            let saved = page.downloads.appendingPathComponent("item-1.bin")
            let arrived = try await page.wait { FileManager.default.fileExists(atPath: saved.path) }
            #expect(arrived, "the original was not saved as a download")
            #expect(try await page.path() == "/items/1")
            try await page.check("item-after-download")
            if arrived { #expect(try Data(contentsOf: saved) == Data(HostileExport.svg.utf8)) }
            // Opening the original's address directly downloads it again; it never becomes a page.
            try await page.open("/items/1/original")
            try await page.check("after-opening-original")
            let root = try await page.driver.execute("return document.documentElement.tagName.toLowerCase();")
            #expect(root.string == "html")
        }
    }

    @Test(
        "quick exit leaves for the configured page, ends the session, and Back shows no vault",
        arguments: [
            QuickExitWay.button, .shiftThreeTimes,
        ]
    )
    func quickExit(way: QuickExitWay) async throws {
        let vault = try TestVault()
        try vault.addText("a message that must not stay on the screen")
        try await BrowserHarness.run("quick-exit-\(way)", vault: vault) { page in
            try await page.unlock()
            try await page.open("/items")
            let cookie = try #require(try await page.driver.cookie(named: SessionMiddleware.cookieName))
            switch way {
            case .button: try await page.click("#quick-exit button", navigates: false)
            case .shiftThreeTimes: try await page.driver.press(Array(repeating: WebDriverSession.Key.shift, count: 3))
            }
            let exit = page.origin + BrowserHarness.exitPath
            #expect(try await page.wait { try await page.driver.currentURL() == exit }, "did not leave for \(exit)")
            try await page.saveScreenshot("after-exit")
            #expect(try await page.wait { try await Self.opensVault(page.origin, cookie: cookie) == false })
            try await page.driver.back()
            try await page.saveScreenshot("after-back")
            #expect(!(try await page.driver.pageSource().contains("must not stay")))
            try await page.open("/items")
            #expect(try await page.path() == "/unlock")
        }
    }

    /// How quick exit is triggered.
    enum QuickExitWay: String, Sendable, CustomStringConvertible {
        case button, shiftThreeTimes
        var description: String { rawValue }
    }

    /// Whether the session cookie `cookie` still opens the items page, asked from outside the browser.
    static func opensVault(_ origin: String, cookie: String) async throws -> Bool {
        let port = Int(origin.split(separator: ":").last ?? "") ?? 80
        let reply = try await LoopbackHTTP.send(
            port: port,
            .get,
            "/items",
            headers: [.cookie: "\(SessionMiddleware.cookieName)=\(cookie)"]
        )
        return String(decoding: reply.body, as: UTF8.self).contains("<h1>Items</h1>")
    }

    @Test("the checks every page passes do notice a payload that ran, a field without a label and faint text")
    func checksCanFail() async throws {
        try await BrowserHarness.run("checks-self-test") { page in
            let html = """
                <input id="unnamed"><label>Named <input id="named"></label>\
                <p style="color:#bbb;background:#fff">faint words</p><p>dark words</p>\
                <script>window.__pwned = 'on purpose';</script>
                """
            try await page.driver.navigate("data:text/html," + html.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(try await page.sentinel() == "on purpose")
            #expect(try await page.unlabelledFields() == ["unnamed"])
            #expect(try await page.lowContrastText() == ["faint words (1.92)"])
        }
    }

    @Test("with the keyboard only: Tab reaches the passphrase and the button, and Enter opens the vault")
    func keyboardOnly() async throws {
        let vault = try TestVault()
        try await BrowserHarness.run("keyboard", vault: vault) { page in
            try await page.open("/unlock")
            try await page.check("unlock")
            var order = [try await page.focused()]
            for _ in 0..<6 {
                try await page.driver.press([WebDriverSession.Key.tab])
                order.append(try await page.focused())
            }
            let passphrase = try #require(order.firstIndex(of: "#passphrase"), "focus order: \(order)")
            let button = try #require(order.firstIndex(of: "button:Open"), "focus order: \(order)")
            #expect(passphrase < button, "focus order: \(order)")
            #expect(order.contains("button:Quick exit"), "focus order: \(order)")
            for _ in 0..<8 where try await page.focused() != "#passphrase" {
                try await page.driver.press([WebDriverSession.Key.tab])
            }
            try await page.driver.press(BrowserHarness.passphrase.map(String.init) + [WebDriverSession.Key.enter])
            #expect(try await page.wait { try await page.path() == "/" }, "Enter did not open the vault")
            try await page.check("home-by-keyboard")
        }
    }
}
