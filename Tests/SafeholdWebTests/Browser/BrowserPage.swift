import Foundation
import Testing

/// A browser test's view of the app: opening pages, filling forms, and the checks every page passes.
struct BrowserPage: Sendable {
    /// The WebDriver session, for anything the helpers below do not cover.
    let driver: WebDriverSession
    /// The app's origin, such as `http://127.0.0.1:41234`.
    let origin: String
    /// Where this test's screenshots go.
    let screenshots: ScreenshotFolder
    /// Where the browser saves downloads.
    let downloads: URL

    // MARK: Moving around

    /// Opens a path of the app, such as `/items?page=2`.
    func open(_ path: String) async throws { try await driver.navigate(origin + path) }

    /// The path (and query) of the page the browser shows, or the whole address when it left the app.
    func path() async throws -> String {
        let url = try await driver.currentURL()
        return url.hasPrefix(origin) ? String(url.dropFirst(origin.count)) : url
    }

    /// Types into the field `css` (after clearing nothing: fields start empty in these flows).
    func fill(_ css: String, _ text: String) async throws {
        try await driver.sendKeys(text, to: try await driver.find(css))
    }

    /// Clicks the element `css` and, when it `navigates`, waits until the next page has loaded.
    func click(_ css: String, navigates: Bool = true) async throws {
        try await clickAndWait(try await driver.find(css), navigates: navigates)
    }

    /// Clicks, then waits up to 10 seconds for a new document (chromedriver may return as soon as a
    /// form's navigation starts).
    private func clickAndWait(_ element: ElementHandle, navigates: Bool) async throws {
        guard navigates else { return try await driver.click(element) }
        _ = try await driver.execute("window.__leaving = true;")
        try await driver.click(element)
        let loaded = try await wait {
            try await driver.execute("return !window.__leaving && document.readyState === 'complete';").bool == true
        }
        if !loaded { throw WebDriverError(code: "timeout", message: "the page after the click did not load") }
    }

    /// Clicks the first link or button whose visible text is `text`.
    func click(text: String, navigates: Bool = true) async throws {
        let found = try await driver.execute(
            """
            const wanted = arguments[0];
            return [...document.querySelectorAll('a, button')].find(e => e.textContent.trim() === wanted) || null;
            """,
            [.string(text)]
        )
        guard let id = found[ElementHandle.key]?.string else {
            throw WebDriverError(code: "no such element", message: "nothing to click reads \"\(text)\"")
        }
        try await clickAndWait(ElementHandle(id: id), navigates: navigates)
    }

    /// The visible text of the element `css` (`main` by default).
    func text(_ css: String = "main") async throws -> String { try await driver.text(of: try await driver.find(css)) }

    /// The `main` heading of the page.
    func heading() async throws -> String { try await text("h1") }

    /// Waits until `condition` holds, checking every 100 ms for at most `seconds`.
    func wait(seconds: Double = 10, until condition: @Sendable () async throws -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if (try? await condition()) == true { return true }
            try await Task.sleep(for: .milliseconds(100))
        } while Date() < deadline
        return false
    }

    // MARK: Flows

    /// Makes the vault on the "create" page and returns the recovery code shown.
    func createVault(passphrase: String = BrowserHarness.passphrase) async throws -> String {
        try await open("/create")
        try await check("create")
        try await fill("#passphrase", passphrase)
        try await fill("#confirm", passphrase)
        try await click("form[action='/create'] button[type=submit]")
        try await check("created")
        return try await text(".code")
    }

    /// Unlocks the vault with the form, as a person would.
    func unlock(passphrase: String = BrowserHarness.passphrase) async throws {
        try await open("/unlock")
        try await fill("#passphrase", passphrase)
        try await click("form[action='/unlock'] button[type=submit]")
    }

    /// Imports a file through the import page and returns the summary's text.
    func importFile(_ file: URL, shot: String) async throws -> String {
        try await open("/import")
        try await check("import")
        try await fill("#file", file.path)
        try await click("form[action='/import'] button[type=submit]")
        try await check(shot)
        return try await text()
    }

    /// Locks with the header's button.
    func lock() async throws { try await click("form[action='/lock'] button") }

    // MARK: Checks

    /// Saves a screenshot named `name`, then checks what every page must pass: no payload ran, no
    /// dialog opened, every form field has a label, all text has WCAG 2.2 AA contrast.
    func check(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let dialog = try await driver.openDialogText()
        #expect(dialog == nil, "a dialog opened on \(name): \(dialog ?? "")", sourceLocation: sourceLocation)
        if dialog != nil { return }
        try await saveScreenshot(name)
        let ran = try await sentinel()
        #expect(ran == nil, "a payload ran on \(name): window.__pwned = \(ran ?? "")", sourceLocation: sourceLocation)
        let unlabelled = try await unlabelledFields()
        #expect(unlabelled.isEmpty, "fields without a label on \(name): \(unlabelled)", sourceLocation: sourceLocation)
        let faint = try await lowContrastText()
        #expect(faint.isEmpty, "text below WCAG AA contrast on \(name): \(faint)", sourceLocation: sourceLocation)
    }

    /// Saves a screenshot of what the window shows now.
    func saveScreenshot(_ name: String) async throws {
        try await screenshots.save(try await driver.screenshot(), name: name)
    }

    /// What the payloads would have set `window.__pwned` to had one of them run, or `nil`.
    func sentinel() async throws -> String? {
        try await driver.execute("return window.__pwned === undefined ? null : String(window.__pwned);").string
    }

    /// The fields (not hidden ones) that have neither a `<label>` nor an `aria-label`, by id or name.
    func unlabelledFields() async throws -> [String] {
        let found = try await driver.execute(
            """
            return [...document.querySelectorAll('input, select, textarea')]
              .filter(e => e.type !== 'hidden')
              .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
              .map(e => e.id || e.name || e.outerHTML.slice(0, 80));
            """
        )
        return (found.array ?? []).compactMap(\.string)
    }

    /// The id (or tag and text) of the element with the keyboard focus.
    func focused() async throws -> String {
        try await driver.execute(
            """
            const e = document.activeElement;
            if (!e || e === document.body) return 'body';
            return e.id ? '#' + e.id : e.tagName.toLowerCase() + ':' + e.textContent.trim();
            """
        ).string ?? ""
    }
}
