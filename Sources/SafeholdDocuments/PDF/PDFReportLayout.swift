/// Lays out the report's sections on the canvas, in the same order and words as the HTML report.
struct PDFReportLayout {
    let model: ReportModel
    var canvas: PDFCanvas
    private let labelWidth = 92.0

    init(model: ReportModel, canvas: PDFCanvas) {
        self.model = model
        self.canvas = canvas
    }

    mutating func layOut() {
        cover()
        canvas.newPage()
        heading("Incidents over time")
        text(ReportWording.chartNote + " " + ChartData(model).periodWords, size: 9, after: 8)
        var chart = PDFChart(data: ChartData(model))
        chart.draw(on: &canvas)
        people()
        heading("How this record was kept")
        for paragraph in ReportWording.method { text(paragraph, size: 10, after: 5) }
        redactions()
        canvas.newPage()
        heading("Exhibits")
        if model.exhibits.isEmpty { text("There are no exhibits in this report.", size: 10) }
        for exhibit in model.exhibits.sorted(by: { $0.number < $1.number }) { self.exhibit(exhibit) }
        footers()
    }

    private mutating func cover() {
        text(ReportWording.documentKind(model.audience).uppercased(), size: 9, after: 4)
        text(model.title, size: 18, face: 1, after: 10)
        text(ReportWording.introduction(model), size: 10.5, after: 12)
        if let recipient = model.preparedFor { row("Prepared for", recipient) }
        row("About", model.subject)
        row("From", ReportDates.display(model.period.from))
        row("To", ReportDates.display(model.period.to))
        row("Platforms", model.platforms.isEmpty ? "None recorded" : model.platforms.joined(separator: ", "))
        row("Exhibits", String(model.exhibits.count))
        for (caption, counts) in [("By severity", model.severityCounts), ("By kind", model.kindCounts)]
        where !counts.isEmpty {
            canvas.skip(10)
            text(caption, size: 11, face: 1, after: 2)
            for count in counts { row(count.label, String(count.count)) }
        }
    }

    private mutating func people() {
        heading("People involved")
        if model.people.isEmpty { text("No people were named.", size: 10) }
        for person in model.people {
            canvas.ensure(30)
            text(person.label, size: 10, face: 1)
            text(person.role + " · " + person.platform, size: 10, indent: 12, after: 4)
        }
    }

    private mutating func redactions() {
        let hidden = model.exhibits.filter { !$0.redactions.isEmpty }.sorted { $0.number < $1.number }
        guard !hidden.isEmpty else { return }
        heading("What was hidden in this report")
        text(ReportWording.redactionNote, size: 10, after: 6)
        for exhibit in hidden { row("Exhibit \(exhibit.number)", exhibit.redactions.joined(separator: "; ")) }
    }

    private mutating func exhibit(_ exhibit: Exhibit) {
        canvas.ensure(150)
        canvas.skip(8)
        canvas.rule()
        canvas.skip(4)
        text("Exhibit \(exhibit.number)", size: 12, face: 1, after: 3)
        row("Platform", exhibit.platform)
        row("Sender", exhibit.sender)
        row("Posted", exhibit.postedAt.map(ReportDates.display) ?? "Not known")
        row("Captured", ReportDates.display(exhibit.capturedAt))
        row("Source", exhibit.source)
        row("Item", exhibit.itemID)
        row("SHA-256", exhibit.sha256)
        canvas.skip(4)
        text("Message as written", size: 10, face: 1, after: 2)
        let segments = TextSegments.split(exhibit.text, markers: exhibit.redactionMarkers)
        for paragraph in TextShaper.paragraphs(segments, faces: &canvas.faces, face: 0) {
            canvas.paragraph(
                paragraph,
                x: PDFCanvas.margin + 12,
                width: PDFCanvas.textWidth - 12,
                size: 10.5,
                bar: true
            )
        }
        list("Findings", exhibit.findings)
        list("Links", exhibit.links)
        list("Hidden in this exhibit", exhibit.redactions)
    }

    private mutating func list(_ title: String, _ items: [String]) {
        guard !items.isEmpty else { return }
        canvas.skip(4)
        text(title, size: 10, face: 1, after: 1)
        for item in items { text("•  " + item, size: 10, indent: 8) }
    }

    private mutating func heading(_ title: String) {
        canvas.ensure(60)
        if !canvas.pageIsEmpty { canvas.skip(14) }
        text(title, size: 14, face: 1, after: 2)
        canvas.rule()
        canvas.skip(6)
    }

    /// A label in bold and a value that wraps beside it.
    private mutating func row(_ label: String, _ value: String) {
        let labelUnits = TextShaper.line(label, faces: &canvas.faces, face: 1)
        let valueUnits = TextShaper.line(value, faces: &canvas.faces, face: 0)
        let size = 9.5
        let leading = 9.5 * 1.38
        let lines = LineBreaker.lines(valueUnits, width: Int((PDFCanvas.textWidth - labelWidth) * 1000 / size))
        let labelLines = LineBreaker.lines(labelUnits, width: Int((labelWidth - 4) * 1000 / size))
        for index in 0..<max(lines.count, labelLines.count) {
            canvas.ensure(leading)
            canvas.skip(leading)
            if index < labelLines.count {
                canvas.draw(labelLines[index], x: PDFCanvas.margin, baseline: canvas.y + 3, size: size)
            }
            if index < lines.count {
                canvas.draw(lines[index], x: PDFCanvas.margin + labelWidth, baseline: canvas.y + 3, size: size)
            }
        }
        canvas.skip(1.5)
    }

    private mutating func text(_ string: String, size: Double, face: Int = 0, indent: Double = 0, after: Double = 0) {
        for paragraph in TextShaper.paragraphs(TextSegments.split(string), faces: &canvas.faces, face: face) {
            canvas.paragraph(paragraph, x: PDFCanvas.margin + indent, width: PDFCanvas.textWidth - indent, size: size)
        }
        canvas.skip(after)
    }

    private mutating func footers() {
        let pages = canvas.finish()
        let kind = ReportWording.documentKind(model.audience)
        let title = String(String.UnicodeScalarView(model.title.unicodeScalars.prefix(60)))
        var footer = PDFCanvas(faces: canvas.faces)
        for index in pages.indices {
            let units = TextShaper.line(
                "\(kind) · \(title) · Page \(index + 1) of \(pages.count)",
                faces: &footer.faces,
                face: 0
            )
            let line = LineBreaker.lines(units, width: Int(PDFCanvas.textWidth * 1000 / 8))[0]
            footer.draw(line, x: PDFCanvas.margin, baseline: 36, size: 8)
            footer.newPage()
        }
        let footerPages = footer.finish()
        canvas = PDFCanvas(faces: footer.faces, pages: zip(pages, footerPages).map { $0 + $1 })
    }
}
