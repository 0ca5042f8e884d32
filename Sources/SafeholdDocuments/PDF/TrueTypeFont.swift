/// The parts of a TrueType font that a PDF needs: character-to-glyph mapping, advance widths, metrics,
/// and the raw tables for embedding.
struct TrueTypeFont: Sendable {
    /// Font design units per em.
    let unitsPerEm: Int
    /// Ascender, descender, cap height and bounding box, in design units.
    let ascent: Int, descent: Int, capHeight: Int
    let bbox: (Int, Int, Int, Int)
    /// Advance width of each glyph, in design units.
    let advances: [UInt16]
    /// The tables by tag, as stored in the file.
    let tables: [String: ArraySlice<UInt8>]
    /// Glyph ids for the Basic Multilingual Plane, indexed by scalar value; 0 means none.
    private let bmp: [UInt16]
    /// Glyph ids above the Basic Multilingual Plane.
    private let supplementary: [UInt32: UInt16]

    /// Parses `bytes`; throws when a table the PDF needs is missing or cut short.
    init(bytes: [UInt8]) throws(PDFReportError) {
        let reader = ByteReader(bytes)
        let count = try reader.u16(4)
        var tables: [String: ArraySlice<UInt8>] = [:]
        for i in 0..<count {
            let entry = 12 + i * 16
            let tag = String(decoding: try reader.slice(entry, 4), as: UTF8.self)
            let offset = try reader.u32(entry + 8)
            let length = try reader.u32(entry + 12)
            tables[tag] = try reader.slice(offset, length)
        }
        func table(_ tag: String) throws(PDFReportError) -> ByteReader {
            guard let data = tables[tag] else { throw .fontUnreadable("the font has no \(tag) table") }
            return ByteReader(Array(data))
        }
        let head = try table("head")
        let hhea = try table("hhea")
        let maxp = try table("maxp")
        unitsPerEm = max(16, try head.u16(18))
        bbox = (try head.s16(36), try head.s16(38), try head.s16(40), try head.s16(42))
        ascent = try hhea.s16(4)
        descent = try hhea.s16(6)
        capHeight = (try? table("OS/2").s16(88)) ?? ascent
        let glyphCount = try maxp.u16(4)
        advances = try Self.readAdvances(try table("hmtx"), metrics: try hhea.u16(34), glyphs: glyphCount)
        (bmp, supplementary) = try TrueTypeCmap.read(try table("cmap"), glyphCount: glyphCount)
        self.tables = tables
    }

    /// The glyph for `scalar`, or nil when the font cannot draw it.
    func glyph(for scalar: Unicode.Scalar) -> UInt16? {
        let value = scalar.value
        let glyph = value < 0x10000 ? bmp[Int(value)] : (supplementary[value] ?? 0)
        return glyph == 0 ? nil : glyph
    }

    /// The advance of `glyph` in thousandths of an em, as PDF widths are given.
    func width(of glyph: UInt16) -> Int {
        let index = Int(glyph)
        let advance = index < advances.count ? Int(advances[index]) : Int(advances.last ?? 0)
        return advance * 1000 / unitsPerEm
    }

    /// `value` in design units scaled to thousandths of an em.
    func scaled(_ value: Int) -> Int { value * 1000 / unitsPerEm }

    private static func readAdvances(_ hmtx: ByteReader, metrics: Int, glyphs: Int) throws(PDFReportError) -> [UInt16] {
        guard metrics > 0 else { throw .fontUnreadable("the font has no horizontal metrics") }
        var advances: [UInt16] = []
        advances.reserveCapacity(glyphs)
        for i in 0..<min(metrics, glyphs) { advances.append(UInt16(try hmtx.u16(i * 4))) }
        while advances.count < glyphs { advances.append(advances.last ?? 0) }
        return advances
    }
}

/// Reads the `cmap` table's Unicode subtables (format 4 for the BMP, format 12 for everything).
enum TrueTypeCmap {
    static func read(_ cmap: ByteReader, glyphCount: Int) throws(PDFReportError) -> ([UInt16], [UInt32: UInt16]) {
        var bmp = [UInt16](repeating: 0, count: 0x10000)
        var supplementary: [UInt32: UInt16] = [:]
        var format4: Int?
        var format12: Int?
        for i in 0..<(try cmap.u16(2)) {
            let platform = try cmap.u16(4 + i * 8)
            let encoding = try cmap.u16(6 + i * 8)
            let offset = try cmap.u32(8 + i * 8)
            guard platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10)) else { continue }
            switch try cmap.u16(offset) {
            case 4: format4 = format4 ?? offset
            case 12: format12 = format12 ?? offset
            default: continue
            }
        }
        func store(_ code: UInt32, _ glyph: Int) {
            guard glyph > 0, glyph < glyphCount else { return }
            if code < 0x10000 { bmp[Int(code)] = UInt16(glyph) } else { supplementary[code] = UInt16(glyph) }
        }
        if let offset = format4 { try readFormat4(cmap, at: offset, store: store) }
        if let offset = format12 { try readFormat12(cmap, at: offset, store: store) }
        guard format4 != nil || format12 != nil else { throw .fontUnreadable("the font has no Unicode cmap") }
        return (bmp, supplementary)
    }

    private static func readFormat4(
        _ r: ByteReader,
        at base: Int,
        store: (UInt32, Int) -> Void
    ) throws(PDFReportError) {
        let segments = try r.u16(base + 6) / 2
        let ends = base + 14
        let starts = ends + segments * 2 + 2
        let deltas = starts + segments * 2
        let rangeOffsets = deltas + segments * 2
        for s in 0..<segments {
            let end = try r.u16(ends + s * 2)
            let start = try r.u16(starts + s * 2)
            let delta = try r.u16(deltas + s * 2)
            let rangeOffset = try r.u16(rangeOffsets + s * 2)
            guard start <= end else { continue }
            for code in start...end where code != 0xFFFF {
                if rangeOffset == 0 {
                    store(UInt32(code), (code + delta) & 0xFFFF)
                } else {
                    let at = rangeOffsets + s * 2 + rangeOffset + (code - start) * 2
                    let glyph = try r.u16(at)
                    if glyph != 0 { store(UInt32(code), (glyph + delta) & 0xFFFF) }
                }
            }
        }
    }

    private static func readFormat12(
        _ r: ByteReader,
        at base: Int,
        store: (UInt32, Int) -> Void
    ) throws(PDFReportError) {
        let groups = try r.u32(base + 12)
        guard groups <= (r.count - base) / 12 else { throw .fontUnreadable("the font's cmap is cut short") }
        for g in 0..<groups {
            let at = base + 16 + g * 12
            let first = try r.u32(at)
            let last = try r.u32(at + 4)
            let glyph = try r.u32(at + 8)
            guard first <= last, last <= 0x10FFFF else { continue }
            for code in first...last { store(UInt32(code), glyph + (code - first)) }
        }
    }
}

/// Big-endian reads with bounds checks, so that a damaged font throws instead of crashing.
struct ByteReader {
    let bytes: [UInt8]
    var count: Int { bytes.count }

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func u16(_ at: Int) throws(PDFReportError) -> Int {
        guard at >= 0, at + 2 <= bytes.count else { throw .fontUnreadable("the font is cut short") }
        return Int(bytes[at]) << 8 | Int(bytes[at + 1])
    }

    func s16(_ at: Int) throws(PDFReportError) -> Int {
        let value = try u16(at)
        return value >= 0x8000 ? value - 0x10000 : value
    }

    func u32(_ at: Int) throws(PDFReportError) -> Int {
        try u16(at) << 16 | u16(at + 2)
    }

    func slice(_ at: Int, _ length: Int) throws(PDFReportError) -> ArraySlice<UInt8> {
        guard at >= 0, length >= 0, at + length <= bytes.count else { throw .fontUnreadable("the font is cut short") }
        return bytes[at..<at + length]
    }
}
