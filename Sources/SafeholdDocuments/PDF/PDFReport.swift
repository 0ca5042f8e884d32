public import Foundation

/// Renders a report as a PDF written by Safehold itself: A4 pages, DejaVu Sans embedded, and a text layer
/// that returns every character exactly as written, including those the font cannot draw.
public enum PDFReport {
    /// The PDF file for `model`.
    /// - Throws: ``PDFReportError`` when the shipped fonts are missing or cannot be read.
    public static func render(_ model: ReportModel) throws(PDFReportError) -> Data {
        let fonts = try PDFFonts.shared.get()
        var canvas = PDFCanvas(faces: [
            PDFFace(font: fonts.regular, resource: "F1", baseName: "DejaVuSans"),
            PDFFace(font: fonts.bold, resource: "F2", baseName: "DejaVuSans-Bold"),
        ])
        var layout = PDFReportLayout(model: model, canvas: canvas)
        layout.layOut()
        canvas = layout.canvas
        let pages = canvas.finish()
        var writer = PDFWriter()
        let catalog = writer.reserve()
        let pageTree = writer.reserve()
        let regular = try PDFFontObjects.add(canvas.faces[0], to: &writer)
        let bold = try PDFFontObjects.add(canvas.faces[1], to: &writer)
        var kids: [Int] = []
        for content in pages {
            let stream = writer.addStream(Array(content.utf8))
            kids.append(
                writer.add(
                    "<< /Type /Page /Parent \(pageTree) 0 R /MediaBox [0 0 \(PDFCanvas.pageWidth) \(PDFCanvas.pageHeight)] "
                        + "/Resources << /Font << /F1 \(regular) 0 R /F2 \(bold) 0 R >> >> /Contents \(stream) 0 R >>"
                )
            )
        }
        writer.set(
            pageTree,
            "<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(kids.count) >>"
        )
        writer.set(
            catalog,
            "<< /Type /Catalog /Pages \(pageTree) 0 R /Lang (en) /ViewerPreferences << /DisplayDocTitle true >> >>"
        )
        let title = String(String.UnicodeScalarView(model.title.unicodeScalars.prefix(500)))
        let info = writer.add("<< /Title \(PDFString.utf16Hex(title)) /Producer (Safehold) >>")
        return Data(writer.finish(root: catalog, info: info))
    }
}

/// The two shipped faces, read once per process.
struct PDFFonts: Sendable {
    let regular: TrueTypeFont
    let bold: TrueTypeFont

    static let shared: Result<PDFFonts, PDFReportError> = Result { () throws(PDFReportError) -> PDFFonts in
        PDFFonts(regular: try load("DejaVuSans"), bold: try load("DejaVuSans-Bold"))
    }

    private static func load(_ name: String) throws(PDFReportError) -> TrueTypeFont {
        let url =
            Bundle.module.url(forResource: name, withExtension: "ttf", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: name, withExtension: "ttf")
        guard let url, let data = try? Data(contentsOf: url) else { throw .fontMissing(name + ".ttf") }
        return try TrueTypeFont(bytes: [UInt8](data))
    }
}
