import Foundation
import SafeholdAnalysis
import Testing

@testable import Safehold

/// `safehold classify` writes its lines without `JSONEncoder`; the bytes must be exactly what it would write.
@Suite("classify's JSON lines")
struct JSONLineWriterTests {
    static let analyzer = Result { try TextAnalyzer.shipped() }

    static func encoded(_ line: ClassifiedLine) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(line))
    }

    @Test(
        "the written line equals JSONEncoder's, for hostile ids and texts",
        arguments: [
            "I will find you and hurt you", "send me nudes", "he said \"I'll post your nudes\" lol",
            "the bus leaves at nine", "", "a\u{0}b\u{1F}c\u{7F}\u{2028}\u{2029}", "\\\"/\n\r\t\u{8}\u{C}",
            "😂🔪 you're dead", String(repeating: "idiot ", count: 300), "ｙｏｕ ｉｄｉｏｔ", "k\u{200B}i\u{200B}l\u{200B}l you",
        ]
    )
    func sameBytes(_ text: String) throws {
        let classifier = LineClassifier(analyzer: try Self.analyzer.get())
        let ids: [LineID?] = [nil, .string(text), .string("id/\u{1}\"x\\"), .number(7), .number(-42), .number(0)]
        for id in ids {
            let line = classifier.classify(TextLine(id: id, text: text))
            let written = try #require(line.jsonLine())
            #expect(written == (try Self.encoded(line)), "\(text)")
        }
    }

    @Test("an id that is a fractional or huge number is left to JSONEncoder")
    func fractionalIDs() throws {
        let classifier = LineClassifier(analyzer: try Self.analyzer.get())
        for value in [1.5, 1e20, -0.25] {
            #expect(classifier.classify(TextLine(id: .number(value), text: "hi")).jsonLine() == nil)
        }
    }

    @Test("every score rounded to four decimals, and other numbers, are written as JSONEncoder writes them")
    func numbers() throws {
        let encoder = JSONEncoder()
        var values = (0...10_000).map { (Double($0) * 10_000).rounded() / 100_000_000 }
        values += (0...10_000).map { (Double($0)).rounded() / 10_000 }
        values += [0.00005, 0.123456, 1.5, 2, 1e-7, 12_345.678, 0.1 + 0.2, -0.0, -0.5]
        for value in values {
            var writer = JSONLineWriter()
            writer.number(value)
            let expected = Array(try encoder.encode([value]).dropFirst().dropLast())
            #expect(writer.bytes == expected, "\(value)")
        }
    }

    @Test("a map of scores is written in sorted order, whether or not its keys are the labels' names")
    func scoreMaps() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let labels = Dictionary(uniqueKeysWithValues: AbuseLabel.allCases.map { ($0.rawValue, 0.25) })
        var renamed = labels
        renamed["threat"] = nil
        renamed["zzz"] = 0.5
        let maps: [[String: Double]] = [labels, renamed, ["b": 1, "a": 0.5], [:], labels.filter { $0.key != "insult" }]
        for map in maps {
            var writer = JSONLineWriter()
            writer.numbers(map)
            #expect(writer.bytes == Array(try encoder.encode(map)), "\(map)")
        }
    }
}
