/// One exhibit in the HTML report.
enum HTMLExhibit {
    /// Appends the exhibit's article to `out`.
    static func append(_ exhibit: Exhibit, to out: inout String) {
        out += "<article class=\"exhibit\" id=\"exhibit-\(exhibit.number)\">\n"
        out += "<h3>Exhibit \(exhibit.number)</h3>\n<dl class=\"facts\">\n"
        fact("Platform", "<bdi>" + HTMLEscape.rich(exhibit.platform) + "</bdi>", to: &out)
        fact("Sender", "<bdi>" + HTMLEscape.rich(exhibit.sender) + "</bdi>", to: &out)
        let posted = exhibit.postedAt.map { HTMLEscape.rich(ReportDates.display($0)) } ?? "Not known"
        fact("Posted", posted, to: &out)
        fact("Captured", HTMLEscape.rich(ReportDates.display(exhibit.capturedAt)), to: &out)
        fact("Source", HTMLEscape.rich(exhibit.source), to: &out)
        fact("Item", "<span class=\"hash\">" + HTMLEscape.rich(exhibit.itemID) + "</span>", to: &out)
        fact("SHA-256", "<span class=\"hash\">" + HTMLEscape.rich(exhibit.sha256) + "</span>", to: &out)
        out += "</dl>\n<h4>Message as written</h4>\n<div class=\"message\" dir=\"auto\">"
        out += HTMLEscape.rich(exhibit.text, markers: exhibit.redactionMarkers)
        out += "</div>\n"
        list("Findings", exhibit.findings.map { HTMLEscape.rich($0) }, to: &out)
        list("Links", exhibit.links.map { HTMLEscape.link($0) }, to: &out)
        list("Hidden in this exhibit", exhibit.redactions.map { HTMLEscape.rich($0) }, to: &out)
        out += "</article>\n"
    }

    private static func fact(_ label: String, _ html: String, to out: inout String) {
        out += "<dt>" + label + "</dt><dd>" + html + "</dd>\n"
    }

    private static func list(_ title: String, _ items: [String], to out: inout String) {
        guard !items.isEmpty else { return }
        out += "<h4>" + title + "</h4>\n<ul>\n"
        for item in items { out += "<li>" + item + "</li>\n" }
        out += "</ul>\n"
    }
}
