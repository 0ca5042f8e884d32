import Foundation
import Testing

@testable import SafeholdNetwork

@Suite("ConfusablesTable")
struct ConfusablesTableTests {
    /// Lines in Unicode's confusables.txt format, written for this test.
    static let fixture = """
        \u{FEFF}# confusables.txt
        # Version: 99.1.0
        #
        0440 ;\t0070 ;\tMA\t# ( р → p ) a Cyrillic letter that looks like p

        006D ;\t0072 006E ;\tMA\t# ( m → rn )
        0430 ;\t0061 ;\tMA\t# ( а → a ) listed after р on purpose, to check sorting
        """

    @Test("converting the fixture gives sorted hexadecimal lines under a header naming the version")
    func convertsFixture() throws {
        let data = try ConfusablesTable.convert(confusablesTxt: Self.fixture)
        let text = try #require(String(data: data, encoding: .utf8))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "# Unicode TR39 confusables (source<TAB>prototype), Unicode version 99.1.0")
        #expect(
            Array(lines.dropFirst(2)) == ["0430\t0061", "0440\t0070", "006D\t0072 006E"].sorted { $0.hex < $1.hex }
        )
        let table = try ConfusablesTable(resource: text)
        #expect(table.unicodeVersion == "99.1.0")
        #expect(table.mappings[0x6D] == ["r", "n"])
    }

    @Test("conversion is deterministic whatever the order of the input lines")
    func conversionIsDeterministic() throws {
        let reversed = Self.fixture.split(separator: "\n").reversed().joined(separator: "\n")
        let header = Self.fixture.split(separator: "\n").prefix(2).joined(separator: "\n")
        #expect(
            try ConfusablesTable.convert(confusablesTxt: header + "\n" + reversed)
                == ConfusablesTable.convert(confusablesTxt: Self.fixture)
        )
    }

    @Test(
        "a malformed data line is refused with its line number",
        arguments: ["zz ; 0070 ; MA", "0440 ; 11FFFFF ; MA", "0440"]
    )
    func refusesMalformed(line: String) {
        #expect(throws: ConfusablesTable.FormatError.self) {
            try ConfusablesTable.convert(confusablesTxt: "# Version: 1\n" + line)
        }
    }

    @Test("the shipped table is Unicode 17 with every line of confusables.txt")
    func shippedTable() {
        let table = ConfusablesTable.shipped
        #expect(table.unicodeVersion == "17.0.0")
        #expect(table.mappings.count == 6565)
        #expect(table.mappings[0x0430] == ["a"])
        #expect(table.mappings[0x0031] == ["l"])
    }

    /// Checks (or, with `SAFEHOLD_REGENERATE=1`, rewrites) the shipped resource against Unicode's file.
    /// `SAFEHOLD_CONFUSABLES_TXT=/path/to/confusables.txt swift test --filter ConfusablesTable`
    @Test(
        "the shipped resource equals the conversion of confusables.txt",
        .enabled(if: ProcessInfo.processInfo.environment["SAFEHOLD_CONFUSABLES_TXT"] != nil)
    )
    func shippedMatchesSource() throws {
        let environment = ProcessInfo.processInfo.environment
        let source = try String(contentsOfFile: try #require(environment["SAFEHOLD_CONFUSABLES_TXT"]), encoding: .utf8)
        let converted = try ConfusablesTable.convert(confusablesTxt: source)
        let resource = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/SafeholdNetwork/Resources/confusables.tsv").standardizedFileURL
        if environment["SAFEHOLD_REGENERATE"] == "1" { try converted.write(to: resource) }
        #expect(try Data(contentsOf: resource) == converted)
    }
}

extension String {
    fileprivate var hex: UInt32 { UInt32(split(separator: "\t")[0], radix: 16) ?? 0 }
}

@Suite("Shipped resources")
struct ShippedResourcesTests {
    @Test(
        "the Unicode licence and the provenance note ship beside the table",
        arguments: ["LICENSE-Unicode.txt", "PROVENANCE.md"]
    )
    func licence(name: String) throws {
        let folder = try #require(Bundle.module.url(forResource: "Resources", withExtension: nil))
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        #expect(text.contains("Unicode"))
    }
}
