import Foundation
import SafeholdCore
import SafeholdTestSupport
import Testing

@testable import SafeholdImport

@Suite("LineReader")
struct LineReaderTests {
    /// Feeds `text` to a line reader in pieces of `pieceSize` bytes and returns what it found.
    static func lines(_ bytes: [UInt8], pieceSize: Int, limit: Int = 1 << 20) throws -> [TextLine] {
        var reader = LineReader(path: "test.txt", maximumLineLength: limit)
        var lines = [TextLine]()
        var start = 0
        while start < bytes.count {
            let piece = Array(bytes[start..<min(bytes.count, start + pieceSize)])
            try piece.withUnsafeBytes { buffer in try reader.feed(buffer) { lines.append($0) } }
            start += pieceSize
        }
        try reader.finish { lines.append($0) }
        return lines
    }

    @Test(
        "lines split on LF with CR kept out of the text, numbered, at exact offsets, whatever the piece size",
        arguments: [1, 2, 3, 7, 64]
    )
    func splitting(_ pieceSize: Int) throws {
        let bytes = Array("one\r\ntwo\n\nfour\rstill four\nlast".utf8)
        let lines = try Self.lines(bytes, pieceSize: pieceSize)
        #expect(lines.map(\.text) == ["one", "two", "", "four\rstill four", "last"])
        #expect(lines.map(\.number) == [1, 2, 3, 4, 5])
        #expect(lines.map(\.offset) == [0, 5, 9, 10, 26])
        #expect(lines.map(\.terminatorLength) == [2, 1, 1, 1, 0])
        for line in lines {
            let start = Int(line.offset)
            #expect(Array(bytes[start..<(start + Int(line.length))]) == Array(line.bytes) + line.terminator)
        }
    }

    @Test("a file ending in a line break has no empty last line, and an empty file has no lines")
    func endings() throws {
        #expect(try Self.lines(Array("a\n".utf8), pieceSize: 1).map(\.text) == ["a"])
        #expect(try Self.lines([], pieceSize: 1).isEmpty)
    }

    @Test("a line longer than the limit stops reading with a tooLarge error naming the line")
    func overLong() throws {
        let bytes = Array("short\n".utf8) + [UInt8](repeating: 0x78, count: 5000) + [0x0A]
        let error = try #require(throws: ImportError.self) { try Self.lines(bytes, pieceSize: 1024, limit: 4096) }
        #expect(error.code == .tooLarge)
        #expect(error.message.contains("Line 2 is longer than 4096 bytes"))
        #expect(error.file == "test.txt")
    }

    @Test("a 10 MB line in a file is refused at the default 1 MiB limit without reading it whole")
    func tenMegabytes() throws {
        let directory = try TemporaryDirectory()
        var data = Data("first line\n".utf8)
        data.append(Data(repeating: 0x62, count: 10 << 20))
        try data.write(to: directory.path("huge.txt"))
        let source = try ExportSources.open(directory.path("huge.txt"))
        var seen = [String]()
        let error = try #require(throws: ImportError.self) {
            try LineReader.read(try #require(source.files.first), from: source) { seen.append($0.text) }
        }
        #expect(seen == ["first line"])
        #expect(error.message.contains("1 MiB"))
    }

    @Test("invalid UTF-8 is reported, replaced in the text and kept in the bytes")
    func invalidUTF8() throws {
        let bytes: [UInt8] = [0x61, 0xC3, 0x28, 0x0A, 0x62, 0x0A]
        let lines = try Self.lines(bytes, pieceSize: 2)
        #expect(lines.map(\.isValidUTF8) == [false, true])
        #expect(lines[0].text == "a\u{FFFD}(")
        #expect(Array(lines[0].bytes) == [0x61, 0xC3, 0x28])
    }
}
