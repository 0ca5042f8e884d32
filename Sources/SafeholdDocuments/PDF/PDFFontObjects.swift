/// Writes a face as a Type0 font with Identity-H encoding over a CIDFontType2 (embedded TrueType),
/// with a `ToUnicode` map so that copying text from the PDF returns the characters.
enum PDFFontObjects {
    /// Adds the font's objects to `writer` and returns the number of the Type0 font object.
    static func add(_ face: PDFFace, to writer: inout PDFWriter) throws(PDFReportError) -> Int {
        let used = Set(face.toUnicode.keys)
        let program = try TrueTypeSubset.subset(face.font, keeping: used)
        let name = "/" + tag(for: used) + "+" + face.baseName
        let file = writer.addStream(program, extra: "/Length1 \(program.count)")
        let font = face.font
        let descriptor = writer.add(
            "<< /Type /FontDescriptor /FontName \(name) /Flags 32 /FontBBox [\(font.scaled(font.bbox.0)) "
                + "\(font.scaled(font.bbox.1)) \(font.scaled(font.bbox.2)) \(font.scaled(font.bbox.3))] "
                + "/ItalicAngle 0 /Ascent \(font.scaled(font.ascent)) /Descent \(font.scaled(font.descent)) "
                + "/CapHeight \(font.scaled(font.capHeight)) /StemV 80 /FontFile2 \(file) 0 R >>"
        )
        let cidFont = writer.add(
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont \(name) "
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                + "/FontDescriptor \(descriptor) 0 R /DW 1000 /W \(widths(face, used)) /CIDToGIDMap /Identity >>"
        )
        let toUnicode = writer.addStream(Array(cmap(face).utf8))
        return writer.add(
            "<< /Type /Font /Subtype /Type0 /BaseFont \(name) /Encoding /Identity-H "
                + "/DescendantFonts [\(cidFont) 0 R] /ToUnicode \(toUnicode) 0 R >>"
        )
    }

    /// `[first [w w w] next [w] …]` grouping consecutive glyph ids.
    private static func widths(_ face: PDFFace, _ used: Set<UInt16>) -> String {
        var out = "["
        var previous: Int?
        for glyph in used.sorted() {
            let id = Int(glyph)
            if previous.map({ $0 + 1 == id }) != true {
                out += (previous == nil ? "" : "] ") + "\(id) ["
            } else {
                out += " "
            }
            out += String(face.font.width(of: glyph))
            previous = id
        }
        return out + (previous == nil ? "]" : "]]")
    }

    /// The ToUnicode CMap: each glyph id to the UTF-16 of the character it was first drawn for.
    private static func cmap(_ face: PDFFace) -> String {
        var out = """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """
        let entries = face.toUnicode.sorted { $0.key < $1.key }
        for start in stride(from: 0, to: entries.count, by: 100) {
            let block = entries[start..<min(start + 100, entries.count)]
            out += "\(block.count) beginbfchar\n"
            for (glyph, scalar) in block {
                let units = String(scalar).utf16.map(PDFString.hex4).joined()
                out += "<\(PDFString.hex4(glyph))> <\(units)>\n"
            }
            out += "endbfchar\n"
        }
        return out + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    }

    /// Six capital letters derived from the glyph set, as PDF asks for a subset font's name.
    private static func tag(for used: Set<UInt16>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for glyph in used.sorted() {
            hash = (hash ^ UInt64(glyph)) &* 0x100_0000_01b3
        }
        var letters = ""
        for _ in 0..<6 {
            letters.unicodeScalars.append(Unicode.Scalar(UInt8(65 + hash % 26)))
            hash /= 26
        }
        return letters
    }
}
