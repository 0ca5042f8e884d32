import Foundation

/// A minimal structural check of a PDF file: header, cross-reference offsets, trailer and page count.
struct PDFChecker {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let pageCount: Int
    let objectCount: Int

    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        let text = Self.latin1(bytes)
        guard text.hasPrefix("%PDF-1.") else { throw Failure(description: "no PDF header") }
        guard text.hasSuffix("%%EOF\n") else { throw Failure(description: "no end-of-file marker") }
        guard let startRange = text.range(of: "startxref\n", options: .backwards),
            let xref = Int(text[startRange.upperBound...].prefix { $0.isNumber })
        else { throw Failure(description: "no startxref") }
        guard xref < bytes.count, bytes[xref...].starts(with: Array("xref\n".utf8)) else {
            throw Failure(description: "startxref does not point at the xref table")
        }
        let lines = bytes[xref...].split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
        let header = lines[1].split(separator: " ")
        guard header.count == 2, header[0] == "0", let size = Int(header[1]) else {
            throw Failure(description: "bad xref subsection header")
        }
        for number in 1..<size {
            let entry = lines[1 + 1 + number]
            guard entry.count == 19, entry.hasSuffix(" 00000 n "), let offset = Int(entry.prefix(10)) else {
                throw Failure(description: "bad xref entry for object \(number)")
            }
            guard offset < bytes.count, bytes[offset...].starts(with: Array("\(number) 0 obj\n".utf8)) else {
                throw Failure(description: "xref offset for object \(number) is wrong")
            }
        }
        guard let trailer = lines.firstIndex(of: "trailer"), lines[trailer + 1].contains("/Size \(size) "),
            lines[trailer + 1].contains("/Root ")
        else { throw Failure(description: "bad trailer") }
        objectCount = size - 1
        let pages = text.components(separatedBy: "/Type /Page ").count - 1
        guard let countRange = text.range(of: "/Type /Pages /Kids ["),
            let count = text[countRange.upperBound...].range(of: "/Count "),
            Int(text[count.upperBound...].prefix { $0.isNumber }) == pages
        else { throw Failure(description: "page tree count does not match the pages") }
        pageCount = pages
    }

    /// The file with every `/FlateDecode` stream inflated in place, for searching content streams.
    static func decoded(_ pdf: Data) throws -> String {
        let bytes = [UInt8](pdf)
        let text = latin1(bytes)
        var out = ""
        var cursor = text.startIndex
        while let found = text.range(of: "<< /Length ", range: cursor..<text.endIndex) {
            out += text[cursor..<found.lowerBound]
            let length = Int(text[found.upperBound...].prefix { $0.isNumber })!
            let start = text.range(of: ">>\nstream\n", range: found.upperBound..<text.endIndex)!.upperBound
            let offset = text.unicodeScalars.distance(from: text.startIndex, to: start)
            out += latin1(try FixedInflate.inflate(Array(bytes[offset..<offset + length])))
            cursor = text.unicodeScalars.index(start, offsetBy: length)
        }
        return out + text[cursor...]
    }

    /// Each byte as one character, so that searches work on binary files.
    static func latin1(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: bytes.lazy.map { Unicode.Scalar($0) })
        return String(scalars)
    }
}

/// Runs poppler's tools when they are installed.
enum Poppler {
    static func tool(_ name: String) -> URL? {
        ["/usr/bin/", "/usr/local/bin/", "/opt/homebrew/bin/"].map { URL(fileURLWithPath: $0 + name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static var available: Bool { tool("pdftotext") != nil }

    /// The text layer of `pdf` as pdftotext reads it.
    static func text(_ pdf: Data) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("safehold-pdf-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.pdf")
        let output = directory.appendingPathComponent("out.txt")
        try pdf.write(to: input)
        let process = Process()
        process.executableURL = tool("pdftotext")
        process.arguments = ["-enc", "UTF-8", input.path, output.path]
        try process.run()
        process.waitUntilExit()
        return try String(contentsOf: output, encoding: .utf8)
    }
}
