import Foundation
import Testing

@testable import SafeholdDocuments

@Suite("PDFReport")
struct PDFReportTests {
    @Test("writes a PDF whose cross-reference table, trailer and page tree are correct")
    func structure() throws {
        let pdf = try PDFReport.render(SampleReports.many(20))
        let checked = try PDFChecker(pdf)
        #expect(checked.pageCount >= 4)
    }

    @Test("survives text written to break PDF syntax")
    func hostile() throws {
        let pdf = try PDFReport.render(SampleReports.hostileModel)
        _ = try PDFChecker(pdf)
        let raw = try PDFChecker.decoded(pdf)
        #expect(!raw.contains("alert"), "input text must only appear as glyph ids and hex strings")
        #expect(raw.components(separatedBy: "%%EOF").count == 2)
    }

    @Test("renders the same model to the same bytes")
    func deterministic() throws {
        #expect(try PDFReport.render(SampleReports.scripts) == PDFReport.render(SampleReports.scripts))
    }

    @Test(
        "returns each script's text exactly through pdftotext",
        .enabled(if: Poppler.available, "skipped: pdftotext (poppler-utils) is not installed"),
        arguments: [
            SampleReports.latin, SampleReports.cyrillic, SampleReports.arabic, SampleReports.cjk, SampleReports.emoji,
        ]
    )
    func textLayer(text: String) throws {
        let extracted = try Poppler.text(PDFReport.render(SampleReports.scripts))
        #expect(Self.normalise(extracted).contains(Self.normalise(text)))
    }

    /// Removes the line breaks wrapping adds and the direction marks pdftotext puts around right-to-left text.
    static func normalise(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter { !["\n", "\u{C}", "\u{202B}", "\u{202C}", "\u{200F}"].contains($0) }
            )
        )
    }
}

@Suite("PDF text and fonts")
struct PDFTextTests {
    private func faces() throws -> [PDFFace] {
        let fonts = try PDFFonts.shared.get()
        return [
            PDFFace(font: fonts.regular, resource: "F1", baseName: "DejaVuSans"),
            PDFFace(font: fonts.bold, resource: "F2", baseName: "DejaVuSans-Bold"),
        ]
    }

    @Test("reads glyphs from cmap format 4 and format 12 and knows what the font lacks")
    func cmap() throws {
        let font = try PDFFonts.shared.get().regular
        #expect(font.glyph(for: "A") != nil)
        #expect(font.glyph(for: "ж") != nil)
        #expect(font.glyph(for: "\u{1F621}") != nil, "DejaVu Sans draws U+1F621 through its format 12 table")
        #expect(font.glyph(for: "我") == nil)
        #expect(font.glyph(for: "\u{1F52A}") == nil)
        #expect(font.width(of: font.glyph(for: "M")!) > font.width(of: font.glyph(for: "i")!))
    }

    @Test("draws a character the font lacks by its name and keeps the character as ActualText")
    func fallbackName() throws {
        var faces = try faces()
        let units = TextShaper.line("a🔪", faces: &faces, face: 0)
        #expect(units.count == 2)
        let named = units[1]
        #expect(named.style == .named)
        #expect(named.actualText == "🔪")
        let expected = "[U+1F52A HOCHO]".unicodeScalars.map { faces[0].font.glyph(for: $0)! }
        #expect(named.glyphs == expected)
        let pdf = try PDFReport.render(SampleReports.model(exhibits: [SampleReports.exhibit(1, text: "🔪")]))
        let raw = try PDFChecker.decoded(pdf)
        #expect(raw.contains("/ActualText <FEFFD83DDD2A>"))
        #expect(raw.contains(expected.map { PDFString.hex4($0) }.joined()))
    }

    @Test(
        "names a CJK character in the text drawn, while pdftotext still returns the character",
        .enabled(if: Poppler.available, "skipped: pdftotext (poppler-utils) is not installed")
    )
    func fallbackThroughPoppler() throws {
        let pdf = try PDFReport.render(SampleReports.model(exhibits: [SampleReports.exhibit(1, text: "我")]))
        let text = try Poppler.text(pdf)
        #expect(text.contains("我"))
        #expect(!text.contains("CJK UNIFIED IDEOGRAPH"))
    }

    @Test("wraps at spaces and cuts a word only when it is wider than the line")
    func wrapping() throws {
        var faces = try faces()
        let units = TextShaper.line("aaaa bbbb cccc", faces: &faces, face: 0)
        let oneWord = units.prefix(5).reduce(0) { $0 + $1.width }
        let lines = LineBreaker.lines(units, width: oneWord + 10)
        #expect(lines.map { BidiLine.text($0) } == ["aaaa ", "bbbb ", "cccc"])
        let long = TextShaper.line(String(repeating: "x", count: 50), faces: &faces, face: 0)
        let cut = LineBreaker.lines(long, width: oneWord)
        #expect(cut.count > 5)
        #expect(cut.allSatisfy { $0.reduce(0) { $0 + $1.width } <= oneWord })
        #expect(cut.map { BidiLine.text($0) }.joined() == String(repeating: "x", count: 50))
    }

    @Test("puts right-to-left text in visual order but keeps left-to-right words readable")
    func bidi() throws {
        var faces = try faces()
        let units = TextShaper.line("אב cd", faces: &faces, face: 0)
        let visual = BidiLine.visual(units, rightToLeft: true)
        #expect(String(String.UnicodeScalarView(visual.map(\.scalar))) == "cd בא")
        #expect(BidiLine.text(units) == "אב cd")
    }

    @Test("draws redaction markers bold on a grey box")
    func redactionBox() throws {
        let redacted = Redaction.apply(
            to: "Ask Mia",
            spans: [RedactionSpan(range: ScalarRange(start: 4, end: 7), label: "name")]
        )
        var exhibit = SampleReports.exhibit(1, text: redacted.text)
        exhibit.redactionMarkers = redacted.markers
        exhibit.redactions = ["a friend's name"]
        let pdf = try PDFReport.render(SampleReports.model(exhibits: [exhibit]))
        let raw = try PDFChecker.decoded(pdf)
        #expect(raw.contains("0.86 g"))
    }

    @Test(
        "lists what was hidden and shows the marker in the text layer",
        .enabled(if: Poppler.available, "skipped: pdftotext (poppler-utils) is not installed")
    )
    func redactionText() throws {
        let redacted = Redaction.apply(
            to: "Ask Mia",
            spans: [RedactionSpan(range: ScalarRange(start: 4, end: 7), label: "name")]
        )
        var exhibit = SampleReports.exhibit(1, text: redacted.text)
        exhibit.redactionMarkers = redacted.markers
        exhibit.redactions = ["a friend's name"]
        let text = try Poppler.text(PDFReport.render(SampleReports.model(exhibits: [exhibit])))
        #expect(text.contains("Ask [redacted: name]"))
        #expect(text.contains("What was hidden in this report"))
        #expect(!text.contains("Mia"))
    }

    @Test("embeds only the outlines used, far smaller than the font files")
    func subsetSize() throws {
        let pdf = try PDFReport.render(SampleReports.scripts)
        #expect(pdf.count < 400_000, "two full fonts would be 1.4 MB")
        #expect(try PDFChecker(pdf).objectCount > 10)
    }

    @Test("handles a one-megabyte line and a hundred thousand emoji without breaking the file")
    func longInput() throws {
        let line = String(repeating: "ab(c)\\ ", count: 150_000)
        let emoji = String(repeating: "🔪", count: 100_000)
        let start = ContinuousClock.now
        let pdf = try PDFReport.render(SampleReports.model(exhibits: [SampleReports.exhibit(1, text: line + emoji)]))
        let checked = try PDFChecker(pdf)
        #expect(checked.pageCount > 100)
        #expect(ContinuousClock.now - start < .seconds(120))
    }
}

@Suite("PDF layout")
struct PDFLayoutTests {
    @Test(
        "wraps a long label beside its value instead of cutting it",
        .enabled(if: Poppler.available, "skipped: pdftotext (poppler-utils) is not installed")
    )
    func longLabel() throws {
        var model = SampleReports.model(exhibits: [])
        model.kindCounts = [ReportCount(label: "Threats to share private pictures with family", count: 3)]
        let text = try Poppler.text(PDFReport.render(model))
        #expect(text.contains("Threats to"))
        #expect(text.contains("family"), "the last words of the label must be drawn on a later line")
    }
}
