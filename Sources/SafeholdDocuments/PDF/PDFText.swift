/// How a piece of text is drawn.
enum TextStyle: UInt8 {
    /// As written.
    case plain
    /// A character shown by its name in grey, because the font cannot draw it or it is invisible.
    case named
    /// A redaction marker, drawn bold on a grey box.
    case redaction
}

/// The smallest piece of text the line breaker moves: one character, or one character's name.
struct TextUnit {
    var glyphs: [UInt16]
    /// Advance in thousandths of an em.
    var width: Int
    /// The original text when the glyphs drawn are not the text itself (names, shared glyphs).
    var actualText: String?
    var isSpace: Bool
    var style: TextStyle
    var face: Int
    /// The character this unit stands for.
    var scalar: Unicode.Scalar
}

/// One font in the document: its parsed file and what the document has drawn with it.
struct PDFFace {
    let font: TrueTypeFont
    let resource: String
    let baseName: String
    /// The character each glyph stands for, for the `ToUnicode` map; the first use wins.
    private(set) var toUnicode: [UInt16: Unicode.Scalar] = [:]

    init(font: TrueTypeFont, resource: String, baseName: String) {
        self.font = font
        self.resource = resource
        self.baseName = baseName
    }

    /// Glyph units for `scalar`, or nil when the font cannot draw it.
    mutating func unit(for scalar: Unicode.Scalar, style: TextStyle, face: Int) -> TextUnit? {
        guard let glyph = font.glyph(for: scalar) else { return nil }
        var actual: String?
        if let known = toUnicode[glyph] {
            if known != scalar { actual = String(scalar) }
        } else {
            toUnicode[glyph] = scalar
        }
        return TextUnit(
            glyphs: [glyph],
            width: font.width(of: glyph),
            actualText: actual,
            isSpace: scalar == " ",
            style: style,
            face: face,
            scalar: scalar
        )
    }

    /// Glyphs for ASCII text the font is known to have (names of characters), recorded for `ToUnicode`.
    mutating func asciiGlyphs(_ text: String) -> (glyphs: [UInt16], width: Int) {
        var glyphs: [UInt16] = []
        var width = 0
        for scalar in text.unicodeScalars {
            guard let glyph = font.glyph(for: scalar) else { continue }
            if toUnicode[glyph] == nil { toUnicode[glyph] = scalar }
            glyphs.append(glyph)
            width += font.width(of: glyph)
        }
        return (glyphs, width)
    }
}

/// Turns text into units for the given faces, naming what the font cannot draw.
enum TextShaper {
    /// Paragraphs of units for `segments`; each line break in the text starts a new paragraph.
    static func paragraphs(_ segments: [TextSegment], faces: inout [PDFFace], face: Int) -> [[TextUnit]] {
        var paragraphs: [[TextUnit]] = [[]]
        for segment in segments {
            switch segment {
            case .lineBreak: paragraphs.append([])
            case .text(let text):
                append(text, style: .plain, face: face, faces: &faces, to: &paragraphs[paragraphs.count - 1])
            case .redaction(let text):
                append(text, style: .redaction, face: 1, faces: &faces, to: &paragraphs[paragraphs.count - 1])
            case .hidden(let scalar): paragraphs[paragraphs.count - 1].append(named(scalar, faces: &faces))
            }
        }
        return paragraphs
    }

    /// Units for plain text without line breaks or hidden characters (headings, labels).
    static func line(_ text: String, faces: inout [PDFFace], face: Int) -> [TextUnit] {
        paragraphs(TextSegments.split(text), faces: &faces, face: face).flatMap { $0 }
    }

    private static func append(
        _ text: String,
        style: TextStyle,
        face: Int,
        faces: inout [PDFFace],
        to units: inout [TextUnit]
    ) {
        for scalar in text.unicodeScalars {
            if let unit = faces[face].unit(for: scalar, style: style, face: face) {
                units.append(unit)
            } else {
                units.append(named(scalar, faces: &faces))
            }
        }
    }

    /// The character's name in brackets, drawn in the regular face, carrying the character itself.
    static func named(_ scalar: Unicode.Scalar, faces: inout [PDFFace]) -> TextUnit {
        let (glyphs, width) = faces[0].asciiGlyphs(ScalarNames.bracketed(scalar))
        return TextUnit(
            glyphs: glyphs,
            width: width,
            actualText: String(scalar),
            isSpace: false,
            style: .named,
            face: 0,
            scalar: scalar
        )
    }
}

/// Greedy line breaking at spaces, breaking inside a word only when the word alone is too wide.
enum LineBreaker {
    /// Lines of at most `width` thousandths of an em (that is, the line width in points times 1000 / size).
    static func lines(_ units: [TextUnit], width: Int) -> [[TextUnit]] {
        var lines: [[TextUnit]] = []
        var line: [TextUnit] = []
        var lineWidth = 0
        var lastSpace: Int?
        for unit in units.lazy.flatMap({ $0.width > width ? split($0, width: width) : [$0] }) {
            if lineWidth + unit.width > width, !line.isEmpty, !unit.isSpace {
                if let space = lastSpace, space + 1 < line.count {
                    let rest = Array(line[(space + 1)...])
                    lines.append(Array(line[...space]))
                    line = rest
                } else {
                    lines.append(line)
                    line = []
                }
                lineWidth = line.reduce(0) { $0 + $1.width }
                lastSpace = nil
            }
            if unit.isSpace { lastSpace = line.count }
            line.append(unit)
            lineWidth += unit.width
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A name wider than a whole line is cut into pieces; only the first carries the original text.
    private static func split(_ unit: TextUnit, width: Int) -> [TextUnit] {
        guard unit.width > width, unit.glyphs.count > 1 else { return [unit] }
        let count = (unit.width + width - 1) / width + 1
        let per = (unit.glyphs.count + count - 1) / count
        return stride(from: 0, to: unit.glyphs.count, by: per).enumerated().map { index, start in
            var piece = unit
            piece.glyphs = Array(unit.glyphs[start..<min(start + per, unit.glyphs.count)])
            piece.width = unit.width * piece.glyphs.count / unit.glyphs.count
            piece.actualText = index == 0 ? unit.actualText : ""
            return piece
        }
    }
}
