import Foundation
import HTTPTypes
import HummingbirdTesting
import SafeholdTestSupport
import Testing

@testable import SafeholdWeb

extension WebFixture {
    /// Runs `body` with a browser that has already unlocked the fixture's vault.
    func runUnlocked<Value: Sendable>(_ body: @escaping @Sendable (TestBrowser) async throws -> Value) async throws
        -> Value
    {
        try await run { browser in
            _ = try await browser.get("/unlock")
            let opened = try await browser.post("/unlock", ["passphrase": "copper lantern walks quietly north"])
            #expect(opened.status == .seeOther)
            // Unlocking starts a new session with a new form token; the home page hands it over.
            _ = try await browser.get("/")
            return try await body(browser)
        }
    }
}

/// Checks of a page's HTML that every page must pass.
enum PageChecks {
    /// Every POST form carries the session's own token, so a real browser's submit is accepted.
    static func formsCarryToken(_ html: String, token: String?) -> Bool {
        let forms = html.components(separatedBy: "<form").dropFirst()
        guard let token, !token.isEmpty else { return forms.isEmpty }
        return forms.allSatisfy { form in
            let tag = form.prefix { $0 != ">" }
            guard tag.contains("method=\"post\"") else { return true }
            let body = form.components(separatedBy: "</form>").first ?? ""
            return body.contains("name=\"csrf\" value=\"\(token)\"")
        }
    }

    /// Every input, select and text area that a person fills in has a label pointing at it.
    static func fieldsAreLabelled(_ html: String) -> Bool {
        let pattern = "<(input|select|textarea)[^>]*>"
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).allSatisfy { match in
            let tag = String(html[Range(match.range, in: html)!])
            if tag.contains("type=\"hidden\"") || tag.contains("type=\"submit\"") { return true }
            if tag.contains("aria-label=") { return true }
            guard let idRange = tag.range(of: "id=\"") else { return false }
            let id = tag[idRange.upperBound...].prefix { $0 != "\"" }
            return html.contains("for=\"\(id)\"")
        }
    }
}
