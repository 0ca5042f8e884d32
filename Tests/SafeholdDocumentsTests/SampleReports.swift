import SafeholdDocuments

/// Report models the tests render: a calm sample, many scripts, and text written to break documents.
enum SampleReports {
    static let latin = "You should know I saw you at the café on Friday."
    static let cyrillic = "Я знаю, где ты живёшь."
    static let arabic = "أعرف أين تسكن"
    static let cjk = "我知道你住在哪里"
    static let emoji = "😡🔪"

    /// Text that tries to become markup, reorder lines or end strings early.
    static let hostile = [
        "<script>alert(1)</script>", "</style><img src=x onerror=alert(1)>", "\"'><svg onload=alert(2)>",
        "\u{202E}gnp.exe\u{202C} and \u{2066}isolated\u{2069}", "NUL\u{0}byte and bell\u{7}", "(unbalanced \\) paren",
        "endstream endobj %%EOF trailer << /Root 1 0 R >>", "<!-- comment --> ]]> &amp; &#x3C;",
        "\u{FEFF}zero\u{200B}width\u{200D}joiner", "javascript:alert(3)",
    ].joined(separator: "\n")

    static func exhibit(_ number: Int, text: String, day: Int = 1) -> Exhibit {
        let dd = day < 10 ? "0\(day)" : String(day)
        return Exhibit(
            number: number,
            itemID: "item-\(number)",
            platform: "Instagram",
            sender: "@account_\(number % 3)",
            postedAt: "2026-03-\(dd)T21:13:0\(number % 10)Z",
            capturedAt: "2026-04-02T09:00:00Z",
            source: "Instagram data export, messages/inbox/conversation_1/message_1.json",
            sha256: String(repeating: "ab12", count: 16),
            text: text,
            findings: ["The message says the sender saw the person at a named place."],
            links: ["https://www.instagram.com/p/Cx\(number)/", "javascript:alert(1)"]
        )
    }

    static func model(_ audience: Audience = .police, exhibits: [Exhibit]) -> ReportModel {
        ReportModel(
            audience: audience,
            title: "Messages received March 2026",
            preparedFor: "Officer on duty",
            subject: "Sam Example",
            period: ReportPeriod(from: "2026-03-01", to: "2026-03-31"),
            platforms: ["Instagram", "WhatsApp"],
            severityCounts: [ReportCount(label: "High", count: 3), ReportCount(label: "Medium", count: 9)],
            kindCounts: [ReportCount(label: "Threat", count: 4), ReportCount(label: "Surveillance", count: 8)],
            people: [ReportPerson(label: "@account_1", role: "Sent most of the messages", platform: "Instagram")],
            exhibits: exhibits,
            incidentsByDay: (1...28).flatMap { day in
                let dd = day < 10 ? "0\(day)" : String(day)
                return [
                    DayCount(date: "2026-03-\(dd)", kind: "Threat", count: day % 4),
                    DayCount(date: "2026-03-\(dd)", kind: "Surveillance", count: (day * 7) % 5),
                ]
            }
        )
    }

    static var scripts: ReportModel {
        model(
            exhibits: [latin, cyrillic, arabic, cjk, emoji].enumerated().map { exhibit($0 + 1, text: $1, day: $0 + 1) }
        )
    }

    static var hostileModel: ReportModel {
        var hostileExhibit = exhibit(1, text: hostile)
        hostileExhibit.sender = "<b onmouseover=alert(9)>x</b>\u{202E}"
        hostileExhibit.links = ["javascript:alert(1)", "https://example.org/\"onclick=\"x", "data:text/html,<script>"]
        hostileExhibit.findings = ["<iframe src=\"https://evil.example\">"]
        var model = model(exhibits: [hostileExhibit])
        model.title = "</title><script>alert(4)</script>"
        model.people = [ReportPerson(label: "<script>", role: "</style>", platform: "\u{0}")]
        return model
    }

    static func many(_ count: Int) -> ReportModel {
        let texts = [latin, cyrillic, arabic, cjk, emoji, hostile]
        return model(exhibits: (1...count).map { exhibit($0, text: texts[$0 % texts.count], day: $0 % 28 + 1) })
    }
}
