import Foundation
import SafeholdCore
import Testing

@Suite("Timestamp")
struct TimestampTests {
    @Test(
        "written times parse and keep their offset",
        arguments: [
            ("2026-11-20T21:14:00+01:00", "2026-11-20T21:14:00+01:00"),
            ("2026-11-20T21:14:05.250Z", "2026-11-20T21:14:05.250Z"),
            ("2026-11-20 21:14 -05:30", "2026-11-20T21:14:00-05:30"),
            ("2026-11-20", "2026-11-20T00:00:00Z"),
            ("2026-11-20 21:14", "2026-11-20T21:14:00Z"),
        ]
    )
    func parses(text: String, expected: String) throws {
        let timestamp = try #require(Timestamp(parsing: text, assumedZone: TimeZone(secondsFromGMT: 0)!))
        #expect(timestamp.rfc3339 == expected)
    }

    @Test(
        "impossible or malformed times are refused",
        arguments: [
            "", "yesterday", "2026-13-01", "2026-02-30", "2026-11-20T25:00", "2026-11-20 21:14 +99:00", "20261120",
            "2026-11-20T21:14:00+01:00 extra",
        ]
    )
    func refuses(text: String) {
        #expect(Timestamp(parsing: text) == nil)
    }

    @Test("an offset changes the instant, not the written time")
    func offsetMovesInstant() throws {
        let plusOne = try #require(Timestamp(parsing: "2026-11-20T21:00:00+01:00"))
        let utc = try #require(Timestamp(parsing: "2026-11-20T20:00:00Z"))
        #expect(plusOne.date == utc.date)
        #expect(plusOne.rfc3339 != utc.rfc3339)
    }
}

@Suite("EvidenceID, ContentDigest and Platform")
struct IdentifierTests {
    @Test("item numbers parse as a person types them", arguments: [("12", UInt64(12)), ("#7", 7), (" 3 ", 3)])
    func parsesIDs(text: String, value: UInt64) {
        #expect(EvidenceID(parsing: text) == EvidenceID(value))
    }

    @Test("anything else is not an item number", arguments: ["", "0", "-1", "abc", "1.5", "99999999999999999999999"])
    func refusesIDs(text: String) {
        #expect(EvidenceID(parsing: text) == nil)
    }

    @Test("a digest is 32 bytes and round-trips through hex")
    func digest() throws {
        let hex = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        let digest = try #require(ContentDigest(hex: hex))
        #expect(digest.hex == hex)
        #expect(ContentDigest(hex: String(hex.dropLast(2))) == nil)
        #expect(ContentDigest(hex: String(hex.dropLast()) + "g") == nil)
    }

    @Test("platform names are short plain words; twitter is x")
    func platforms() {
        #expect(Platform("Twitter")?.rawValue == "x")
        #expect(Platform("instagram")?.rawValue == "instagram")
        #expect(Platform("") == nil)
        #expect(Platform("<script>") == nil)
        #expect(Platform(String(repeating: "a", count: 33)) == nil)
    }
}

@Suite("DisplaySafe")
struct DisplaySafeTests {
    @Test(
        "controls, escapes and direction overrides become visible",
        arguments: [
            ("photo\u{202E}gpj.exe", "photo\\u{202E}gpj.exe"),
            ("\u{1B}]0;owned\u{07}", "\\u{1B}]0;owned\\u{7}"),
            ("a\u{200B}b", "a\\u{200B}b"),
            ("line\nbreak", "line\\u{A}break"),
        ]
    )
    func escapes(raw: String, shown: String) {
        #expect(DisplaySafe.text(raw) == shown)
    }

    @Test("ordinary text in any script is left alone")
    func leavesTextAlone() {
        for text in ["Hello", "مرحبا بك", "こんにちは", "emoji 🙂👍🏽", "Zoë"] {
            #expect(DisplaySafe.text(text) == text)
        }
        #expect(DisplaySafe.text("two\nlines", keepingLineBreaks: true) == "two\nlines")
    }

    @Test("a sender known only by the platform's number reads as that platform's account; names stay as written")
    func senders() {
        #expect(DisplaySafe.sender("2002", platform: Platform("x")) == "X account 2002")
        #expect(DisplaySafe.sender("100004213", platform: Platform("facebook")) == "Facebook account 100004213")
        #expect(DisplaySafe.sender("5035550142", platform: Platform("sms")) == "5035550142")
        #expect(DisplaySafe.sender("100004213", platform: nil) == "100004213")
        #expect(DisplaySafe.sender("Jordan Reece", platform: Platform("whatsapp")) == "Jordan Reece")
        #expect(DisplaySafe.sender("@j_reece88", platform: Platform("x")) == "@j_reece88")
        #expect(DisplaySafe.sender("42", platform: Platform("x")) == "42")
        #expect(DisplaySafe.sender("٢٠٠٢", platform: Platform("x")) == "٢٠٠٢")
        #expect(DisplaySafe.sender("20\u{202E}02", platform: Platform("x")) == "20\\u{202E}02")
    }
}

@Suite("Timestamp formatting")
struct TimestampFormattingTests {
    @Test("formatting agrees with Foundation's calendar across centuries, offsets and leap days")
    func agreesWithCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let seconds = Double(Int64.random(in: -5_000_000_000...8_000_000_000, using: &generator))
            let offset = [0, 3600, -18000, 19800, 45900, -34200][Int.random(in: 0..<6, using: &generator)]
            let timestamp = Timestamp(date: Date(timeIntervalSince1970: seconds), offsetSeconds: offset)
            calendar.timeZone = TimeZone(secondsFromGMT: offset)!
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: timestamp.date)
            let expected = String(
                format: "%04d-%02d-%02dT%02d:%02d:%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!)
            #expect(timestamp.rfc3339.hasPrefix(expected), "\(seconds) \(offset)")
            #expect(Timestamp(parsing: timestamp.rfc3339)?.date == timestamp.date)
        }
        #expect(Timestamp(date: Date(timeIntervalSince1970: 951_782_400)).rfc3339 == "2000-02-29T00:00:00Z")
    }
}
