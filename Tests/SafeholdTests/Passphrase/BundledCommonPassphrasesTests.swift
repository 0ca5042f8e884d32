import Foundation
import Testing

@testable import Safehold

@Suite("BundledCommonPassphrases")
struct BundledCommonPassphrasesTests {
    @Test(
        "The bundled list loads and contains obviously common entries",
        arguments: [
            "password", "123456", "qwerty", "iloveyou", "sunshine", "football", "dragon", "letmein", "trustno1",
        ]
    )
    func containsCommonEntries(entry: String) {
        #expect(BundledCommonPassphrases.entries.contains(entry))
    }

    @Test("The bundled list is large, lowercased, and holds no comment lines")
    func listIsWellFormed() {
        let entries = BundledCommonPassphrases.entries
        #expect(entries.count > 25_000)
        #expect(entries.allSatisfy { $0 == $0.lowercased() && !$0.hasPrefix("#") && !$0.isEmpty })
        #expect(!entries.contains("copper lantern walks quietly north"))
    }

    @Test("The bundled file names its source, version, licence and the command that made it")
    func headerNamesItsSource() throws {
        let url = try #require(BundledCommonPassphrases.resourceURL)
        let text = try String(contentsOf: url, encoding: .utf8)
        let header = text.split(separator: "\n").prefix { $0.hasPrefix("#") }.joined(separator: "\n")
        #expect(header.contains("zxcvbn 4.5.0"))
        #expect(header.contains("MIT"))
        #expect(header.contains("scripts/make-common-passphrases.sh"))
        #expect(try Data(contentsOf: url).count < 1_500_000)
    }

    @Test("Parsing skips comments and blank lines and lowercases entries")
    func parseSkipsComments() {
        let parsed = BundledCommonPassphrases.parse("# header\n\nHello\nworld\r\n#another\nhello\n")
        #expect(parsed == ["hello", "world"])
    }

    @Test(
        "The default policy refuses what is on the bundled list",
        arguments: ["letmeinletmein1!", "Sunshine2024!!!!"]
    )
    func defaultPolicyUsesTheBundledList(passphrase: String) {
        let reasons = PassphrasePolicy().problems(with: passphrase).map(\.reason)
        #expect(reasons.contains(.commonPassphrase))
    }
}
