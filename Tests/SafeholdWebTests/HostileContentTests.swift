import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Mustache
import NIOCore
import SafeholdCore
import SafeholdTestSupport
import SafeholdVault
import Testing

@testable import SafeholdWeb

@Suite("Imported content never becomes live markup")
struct HostileContentTests {
    static let payloads = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "javascript:alert(document.cookie)",
        "<svg onload=alert(1)><use href=\"data:image/svg+xml,x\"/></svg>",
        "'><iframe srcdoc=\"<script>alert(2)</script>\">",
        "\"\u{301} autofocus onfocus=alert(3) x=\"",
        "{{nonce}} {{{body}}} {{csrf}}",
        "\u{202E}gpj.exe",
    ]

    /// A quote followed by a combining accent: one Swift character that is not `"`.
    static let combiningQuote = "\"\u{301}"

    /// Seals one message whose every field carries a payload, and an SVG file.
    static func hostileVault() throws -> TestVault {
        let vault = try TestVault()
        for payload in payloads {
            var record = NormalizedRecord(
                kind: .message,
                platform: Platform("whatsapp")!,
                location: RecordLocation(path: payload)
            )
            record.text = payload
            record.author = AccountRef(handle: payload, displayName: payload)
            record.url = payload
            record.conversationTitle = payload
            record.platformID = payload
            let source = ItemSource(
                kind: .export,
                fileName: payload,
                pathInArchive: payload,
                importer: "test",
                importerVersion: "1"
            )
            let details = ItemDetails(platform: Platform("whatsapp"), url: payload, author: payload, note: payload)
            _ = try vault.vault.seal([
                NewItem(
                    content: .bytes(Array(payload.utf8)),
                    mediaType: .plainText,
                    source: source,
                    details: details,
                    record: record
                )
            ])
        }
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(4)\"><script>alert(5)</script></svg>"
        let source = ItemSource(kind: .file, fileName: "picture.svg", importer: "test", importerVersion: "1")
        _ = try vault.vault.seal([
            NewItem(
                content: .bytes(Array(svg.utf8)),
                mediaType: MediaType("image/svg+xml"),
                source: source,
                details: ItemDetails()
            )
        ])
        return vault
    }

    /// Whether a page has markup that did not come from the project's templates.
    static func expectInert(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        // Payloads without HTML's special characters (a `javascript:` text, mustache braces) are
        // harmless as text and may appear as they are.
        for payload in payloads where payload.unicodeScalars.contains(where: { "<>\"'".unicodeScalars.contains($0) }) {
            #expect(!html.contains(payload), sourceLocation: sourceLocation)
        }
        for tag in ["<img", "<svg", "<iframe", "<use"] {
            #expect(!html.lowercased().contains(tag), sourceLocation: sourceLocation)
        }
        #expect(
            html.components(separatedBy: "<script").count == 3,
            "only the project's own script",
            sourceLocation: sourceLocation
        )
        #expect(!html.contains(combiningQuote), sourceLocation: sourceLocation)
        #expect(!html.contains("href=\"javascript"), sourceLocation: sourceLocation)
        #expect(!html.contains("\u{202E}"), sourceLocation: sourceLocation)
    }

    @Test("the list, every item page and every revealed text show payloads as text")
    func pagesStayInert() async throws {
        let vault = try Self.hostileVault()
        try await WebFixture(vault: vault).run { browser in
            _ = try await browser.get("/unlock")
            _ = try await browser.post("/unlock", ["passphrase": "copper lantern walks quietly north"])
            let list = try await browser.get("/items").text
            Self.expectInert(list)
            #expect(list.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            Self.expectInert(try await browser.get("/").text)
            for id in 1...(Self.payloads.count + 1) {
                let page = try await browser.get("/items/\(id)").text
                Self.expectInert(page)
                let revealed = try await browser.post("/items/\(id)/reveal")
                #expect(revealed.status == .ok)
                Self.expectInert(revealed.text)
            }
            let shown = try await browser.post("/items/1/reveal").text
            #expect(shown.contains("<div class=\"message\">&lt;script&gt;alert(1)&lt;/script&gt;</div>"))
        }
    }

    @Test("an item's text stays hidden until the person asks")
    func textHiddenUntilAsked() async throws {
        let vault = try TestVault()
        try vault.addText("a message the person does not want to see by accident")
        try await WebFixture(vault: vault).run { browser in
            _ = try await browser.get("/unlock")
            _ = try await browser.post("/unlock", ["passphrase": "copper lantern walks quietly north"])
            #expect(!(try await browser.get("/items").text.contains("by accident")))
            let page = try await browser.get("/items/1").text
            #expect(!page.contains("by accident"))
            #expect(page.contains("Show the text"))
            #expect(page.contains(try vault.vault.item(EvidenceID(1)).sha256.hex))
            #expect(try await browser.post("/items/1/reveal").text.contains("by accident"))
        }
    }

    @Test("originals, SVG included, only ever arrive as downloads")
    func originalsAreDownloads() async throws {
        let vault = try Self.hostileVault()
        let svgID = 1 + Self.payloads.count
        try await WebFixture(vault: vault).run { browser in
            _ = try await browser.get("/unlock")
            _ = try await browser.post("/unlock", ["passphrase": "copper lantern walks quietly north"])
            let response = try await browser.get("/items/\(svgID)/original")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/octet-stream")
            #expect(response.headers[.contentDisposition] == "attachment; filename=\"item-\(svgID).bin\"")
            #expect(response.text.hasPrefix("<svg"))
            #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
        }
    }

    @Test("the escaping looks at each scalar: a quote with a combining accent is still escaped")
    func combiningQuote() throws {
        _ = try Pages.load(title: "Notes", quickExitURL: "https://example.org/")
        let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: SAFEHOLD_HTML }}<a title=\"{{v}}\">")
        let html = template.render(["v": "\"\u{301} onfocus=alert(1) x=\"<>&'"])
        #expect(html == "<a title=\"&quot;\u{301} onfocus=alert(1) x=&quot;&lt;&gt;&amp;&#39;\">")
    }

    @Test("escaping a megabyte of quotes and emoji takes linear time")
    func longInput() {
        let long = String(repeating: "\"😀<", count: 300_000)
        let escaped = HTMLEscape.text(long)
        #expect(escaped.unicodeScalars.count == 300_000 * (6 + 1 + 4))
    }

    @Test("the layout is the only template that inserts HTML unescaped, and only the rendered page")
    func onlyLayoutIsRaw() throws {
        for (name, text) in try Pages.templateSources() {
            let raw = text.components(separatedBy: "{{{").count - 1 + text.components(separatedBy: "{{&").count - 1
            #expect(raw == (name == "layout" ? 1 : 0), "template \(name)")
        }
    }
}
