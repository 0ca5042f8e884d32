/// Renders a report as one self-contained HTML file: no scripts, no fonts, images or styles from
/// elsewhere, and a content security policy that forbids loading anything.
public enum HTMLReport {
    /// The complete HTML document for `model`. Every string from the model is escaped.
    public static func render(_ model: ReportModel) -> String {
        var out = head(model)
        out.reserveCapacity(model.exhibits.count * 2048 + 16384)
        out += cover(model)
        out += section("Incidents over time", note: ReportWording.chartNote + " " + ChartData(model).periodWords)
        out += HTMLChart.svg(ChartData(model)) + "</section>\n"
        out += people(model)
        out += method()
        out += redactions(model)
        out += "<section class=\"exhibits\"><h2>Exhibits</h2>\n"
        if model.exhibits.isEmpty { out += "<p>There are no exhibits in this report.</p>\n" }
        for exhibit in model.exhibits.sorted(by: { $0.number < $1.number }) {
            HTMLExhibit.append(exhibit, to: &out)
        }
        return out + "</section>\n</body>\n</html>\n"
    }

    private static func head(_ model: ReportModel) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="referrer" content="no-referrer">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscape.text(plain(model.title)))</title>
        <style>
        \(HTMLStyle.css)
        </style>
        </head>
        <body>

        """
    }

    private static func cover(_ model: ReportModel) -> String {
        var out = "<section class=\"cover\">\n<p class=\"kind\">"
        out += HTMLEscape.text(ReportWording.documentKind(model.audience)) + "</p>\n"
        out += "<h1><bdi>" + HTMLEscape.rich(model.title) + "</bdi></h1>\n"
        out += "<p>" + HTMLEscape.rich(ReportWording.introduction(model)) + "</p>\n<table>\n"
        if let recipient = model.preparedFor { out += row("Prepared for", HTMLEscape.rich(recipient)) }
        out += row("About", "<bdi>" + HTMLEscape.rich(model.subject) + "</bdi>")
        out += row("From", HTMLEscape.text(ReportDates.display(model.period.from)))
        out += row("To", HTMLEscape.text(ReportDates.display(model.period.to)))
        let platforms = model.platforms.map { "<bdi>" + HTMLEscape.rich($0) + "</bdi>" }.joined(separator: ", ")
        out += row("Platforms", platforms.isEmpty ? "None recorded" : platforms)
        out += row("Exhibits", String(model.exhibits.count))
        out += "</table>\n<div class=\"counts\">\n"
        out += countTable("By severity", model.severityCounts)
        out += countTable("By kind", model.kindCounts)
        return out + "</div>\n</section>\n"
    }

    private static func countTable(_ caption: String, _ counts: [ReportCount]) -> String {
        guard !counts.isEmpty else { return "" }
        var out = "<table><caption><h4>\(caption)</h4></caption>\n"
        for count in counts {
            out +=
                "<tr><td><bdi>" + HTMLEscape.rich(count.label)
                + "</bdi></td><td class=\"count\">\(count.count)</td></tr>\n"
        }
        return out + "</table>\n"
    }

    private static func people(_ model: ReportModel) -> String {
        var out = section("People involved", note: nil)
        guard !model.people.isEmpty else { return out + "<p>No people were named.</p>\n</section>\n" }
        out += "<table>\n<tr><th>Name or account</th><th>Role</th><th>Platform</th></tr>\n"
        for person in model.people {
            out += "<tr><td><bdi>" + HTMLEscape.rich(person.label) + "</bdi></td><td>" + HTMLEscape.rich(person.role)
            out += "</td><td><bdi>" + HTMLEscape.rich(person.platform) + "</bdi></td></tr>\n"
        }
        return out + "</table>\n</section>\n"
    }

    private static func method() -> String {
        section("How this record was kept", note: nil)
            + ReportWording.method.map { "<p>" + HTMLEscape.text($0) + "</p>\n" }.joined() + "</section>\n"
    }

    private static func redactions(_ model: ReportModel) -> String {
        let hidden = model.exhibits.filter { !$0.redactions.isEmpty }.sorted { $0.number < $1.number }
        guard !hidden.isEmpty else { return "" }
        var out = section("What was hidden in this report", note: ReportWording.redactionNote) + "<table>\n"
        out += "<tr><th>Exhibit</th><th>What was hidden</th></tr>\n"
        for exhibit in hidden {
            let what = exhibit.redactions.map { HTMLEscape.rich($0) }.joined(separator: "; ")
            out += "<tr><td>\(exhibit.number)</td><td>" + what + "</td></tr>\n"
        }
        return out + "</table>\n</section>\n"
    }

    private static func section(_ title: String, note: String?) -> String {
        var out = "<section>\n<h2>" + HTMLEscape.text(title) + "</h2>\n"
        if let note { out += "<p class=\"note\">" + HTMLEscape.text(note) + "</p>\n" }
        return out
    }

    static func row(_ label: String, _ html: String) -> String {
        "<tr><th>" + HTMLEscape.text(label) + "</th><td>" + html + "</td></tr>\n"
    }

    /// The title without hidden characters, for the `<title>` element, which cannot hold markup.
    private static func plain(_ string: String) -> String {
        String(String.UnicodeScalarView(string.unicodeScalars.prefix(300).filter { !ScalarNames.isHidden($0) }))
    }
}
