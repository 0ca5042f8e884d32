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
        let raw = PDFChecker.latin1([UInt8](pdf))
        #expect(!raw.contains("alert"), "input text must only appear as glyph ids and hex strings")
        #expect(raw.components(separatedBy: "%%EOF").count == 2)
    }

    @Test("renders the same model to the same bytes")
    func deterministic() throws {
        #expect(try PDFReport.render(SampleReports.scripts) == PDFReport.render(SampleReports.scripts))
    }

    @Test(
        "returns each script's text exactly through pdftotext",
        arguments: [
            SampleReports.latin, SampleReports.cyrillic, SampleReports.arabic, SampleReports.cjk, SampleReports.emoji,
        ]
    )
    func textLayer(text: String) throws {
        try #require(Poppler.available, "pdftotext (poppler-utils) is not installed; this check needs it")
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
