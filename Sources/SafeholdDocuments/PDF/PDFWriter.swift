/// A minimal PDF 1.7 file writer: numbered objects, streams, a cross-reference table and a trailer.
struct PDFWriter {
    private var objects: [[UInt8]?] = []

    /// Reserves an object number to fill later, so that objects can refer to each other.
    mutating func reserve() -> Int {
        objects.append(nil)
        return objects.count
    }

    /// Sets the body of a reserved object.
    mutating func set(_ number: Int, _ body: String) {
        objects[number - 1] = Array(body.utf8)
    }

    /// Adds an object and returns its number.
    mutating func add(_ body: String) -> Int {
        let number = reserve()
        set(number, body)
        return number
    }

    /// Adds a stream object with `extra` dictionary entries and returns its number.
    /// The data is compressed with ``Deflate`` and marked `/FlateDecode`.
    mutating func addStream(_ data: [UInt8], extra: String = "") -> Int {
        let number = reserve()
        let packed = Deflate.zlib(data)
        var body = Array(
            "<< /Length \(packed.count) /Filter /FlateDecode\(extra.isEmpty ? "" : " " + extra) >>\nstream\n".utf8
        )
        body += packed
        body += Array("\nendstream".utf8)
        objects[number - 1] = body
        return number
    }

    /// The finished file, with `root` as the catalog and `info` as the document information.
    func finish(root: Int, info: Int) -> [UInt8] {
        var out = Array("%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(index + 1) 0 obj\n".utf8)
            out += body ?? Array("null".utf8)
            out += Array("\nendobj\n".utf8)
        }
        let xref = out.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            table += String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n"
        }
        table += "trailer\n<< /Size \(objects.count + 1) /Root \(root) 0 R /Info \(info) 0 R >>\n"
        table += "startxref\n\(xref)\n%%EOF\n"
        return out + Array(table.utf8)
    }
}

/// Encodings for the two kinds of string the writer uses; nothing from the input is ever written as a
/// literal `( … )` string, so no escaping of parentheses or backslashes is needed.
enum PDFString {
    /// `<FEFF…>`: UTF-16BE with a byte-order mark, for metadata and `/ActualText`.
    static func utf16Hex(_ string: String) -> String {
        var out = "<FEFF"
        out.reserveCapacity(string.utf16.count * 4 + 6)
        for unit in string.utf16 { out += hex4(unit) }
        return out + ">"
    }

    /// Appends four hex digits per glyph id without building intermediate strings.
    static func appendHex(_ glyphs: [UInt16], to out: inout [UInt8]) {
        for glyph in glyphs {
            for shift in [12, 8, 4, 0] {
                let digit = UInt8(glyph >> UInt16(shift) & 0xF)
                out.append(digit < 10 ? 0x30 + digit : 0x37 + digit)
            }
        }
    }

    /// Four upper-case hex digits.
    static func hex4(_ value: UInt16) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        let bytes = [
            digits[Int(value >> 12)], digits[Int(value >> 8 & 0xF)], digits[Int(value >> 4 & 0xF)],
            digits[Int(value & 0xF)],
        ]
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A number with at most two decimals, as content streams write coordinates.
    static func number(_ value: Double) -> String {
        let scaled = Int((value * 100).rounded())
        let sign = scaled < 0 ? "-" : ""
        let magnitude = abs(scaled)
        let fraction = magnitude % 100
        if fraction == 0 { return sign + String(magnitude / 100) }
        return sign + String(magnitude / 100) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
