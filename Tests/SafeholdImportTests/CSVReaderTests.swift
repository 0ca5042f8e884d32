import Foundation
import SafeholdCore
import SafeholdTestSupport
import Testing

@testable import SafeholdImport

@Suite("CSVParser")
struct CSVReaderTests {
    /// Parses `text` fed in pieces of `chunk` bytes.
    static func parse(_ bytes: [UInt8], chunk: Int = 65536, limits: CSVLimits = CSVLimits()) throws -> [CSVRow] {
        var parser = CSVParser(limits: limits)
        var rows = [CSVRow]()
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            try Array(bytes[start..<end]).withUnsafeBytes { try parser.feed($0) { rows.append($0) } }
            start = end
        }
        try parser.finish { rows.append($0) }
        return rows
    }

    static let tricky = Array(
        "\u{FEFF}name,note\r\n\"Reece, Jordan\",\"said \"\"I'm watching\"\"\r\nthen left\"\r\n\r\nplain,\"\"\nlast,no newline"
            .utf8
    )

    @Test(
        "quotes, doubled quotes, embedded CRLF, blank lines, a BOM and a missing last line break, in any chunking",
        arguments: [1, 2, 3, 5, 64, 65536]
    )
    func rfc4180(chunk: Int) throws {
        let rows = try Self.parse(Self.tricky, chunk: chunk)
        #expect(
            rows.map(\.fields) == [
                ["name", "note"], ["Reece, Jordan", "said \"I'm watching\"\r\nthen left"], ["plain", ""],
                ["last", "no newline"],
            ]
        )
        #expect(rows.map(\.line) == [1, 2, 5, 6])
        #expect(rows[0].offset == 3)
        for row in rows {
            let start = Int(row.offset)
            #expect(Array(Self.tricky[start..<start + row.bytes.count]) == row.bytes)
        }
        #expect(
            String(decoding: rows[1].bytes, as: UTF8.self)
                == "\"Reece, Jordan\",\"said \"\"I'm watching\"\"\r\nthen left\""
        )
    }

    @Test("LF, CRLF and lone CR line ends each end a row and count a line", arguments: ["\n", "\r\n", "\r"])
    func lineEnds(end: String) throws {
        let rows = try Self.parse(Array("a,b\(end)c,d\(end)\(end)e,f\(end)".utf8), chunk: 1)
        #expect(rows.map(\.fields) == [["a", "b"], ["c", "d"], ["e", "f"]])
        #expect(rows.map(\.line) == [1, 2, 4])
    }

    @Test("sloppy quoting is kept as text rather than refused")
    func lenient() throws {
        let rows = try Self.parse(Array("5\" tall,\"quoted\"tail,x\n".utf8))
        #expect(rows.map(\.fields) == [["5\" tall", "quotedtail", "x"]])
    }

    @Test("bytes that are not UTF-8 read as U+FFFD and stay in the row's bytes")
    func invalidUTF8() throws {
        let rows = try Self.parse([0x61, 0xFF, 0x2C, 0x62, 0x0A])
        #expect(rows[0].fields == ["a\u{FFFD}", "b"])
        #expect(rows[0].bytes == [0x61, 0xFF, 0x2C, 0x62])
    }

    @Test("a file cut inside a quoted field is refused, naming the line it began on")
    func unterminated() {
        #expect(throws: CSVParser.Failure.unterminatedQuote(line: 2)) {
            try Self.parse(Array("a\n\"open\nstill open".utf8))
        }
    }

    @Test("fields, rows and field counts past the limits are refused")
    func limits() {
        var limits = CSVLimits()
        limits.maximumFieldBytes = 10
        limits.maximumRowBytes = 20
        limits.maximumFields = 3
        #expect(throws: CSVParser.Failure.fieldTooLarge(line: 1)) {
            try Self.parse(Array("12345678901\n".utf8), limits: limits)
        }
        #expect(throws: CSVParser.Failure.rowTooLarge(line: 2)) {
            try Self.parse(Array("a\n123456789,123456789,1\n".utf8), limits: limits)
        }
        #expect(throws: CSVParser.Failure.tooManyFields(line: 1)) {
            try Self.parse(Array("a,b,c,d\n".utf8), limits: limits)
        }
    }

    @Test("a 20 MB field in a file is refused with a plain message naming the file")
    func hugeField() throws {
        let bytes = Array("id,body\n1,\"".utf8) + [UInt8](repeating: 0x78, count: 20 << 20) + Array("\"\n".utf8)
        let home = try FormatFixture.folder(["comments.csv": bytes])
        let source = try ExportSources.open(home.url)
        let error = #expect(throws: ImportError.self) { try CSVFileReader.scan(source.files[0], from: source) { _ in } }
        #expect(error?.code == .tooLarge)
        #expect(error?.file == "comments.csv")
        #expect(
            error?.message
                == "One entry in this file (on line 2) is larger than Safehold reads (8 MB), far larger than any real message or post. Safehold did not read it."
        )
    }

    @Test("tables find columns by name in any case, and the header alone is read without the rest")
    func tables() throws {
        let home = try FormatFixture.folder(["t.csv": Array(" ID ,Body\n1,hello\n2,\"bye\"\n".utf8), "empty.csv": []])
        let source = try ExportSources.open(home.url)
        var bodies = [String]()
        try CSVFileReader.scanTable(source.file(at: "t.csv")!, from: source) { header, row in
            bodies.append(row[header.index("body")] ?? "")
            #expect(header.index("id") == 0 && header.index("missing") == nil)
        }
        #expect(bodies == ["hello", "bye"])
        #expect(CSVFileReader.header(of: source.file(at: "t.csv")!, from: source)?.names == [" ID ", "Body"])
        let error = #expect(throws: ImportError.self) {
            try CSVFileReader.scanTable(source.file(at: "empty.csv")!, from: source) { _, _ in }
        }
        #expect(error?.code == .malformed && error?.file == "empty.csv")
    }
}
