import Foundation
import Safehold
import SafeholdTestSupport
import Testing

/// How JSON Lines are cut and answered: every line once, in order, whatever the line endings, batch and read
/// boundaries, and a line too long to read.
@Suite("JSON Lines reading")
struct JSONLinesTests {
    struct Echo: Encodable, Sendable {
        var id: LineID?
        var length: Int
    }

    /// Runs `JSONLines.process` from a file holding `input` and returns the answers, one per line.
    static func answers(_ input: Data) throws -> [String] {
        let folder = try TemporaryDirectory(prefix: "jsonlines")
        let inURL = folder.path("in.jsonl")
        let outURL = folder.path("out.jsonl")
        try input.write(to: inURL)
        try Data().write(to: outURL)
        let reading = try FileHandle(forReadingFrom: inURL)
        let writing = try FileHandle(forWritingTo: outURL)
        try JSONLines.process(reading, to: writing) { Echo(id: $0.id, length: $0.text.unicodeScalars.count) }
        try reading.close()
        try writing.close()
        return String(decoding: try Data(contentsOf: outURL), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test("3,000 lines across batch and read boundaries, with CRLF endings and no final newline, answer in order")
    func manyLines() throws {
        // Long texts so that lines straddle the 64 KB reads; 3,000 lines cross the 1,024-line batches.
        let lines = (0..<3000).map { #"{"id":\#($0),"text":"\#(String(repeating: "x", count: $0 % 97))"}"# }
        let input = lines.enumerated().map { $0.offset % 2 == 0 ? $0.element + "\r\n" : $0.element + "\n" }
            .joined().dropLast()
        let answers = try Self.answers(Data(input.utf8))
        #expect(answers.count == 3000)
        for (number, answer) in answers.enumerated() {
            #expect(answer == #"{"id":\#(number),"length":\#(number % 97)}"#, "line \(number)")
        }
    }

    @Test("a line longer than 4 MB gets an error and the lines after it are still answered")
    func overlongLine() throws {
        let long = #"{"id":"long","text":""# + String(repeating: "a", count: JSONLines.maximumLineBytes + 10) + "\"}"
        let input = #"{"id":"before","text":"hi"}"# + "\n" + long + "\n" + #"{"id":"after","text":"bye"}"# + "\n"
        let answers = try Self.answers(Data(input.utf8))
        #expect(answers.count == 3)
        #expect(answers[0] == #"{"id":"before","length":2}"#)
        #expect(answers[1].contains("longer than 4 MB"))
        #expect(answers[2] == #"{"id":"after","length":3}"#)
    }
}
