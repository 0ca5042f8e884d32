import Foundation
import Testing

@testable import SafeholdDocuments

@Suite("HTMLReport")
struct HTMLReportTests {
    @Test("escapes every hostile payload so that nothing from the input becomes markup")
    func escapesHostileInput() {
        let html = HTMLReport.render(SampleReports.hostileModel)
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<svg onload"))
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("<b onmouseover"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;/style&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&lt;/title&gt;&lt;script&gt;alert(4)&lt;/script&gt;"))
        #expect(html.components(separatedBy: "</style>").count == 2)
        #expect(html.contains("<title>&lt;/title&gt;&lt;script&gt;alert(4)&lt;/script&gt;</title>"))
    }

    @Test("has no event handler attributes at all")
    func noEventHandlers() throws {
        let html = HTMLReport.render(SampleReports.hostileModel)
        let pattern = try NSRegularExpression(pattern: "<[^>]*\\son[a-z]+\\s*=", options: [.caseInsensitive])
        let range = NSRange(html.startIndex..., in: html)
        #expect(pattern.numberOfMatches(in: html, range: range) == 0)
    }

    @Test("shows control characters and direction overrides by name instead of passing them through")
    func namesHiddenCharacters() {
        let html = HTMLReport.render(SampleReports.hostileModel)
        for scalar: Unicode.Scalar in [
            "\u{0}", "\u{7}", "\u{202E}", "\u{202C}", "\u{2066}", "\u{2069}", "\u{FEFF}", "\u{200B}",
        ] {
            #expect(!html.unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16)) passed through")
        }
        #expect(html.contains("[U+202E RIGHT-TO-LEFT OVERRIDE]"))
        #expect(html.contains("[U+0000 NULL]"))
    }

    @Test("loads nothing from elsewhere and links only plain web addresses")
    func noExternalLoads() throws {
        let html = HTMLReport.render(SampleReports.many(12))
        let lower = html.lowercased()
        let source = try NSRegularExpression(
            pattern: "<[^>]*\\s(src|srcset|poster|data)\\s*=",
            options: [.caseInsensitive]
        )
        #expect(source.numberOfMatches(in: html, range: NSRange(html.startIndex..., in: html)) == 0)
        #expect(!lower.contains("@import"))
        #expect(!lower.contains("url("))
        #expect(!lower.contains("<link"))
        let hrefs = try NSRegularExpression(pattern: "href=\"([^\"]*)\"")
        let matches = hrefs.matches(in: html, range: NSRange(html.startIndex..., in: html))
        #expect(!matches.isEmpty)
        for match in matches {
            let value = String(html[Range(match.range(at: 1), in: html)!])
            #expect(value.hasPrefix("https://www.instagram.com/"), "unexpected link \(value)")
        }
        #expect(html.components(separatedBy: "rel=\"noreferrer noopener\"").count == matches.count + 1)
        #expect(html.contains("<span class=\"link\">javascript:alert(1)</span>"))
    }

    @Test("keeps a link with a quote in it as text")
    func quotedLinkIsText() {
        let html = HTMLReport.render(SampleReports.hostileModel)
        #expect(!html.contains("href=\"https://example.org"))
        #expect(html.contains("https://example.org/&quot;onclick=&quot;x"))
    }

    @Test(
        "includes every script exactly as written",
        arguments: [
            SampleReports.latin, SampleReports.cyrillic, SampleReports.arabic, SampleReports.cjk, SampleReports.emoji,
        ]
    )
    func keepsScripts(text: String) {
        #expect(HTMLReport.render(SampleReports.scripts).contains(text))
    }

    @Test("writes the introduction for each audience", arguments: Audience.allCases)
    func audienceIntroduction(audience: Audience) {
        let html = HTMLReport.render(SampleReports.model(audience, exhibits: []))
        #expect(html.contains(HTMLEscape.text(ReportWording.documentKind(audience))))
        #expect(html.contains("There are no exhibits in this report."))
    }

    @Test("draws the chart as inline SVG with one legend entry per kind")
    func chart() {
        let html = HTMLReport.render(SampleReports.scripts)
        #expect(html.contains("<svg class=\"chart\""))
        #expect(html.contains(">Threat</text>"))
        #expect(html.contains(">Surveillance</text>"))
    }

    @Test("marks redactions by position and lists what was hidden")
    func redactions() {
        let redacted = Redaction.apply(
            to: "Tell Alex I said [redacted: fake] hello",
            spans: [RedactionSpan(range: ScalarRange(start: 5, end: 9), label: "a friend's name")]
        )
        var exhibit = SampleReports.exhibit(1, text: redacted.text)
        exhibit.redactionMarkers = redacted.markers
        exhibit.redactions = ["a friend's name"]
        let html = HTMLReport.render(SampleReports.model(exhibits: [exhibit]))
        #expect(html.contains("<span class=\"redacted\">[redacted: a friend&#39;s name]</span>"))
        #expect(!html.contains("<span class=\"redacted\">[redacted: fake]"))
        #expect(html.contains("What was hidden in this report"))
        #expect(!html.contains("Alex"))
    }

    @Test("renders a one-megabyte line and a hundred thousand emoji in linear time")
    func longInput() {
        let line = String(repeating: "a<", count: 500_000)
        let emoji = String(repeating: "😡", count: 100_000)
        let start = ContinuousClock.now
        let html = HTMLReport.render(SampleReports.model(exhibits: [SampleReports.exhibit(1, text: line + emoji)]))
        #expect(html.contains(String(repeating: "a&lt;", count: 1000)))
        #expect(ContinuousClock.now - start < .seconds(20))
    }
}
