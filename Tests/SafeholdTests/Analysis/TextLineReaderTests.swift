import Foundation
import Testing

@testable import Safehold

/// `safehold classify` reads the usual `{"id","text"}` line without `JSONDecoder`; whenever it answers, the answer
/// must be the decoder's, and every other line must be left to the decoder.
@Suite("classify's line reader")
struct TextLineReaderTests {
    static func fast(_ bytes: [UInt8]) -> TextLine? {
        bytes.withUnsafeBytes { TextLineReader.read($0) }
    }

    static func decoded(_ bytes: [UInt8]) -> TextLine? {
        try? JSONDecoder().decode(TextLine.self, from: Data(bytes))
    }

    static func same(_ a: TextLine?, _ b: TextLine?) -> Bool {
        a?.id == b?.id && a?.text == b?.text
    }

    /// A fixed pseudo-random sequence, so the generated lines are the same on every run.
    struct Numbers {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Pieces of hostile text: quotes, backslashes, controls, emoji, other scripts, invisible characters.
    static let pieces = [
        "I will find you", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{1F}", "é", "ж", "你", "😀", "🔪",
        "\u{200B}",
        "\u{2028}", "\u{FEFF}", " ", "k!ll", "'", "{", "}", ":", ",",
    ]

    /// A JSON string for `text`, written one of several legal ways: escapes short or as \u, non-ASCII raw or escaped.
    static func jsonString(_ text: String, _ numbers: inout Numbers) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            let style = numbers.next(3)
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "/": out += style == 0 ? "\\/" : "/"
            case "\n": out += style == 0 ? "\\u000a" : "\\n"
            case "\t": out += style == 0 ? "\\u0009" : "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04X", scalar.value)
            case _ where scalar.value >= 0x80 && style == 0:
                for unit in String(scalar).utf16 { out += String(format: "\\u%04x", unit) }
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test("on generated lines, an answer is always the decoder's, and the usual lines get one")
    func agreesWithDecoder() {
        var numbers = Numbers(state: 20_261_207)
        var answered = 0
        let spaces = ["", " ", "  ", "\t", "\r", "\n "]
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<numbers.next(8) { text += Self.pieces[numbers.next(Self.pieces.count)] }
            func space() -> String { spaces[numbers.next(spaces.count)] }
            var fields = ["\"text\"\(space()):\(space())\(Self.jsonString(text, &numbers))"]
            switch numbers.next(8) {
            case 0: fields.append("\"id\":7")
            case 1: fields.append("\"id\":null")
            case 2: fields.append("\"extra\":\"x\"")
            case 3: fields.append("\"text\":\"again\"")
            case 4: break
            default: fields.append("\"id\"\(space()):\(space())\(Self.jsonString(text + "#", &numbers))")
            }
            if numbers.next(2) == 0 { fields.reverse() }
            var line =
                space() + "{" + space() + fields.joined(separator: space() + "," + space()) + space() + "}" + space()
            switch numbers.next(12) {
            case 0: line.removeLast(min(line.count, 1 + numbers.next(4)))
            case 1: line += "x"
            case 2: line = line.replacingOccurrences(of: "}", with: ",}")
            default: break
            }
            let bytes = Array(line.utf8)
            let fast = Self.fast(bytes)
            if fast != nil {
                answered += 1
                #expect(Self.same(fast, Self.decoded(bytes)), "\(line)")
            }
        }
        // Half the lines are the usual shape (a string id or none) and five in six of those are left whole; the
        // reader must answer for them, or it saves nothing: about 1,250 of the 3,000.
        #expect(answered > 1000)
    }

    @Test(
        "malformed or unusual lines are left to the decoder",
        arguments: [
            #"{"id":"a","text":"\ud83d"}"#, #"{"id":"a","text":"\ude00x"}"#, #"{"id":"a","text":"\u12"}"#,
            #"{"id":"a","text":"\q"}"#, #"{"id":"a","te\u0078t":"x"}"#, #"{"id":5,"text":"x"}"#,
            #"{"id":"a","text":"x","text":"y"}"#, #"{"id":"a","text":"x",}"#, #"{"id":"a","text":"x"} tail"#,
            #"{"id":"a"}"#, #"["text"]"#, #"{"text":"x""#, "{\"text\":\"a\u{1}b\"}", "\u{FEFF}{\"text\":\"x\"}",
        ]
    )
    func leftToDecoder(_ line: String) {
        #expect(Self.fast(Array(line.utf8)) == nil, "\(line)")
    }

    @Test("bytes that are not UTF-8 inside a string are left to the decoder")
    func invalidUTF8() {
        let bytes: [UInt8] = Array(#"{"id":"a","text":"ab"#.utf8) + [0xFF, 0xC3] + Array(#""}"#.utf8)
        #expect(Self.fast(bytes) == nil)
    }

    @Test("escapes and surrogate pairs read as the decoder reads them")
    func escapes() throws {
        let line = #"{ "text" : "a\"b\\c\/d\n\t\u00e9\ud83d\ude00\u0000" , "id":"\u0041" }"#
        let fast = try #require(Self.fast(Array(line.utf8)))
        #expect(fast.text == "a\"b\\c/d\n\té😀\u{0}")
        #expect(fast.id == .string("A"))
        #expect(Self.same(fast, Self.decoded(Array(line.utf8))))
    }
}
