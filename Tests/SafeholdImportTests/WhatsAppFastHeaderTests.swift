import Testing

@testable import SafeholdImport

@Suite("WhatsAppFastHeader")
struct WhatsAppFastHeaderTests {
    static let lines = [
        "12/31/23, 9:41 PM - Jordan: hi", "31/12/2023, 21:41 - Sam: ok", "[31/12/2023, 21:41:05] Sam: ok",
        "[12/31/23, 9:41:05 AM] Jordan: x", "2023-12-31, 21:41 - Sam: a", "31.12.23, 21:41 - Sam: b",
        "1/2/23, 9:05 am - A: b", "12/31/23, 9:41 PM -", "[31/12/2023, 21:41:05]Sam: tight",
        "12/31/23, 9:41 PM - Messages and calls are end-to-end encrypted.", "2023/12/31, 21:41 - X: y",
        "1/1/24, 12:04\u{202F}AM - Jordan Reece: I stop", "[1/1/24, 12:04:09\u{202F}PM] Jordan: x",
    ]

    @Test("reads the common ASCII headers exactly as the general reader does", arguments: lines)
    func agreesOnCommonHeaders(line: String) throws {
        let bytes = Array(line.utf8)
        let fast = try #require(WhatsAppFastHeader.parse(bytes))
        #expect(fast == WhatsAppLineParser.generalHeader(bytes))
    }

    static let declined = [
        "12/31/23, 9:41 p. m. - A: b", "23. 12. 31. 오후 9:41 - A: b", "12/31/23 9:41 PM - A: b",
        "12/31/23, 9.41 - A: b", "\u{200E}[31/12/2023, 21:41:05] A: b", "123/1/23, 9:41 - A: b",
        "12/31/23, 24:41 - A: b", "12/31/23, 9:4 - A: b", "12/31/2023, 9:41 PM-A: b", "12-31/23, 9:41 - A: b",
        "1234/12/2023, 9:41 - A", "12/31/23, 9:41\u{00A0}PM - A: b", "the 12/31/23, 9:41 - A",
    ]

    @Test("leaves every other line to the general reader", arguments: declined)
    func declinesTheRest(line: String) {
        #expect(WhatsAppFastHeader.parse(Array(line.utf8)) == nil)
    }

    @Test("agrees with the general reader on every cut and one-byte change of real headers")
    func agreesUnderMutation() {
        let alphabet = Array("0123456789/.-,: []APMapm-x".utf8) + [0xE2, 0x80, 0xAF, 0xA0]
        var checked = 0
        for line in Self.lines {
            let bytes = Array(line.utf8)
            for cut in 0...bytes.count {
                check(Array(bytes[..<cut]), &checked)
            }
            for position in bytes.indices.prefix(28) {
                for replacement in alphabet {
                    var mutated = bytes
                    mutated[position] = replacement
                    check(mutated, &checked)
                }
            }
        }
        #expect(checked > 500)
    }

    private func check(_ bytes: [UInt8], _ checked: inout Int) {
        guard let fast = WhatsAppFastHeader.parse(bytes) else { return }
        checked += 1
        #expect(fast == WhatsAppLineParser.generalHeader(bytes), "\(String(decoding: bytes, as: UTF8.self))")
    }
}
