import Foundation
import Hummingbird
import Safehold
import SafeholdAnalysis
import SafeholdCore
import SafeholdVault

/// The triage queue: what needs attention, most serious first, one item at a time, with the words
/// hidden until the person asks for them.
struct TriageController: Sendable {
    let services: WebServices

    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("/triage", use: list)
        group.get("/triage/next", use: next)
        group.get("/triage/:id", use: show)
        group.post("/triage/:id/reveal", use: reveal)
        group.post("/triage/:id/decide", use: decide)
        group.post("/analyze", use: analyze)
    }

    @Sendable func list(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let showDismissed = request.uri.queryParameters.get("dismissed") == "1"
        let entries = try await services.snapshots.snapshot(of: vault).queue
            .filter { showDismissed || $0.decision != .dismissed }
        let model = TriageListModel(
            rows: entries.prefix(500).map(TriageRow.init),
            totalText: Counted.text(entries.count, "item"),
            hasRows: !entries.isEmpty,
            more: entries.count > 500 ? entries.count - 500 : nil,
            urgent: entries.contains { $0.severity == .urgent && $0.decision != .dismissed },
            open: entries.contains { $0.decision == nil } ? entries.filter { $0.decision == nil }.count : nil,
            showDismissed: showDismissed,
            looked: request.uri.queryParameters.get("looked", as: Int.self).map { Counted.text($0, "item") }
        )
        return services.pages.page("triage", model, context: context)
    }

    /// The first item the person has not decided on yet.
    @Sendable func next(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let entries = try await services.snapshots.snapshot(of: vault).queue
        guard let open = entries.first(where: { $0.decision == nil }) else {
            return .redirect(to: "/triage?done=1")
        }
        return .redirect(to: "/triage/\(open.id)")
    }

    @Sendable func show(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await one(context: context, reveal: false)
    }

    @Sendable func reveal(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await one(context: context, reveal: true)
    }

    @Sendable func decide(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let id = try ItemsController.itemID(context)
        let status: TriageDecision.Status
        switch context.form["decision"] {
        case "confirm": status = .confirmed
        case "dismiss": status = .dismissed
        default: throw WebError(status: .badRequest, message: "Choose whether the item matters or should be set aside.")
        }
        let label = FormText.line(context.form["label"], limit: 80)
        try await Blocking.run { try TriageQueue(vault: vault).decide(id, status, label: label) }
        return .redirect(to: "/triage/next")
    }

    /// Looks through the items not yet analysed (or all of them), then shows the queue.
    @Sendable func analyze(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let all = context.form["all"] == "1"
        let summary = try await Blocking.run {
            try AnalysisWorkflow(vault: vault, analyzer: try TextAnalyzer.shipped()).run(all: all)
        }
        return .redirect(to: "/triage?looked=\(summary.analyzed)")
    }

    private func one(context: WebRequestContext, reveal: Bool) async throws -> Response {
        let vault = try context.vault()
        let id = try ItemsController.itemID(context)
        let (record, finding, text) = try await Blocking.run { () -> (CaptureRecord, Finding?, String?) in
            let record = try vault.item(id)
            let finding = try TriageQueue(vault: vault).finding(for: id)
            return (record, finding, reveal ? try ItemsController.text(of: record, in: vault) : nil)
        }
        let model = TriageItemModel(
            id: id.description,
            fields: ItemText.fields(record),
            finding: finding.map(FindingView.init),
            canReveal: ItemText.hasText(record) && !reveal,
            segments: text.map { FindingView.segments(String($0.prefix(ItemText.shownCharacters)), finding) } ?? [],
            revealed: text != nil
        )
        return services.pages.page("triage-item", model, context: context)
    }
}

/// The triage list page.
struct TriageListModel {
    let rows: [TriageRow]
    /// The total with its noun ("1 item", "14 items").
    let totalText: String
    let hasRows: Bool
    /// Mustache treats 0 as a value, so counts that may be zero are optional: `nil` hides the line.
    let more: Int?
    let urgent: Bool
    let open: Int?
    let showDismissed: Bool
    /// How many items a run of the analyzers just looked through, with the noun; nil when none ran.
    let looked: String?
}

/// One row of the queue: never the words.
struct TriageRow {
    let id: String
    let severity: String
    let reason: String
    let platform: String
    let when: String
    let from: String
    let decision: String

    init(_ entry: TriageEntry) {
        id = entry.id.description
        severity = entry.severity.rawValue
        reason = entry.reason
        platform = entry.platform.map(Platform.displayName(of:)) ?? ""
        when = ItemText.time(entry.postedAt ?? entry.capturedAt)
        from =
            entry.sender.map { DisplaySafe.sender($0, platform: entry.platform.flatMap(Platform.init)) }
            ?? "unknown sender"
        decision =
            switch entry.decision {
            case .confirmed?: "matters"
            case .dismissed?: "set aside"
            default: ""
            }
    }
}

/// One item of the queue.
struct TriageItemModel {
    let id: String
    /// What the capture record says of where, when and from whom, leaving out what it does not say (a text added by
    /// hand has no platform or sender), as the item page does.
    let fields: [Field]
    let finding: FindingView?
    let canReveal: Bool
    let segments: [TextSegment]
    let revealed: Bool
}

/// A finding as the pages show it.
struct FindingView {
    let severity: String
    let urgent: Bool
    let reason: String
    let help: String?
    let labels: String?
    let people: [String]
    let facts: [String]
    /// What each pattern that fired means, in the rules' own words.
    let explanations: [Explanation]
    /// Stored rather than computed: templates read a value's stored properties only.
    let hasExplanations: Bool

    struct Explanation {
        let name: String
        let text: String
    }

    init(_ finding: Finding) {
        severity = finding.severity.rawValue
        urgent = finding.severity == .urgent
        reason = finding.reason
        help = finding.help
        // A pattern the reason already names is not said again on the line below it.
        let patterns = finding.rules.map { "the pattern \"\($0.name)\"" }.filter { !finding.reason.contains($0) }
        let noticed = finding.labels.map(Self.plainName) + patterns
        labels = noticed.isEmpty ? nil : noticed.joined(separator: ", ")
        people = finding.people.map(Self.sentence)
        facts = finding.facts.map { "your protected \($0.kind)" }
        explanations = RuleExplanations.of(finding).map { Explanation(name: $0.name, text: $0.text) }
        hasExplanations = !explanations.isEmpty
    }

    /// A stored label (`identity_attack`) in plain words; a label this version does not know stays as stored.
    static func plainName(_ label: String) -> String {
        AbuseLabel(rawValue: label)?.plainName ?? label
    }

    /// How a person the user listed is involved, as a sentence.
    static func sentence(_ person: Finding.Person) -> String {
        let how =
            switch person.how {
            case "sender": "sent it"
            case "resembles": "may be behind it: the account that sent it has a name very close to theirs"
            default: "is mentioned in it"
            }
        return "\(DisplaySafe.text(person.label)), whom you listed as \(person.role.spoken), \(how)."
    }

    /// The text cut into pieces, with what the finding points at marked.
    static func segments(_ text: String, _ finding: Finding?) -> [TextSegment] {
        guard let finding else { return Highlight.segments(of: text, spans: []) }
        let ruleNames = Dictionary(finding.rules.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var spans = finding.spans.map { span in
            (label: ruleNames[span.label] ?? plainName(span.label), start: span.start, end: span.end)
        }
        spans += finding.facts.map { (label: "your protected \($0.kind)", start: $0.start, end: $0.end) }
        spans += (finding.personalInfo ?? []).map {
            (label: "personal information: \($0.type)", start: $0.start, end: $0.end)
        }
        return Highlight.segments(of: text, spans: spans)
    }
}
