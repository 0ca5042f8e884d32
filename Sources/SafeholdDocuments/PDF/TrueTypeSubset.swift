/// Writes a copy of a TrueType font that keeps every glyph id but only the outlines a document uses,
/// so that glyph ids (and the PDF's Identity mapping) stay unchanged while the file shrinks.
enum TrueTypeSubset {
    /// Tables a PDF viewer needs to draw glyphs by id; the rest (names, kerning, layout) are dropped.
    private static let keptTables = ["cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"]

    /// The font file bytes with outlines only for `used` glyphs (and the components they refer to).
    static func subset(_ font: TrueTypeFont, keeping used: Set<UInt16>) throws(PDFReportError) -> [UInt8] {
        guard let head = font.tables["head"], let loca = font.tables["loca"], let glyf = font.tables["glyf"] else {
            throw .fontUnreadable("the font has no outlines")
        }
        let longOffsets = (try ByteReader(Array(head)).s16(50)) == 1
        let offsets = try glyphOffsets(ByteReader(Array(loca)), long: longOffsets, glyphs: font.advances.count)
        let outlines = Array(glyf)
        let keep = try closure(used.union([0]), offsets: offsets, outlines: outlines)
        var newGlyf: [UInt8] = []
        var newLoca: [UInt8] = []
        for glyph in 0..<font.advances.count {
            appendU32(&newLoca, newGlyf.count)
            let begin = offsets[glyph]
            let end = offsets[glyph + 1]
            if keep.contains(UInt16(glyph)), begin <= end, end <= outlines.count {
                newGlyf += outlines[begin..<end]
                while newGlyf.count % 4 != 0 { newGlyf.append(0) }
            }
        }
        appendU32(&newLoca, newGlyf.count)
        var newHead = Array(head)
        newHead.replaceSubrange(8..<12, with: [0, 0, 0, 0])  // checksum adjustment, recomputed by no one
        newHead.replaceSubrange(50..<52, with: [0, 1])  // long loca offsets
        var tables = font.tables.filter { keptTables.contains($0.key) }.mapValues(Array.init)
        tables["glyf"] = newGlyf
        tables["loca"] = newLoca
        tables["head"] = newHead
        return assemble(tables)
    }

    private static func glyphOffsets(_ loca: ByteReader, long: Bool, glyphs: Int) throws(PDFReportError) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(glyphs + 1)
        for i in 0...glyphs { offsets.append(long ? try loca.u32(i * 4) : try loca.u16(i * 2) * 2) }
        return offsets
    }

    /// Adds the components of composite glyphs, however deeply they nest.
    private static func closure(_ start: Set<UInt16>, offsets: [Int], outlines: [UInt8]) throws(PDFReportError) -> Set<
        UInt16
    > {
        var keep = start
        var pending = Array(start)
        let reader = ByteReader(outlines)
        while let glyph = pending.popLast() {
            let index = Int(glyph)
            guard index + 1 < offsets.count else { continue }
            let begin = offsets[index]
            let end = offsets[index + 1]
            guard end - begin >= 10, end <= outlines.count, try reader.s16(begin) < 0 else { continue }
            var at = begin + 10
            while at + 4 <= end {
                let flags = try reader.u16(at)
                let component = UInt16(try reader.u16(at + 2))
                if keep.insert(component).inserted { pending.append(component) }
                at += 4 + (flags & 0x1 != 0 ? 4 : 2)
                if flags & 0x8 != 0 {
                    at += 2
                } else if flags & 0x40 != 0 {
                    at += 4
                } else if flags & 0x80 != 0 {
                    at += 8
                }
                if flags & 0x20 == 0 { break }
            }
        }
        return keep
    }

    /// A font file from tables: directory, then each table padded to four bytes.
    private static func assemble(_ tables: [String: [UInt8]]) -> [UInt8] {
        let tags = tables.keys.sorted()
        var out: [UInt8] = [0, 1, 0, 0]
        var power = 1
        var log = 0
        while power * 2 <= tags.count {
            power *= 2
            log += 1
        }
        for value in [tags.count, power * 16, log, tags.count * 16 - power * 16] {
            out += [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
        }
        var offset = 12 + tags.count * 16
        for tag in tags {
            let data = tables[tag]!
            out += Array(tag.utf8)
            appendU32(&out, checksum(data))
            appendU32(&out, offset)
            appendU32(&out, data.count)
            offset += (data.count + 3) / 4 * 4
        }
        for tag in tags {
            out += tables[tag]!
            while out.count % 4 != 0 { out.append(0) }
        }
        return out
    }

    private static func checksum(_ data: [UInt8]) -> Int {
        var sum: UInt32 = 0
        var i = 0
        while i < data.count {
            var word: UInt32 = 0
            for k in 0..<4 { word = word << 8 | UInt32(i + k < data.count ? data[i + k] : 0) }
            sum = sum &+ word
            i += 4
        }
        return Int(sum)
    }

    private static func appendU32(_ out: inout [UInt8], _ value: Int) {
        out += [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
