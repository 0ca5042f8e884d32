import Foundation
import Testing

@testable import SafeholdImport

@Suite("MetaText")
struct MetaTextTests {
    /// Text as Meta writes it: each byte of its UTF-8 as a code point of its own.
    static func mojibake(_ text: String) -> String {
        String(String.UnicodeScalarView(text.utf8.map { Unicode.Scalar($0) }))
    }

    static let samples = [
        "Løye", "Sofía Núñez", "Björn Åkesson", "Göteborgs Stadsbibliotek", "Ærø, Øresund",
        "😡", "Fine. Whatever 👍🏽", "New account 🤷‍♂️", "🤷🏻‍♂️", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇸🇪",
        "田中 愛子", "来週のクラス、楽しみ！🎨", "ليلى حداد", "مرحبا! أراكم يوم الخميس", "Привет", "שלום",
    ]

    @Test("Meta's byte-per-character text is decoded back to what was written", arguments: samples)
    func repairs(text: String) {
        #expect(MetaText.repair(Self.mojibake(text)) == text)
    }

    @Test("text that is already correct is left as it is", arguments: samples + ["plain ASCII", "", "café ☕"])
    func leavesCorrectText(text: String) {
        #expect(MetaText.repair(text) == text)
    }

    @Test(
        "Latin-1 text that is not valid UTF-8 is never damaged",
        arguments: [
            "caf\u{E9}", "\u{C3}", "\u{F0}\u{9F}\u{98}", "\u{C0}\u{AF}", "\u{ED}\u{A0}\u{80}",
            "\u{F8}\u{88}\u{80}\u{80}\u{80}",
            "Stra\u{DF}e", "\u{FF}\u{FE}",
        ]
    )
    func leavesInvalidSequences(text: String) {
        #expect(MetaText.repair(text) == text)
    }

    @Test("an escaped string from the export's JSON is repaired after Foundation decodes it")
    func fromJSON() throws {
        let json = Data(#"["L\u00c3\u00b8ye \u00f0\u009f\u0098\u00a1", "S\u00c3\u00b8ren"]"#.utf8)
        let decoded = try #require(try JSONSerialization.jsonObject(with: json) as? [String?])
        #expect(decoded.map { MetaText.repair($0) } == ["Løye 😡", "Søren"])
    }

    @Test("a missing text stays missing")
    func missing() {
        #expect(MetaText.repair(nil as String?) == nil)
    }
}
