/// The fixed words of a report, shared by the HTML and PDF renderers so that both say the same thing.
enum ReportWording {
    /// The kind of document, shown above the title.
    static func documentKind(_ audience: Audience) -> String {
        switch audience {
        case .police: "Incident log"
        case .court: "Exhibits for a protection order application"
        case .cps: "Concerns about children"
        case .lawyer: "Case file"
        }
    }

    /// The short introduction on the cover page.
    static func introduction(_ model: ReportModel) -> String {
        let who = model.subject
        let when = "from \(ReportDates.display(model.period.from)) to \(ReportDates.display(model.period.to))"
        switch model.audience {
        case .police:
            return "This log lists messages and posts that \(who) received or found \(when). "
                + "Each entry is numbered in time order and gives the text as it was written, who sent it, "
                + "where it was found and a fingerprint of the original file."
        case .court:
            return "These exhibits are provided in support of an application for a protection order by \(who). "
                + "They cover the period \(when). Each exhibit is numbered in time order and can be checked "
                + "against the original file by its fingerprint."
        case .cps:
            return "This document sets out messages and posts, collected by \(who) \(when), "
                + "that concern the safety or care of children. Each item is numbered in time order "
                + "and gives the text as it was written and where it was found."
        case .lawyer:
            return "This case file gathers the messages and posts that \(who) collected \(when), "
                + "with the findings for each, the people involved and how each item can be checked."
        }
    }

    /// How the record was kept, and what it can and cannot show.
    static let method = [
        "Safehold kept each item in an encrypted log when it was collected. The log is built so that any later "
            + "change to an item can be detected.",
        "The fingerprint (SHA-256) is calculated from the original file. Anyone can calculate it again from the "
            + "evidence bundle; a different result means the file is not the same.",
        "The log shows what was held and since when. It cannot show that a screenshot is genuine. Items taken from "
            + "a platform's own data export carry the platform's identifiers and are the stronger record.",
        "Text is shown as it was written, including spelling. Control characters, most invisible characters and those "
            + "that change the direction of text are shown by their name in square brackets, for example "
            + "[U+202E RIGHT-TO-LEFT OVERRIDE].",
    ]

    /// The note on the redaction section.
    static let redactionNote =
        "Some details were hidden in this report at the request of the person who prepared it. Each place is "
        + "shown as [redacted: …]. The original items are kept unchanged in the evidence bundle."

    /// The note under the chart's heading.
    static let chartNote = "Number of incidents found, by kind."
}
