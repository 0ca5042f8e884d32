/// Pages being drawn: a cursor that moves down the page, line drawing, wrapping and page breaks.
struct PDFCanvas {
    static let pageWidth = 595.28
    static let pageHeight = 841.89
    static let margin = 56.0
    static let top = 60.0
    static let bottom = 70.0
    static var textWidth: Double { pageWidth - 2 * margin }

    /// The faces in use; index 0 is regular, 1 is bold.
    var faces: [PDFFace]
    /// One content stream per finished page.
    private(set) var pages: [String] = []
    private var current = ""
    /// The top of the next thing to draw, in points from the bottom of the page.
    private(set) var y = PDFCanvas.pageHeight - PDFCanvas.top

    init(faces: [PDFFace]) { self.faces = faces }

    /// A canvas holding finished `pages`; the last one stays open.
    init(faces: [PDFFace], pages: [String]) {
        self.faces = faces
        self.pages = Array(pages.dropLast())
        current = pages.last ?? ""
    }

    /// Finishes the current page and starts another.
    mutating func newPage() {
        pages.append(current)
        current = ""
        y = Self.pageHeight - Self.top
    }

    /// All pages, the last one included.
    mutating func finish() -> [String] {
        pages.append(current)
        current = ""
        return pages
    }

    /// Starts a new page unless `height` points still fit above the bottom margin.
    mutating func ensure(_ height: Double) {
        if y - height < Self.bottom, y < Self.pageHeight - Self.top { newPage() }
    }

    /// True when nothing has been drawn on this page yet.
    var pageIsEmpty: Bool { current.isEmpty }

    /// Moves the cursor down.
    mutating func skip(_ points: Double) { y -= points }

    /// Wraps `units` to `width` and draws the lines, breaking pages as needed.
    mutating func paragraph(
        _ units: [TextUnit],
        x: Double = margin,
        width: Double = textWidth,
        size: Double,
        bar: Bool = false
    ) {
        let leading = size * 1.38
        let rightToLeft = BidiLine.baseIsRightToLeft(units)
        for line in LineBreaker.lines(units, width: Int(width * 1000 / size)) {
            ensure(leading)
            y -= leading
            if bar { fill(x: x - 9, y: y - size * 0.38, width: 2.5, height: leading, gray: 0.55) }
            let lineWidth = Double(line.reduce(0) { $0 + $1.width }) * size / 1000
            let start = rightToLeft ? x + max(0, width - lineWidth) : x
            draw(line, x: start, baseline: y + size * 0.3, size: size, rightToLeft: rightToLeft)
        }
    }

    /// Draws one line of units with its baseline at `baseline`.
    /// Right-to-left runs are drawn in visual order, as PDF text extractors expect and reverse back.
    mutating func draw(_ logical: [TextUnit], x: Double, baseline: Double, size: Double, rightToLeft: Bool? = nil) {
        guard !logical.isEmpty else { return }
        let mixed = logical.contains { BidiLine.isRightToLeft($0.scalar) }
        let line =
            mixed ? BidiLine.visual(logical, rightToLeft: rightToLeft ?? BidiLine.baseIsRightToLeft(logical)) : logical
        drawBoxes(line, x: x, baseline: baseline, size: size)
        current += "BT\n1 0 0 1 \(num(x)) \(num(baseline)) Tm\n"
        var face = -1
        var grey = false
        var pending: [UInt8] = []
        for unit in line {
            if unit.face != face || (unit.style == .named) != grey || unit.actualText != nil {
                flush(&pending)
            }
            if unit.face != face {
                face = unit.face
                current += "/\(faces[face].resource) \(num(size)) Tf\n"
            }
            if (unit.style == .named) != grey {
                grey = unit.style == .named
                current += grey ? "0.35 g\n" : "0 g\n"
            }

            if let actual = unit.actualText {
                var hex: [UInt8] = []
                PDFString.appendHex(unit.glyphs, to: &hex)
                current += "/Span << /ActualText \(PDFString.utf16Hex(actual)) >> BDC <"
                current += String(decoding: hex, as: UTF8.self) + "> Tj EMC\n"
            } else {
                PDFString.appendHex(unit.glyphs, to: &pending)
            }
        }
        flush(&pending)
        current += grey ? "0 g\nET\n" : "ET\n"
    }

    /// A filled rectangle in grey (0 black, 1 white).
    mutating func fill(x: Double, y: Double, width: Double, height: Double, gray: Double) {
        current += "\(num(gray)) g \(num(x)) \(num(y)) \(num(width)) \(num(height)) re f 0 g\n"
    }

    /// A filled rectangle in colour.
    mutating func fill(x: Double, y: Double, width: Double, height: Double, rgb: (Double, Double, Double)) {
        current +=
            "\(num(rgb.0)) \(num(rgb.1)) \(num(rgb.2)) rg \(num(x)) \(num(y)) \(num(width)) \(num(height)) re f 0 g\n"
    }

    /// A horizontal rule across the text width.
    mutating func rule(gray: Double = 0.6) {
        fill(x: Self.margin, y: y, width: Self.textWidth, height: 0.6, gray: gray)
    }

    /// Raw content for a page footer, added after layout when the page count is known.
    mutating func appendToPage(_ index: Int, _ content: String) {
        pages[index] += content
    }

    private mutating func flush(_ pending: inout [UInt8]) {
        guard !pending.isEmpty else { return }
        current += "<" + String(decoding: pending, as: UTF8.self) + "> Tj\n"
        pending.removeAll(keepingCapacity: true)
    }

    private mutating func drawBoxes(_ line: [TextUnit], x: Double, baseline: Double, size: Double) {
        var cursor = x
        var start: Double?
        for unit in line + [TextUnit(glyphs: [], width: 0, isSpace: true, style: .plain, face: 0, scalar: " ")] {
            if unit.style == .redaction, start == nil { start = cursor }
            if unit.style != .redaction, let begin = start {
                fill(x: begin - 1, y: baseline - size * 0.25, width: cursor - begin + 2, height: size * 1.1, gray: 0.86)
                start = nil
            }
            cursor += Double(unit.width) * size / 1000
        }
    }

    private func num(_ value: Double) -> String { PDFString.number(value) }
}
