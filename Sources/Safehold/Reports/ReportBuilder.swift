import Foundation
import SafeholdCore
public import SafeholdDocuments
import SafeholdFacts
import SafeholdText
public import SafeholdVault

/// What goes into a report and what is hidden in it.
public struct ReportOptions: Sendable {
    public var audience: Audience
    /// Which items; by default, those with a finding of medium or more.
    public var selection: BundleSelection
    /// The person's name as it should appear, or `nil` to write "the person".
    public var subject: String?
    /// Names or words of third parties to hide wherever they appear.
    public var redact: [String]
    /// Hide the person's own protected facts (address, phone…) wherever they appear.
    public var hideMyDetails: Bool

    public init(audience: Audience, selection: BundleSelection, subject: String?, redact: [String], hideMyDetails: Bool) {
        self.audience = audience
        self.selection = selection
        self.subject = subject
        self.redact = redact
        self.hideMyDetails = hideMyDetails
    }
}

/// Fills a report model from the vault: exhibits in time order, counts, people, and a day-by-day chart.
/// The originals stay untouched; redaction only changes what the report shows, and the report says what it hid.
public enum ReportBuilder {
    /// Builds the model.
    /// - Throws: ``SafeholdError`` when the vault cannot be read or nothing matches.
    public static func model(vault: Vault, options: ReportOptions) throws -> ReportModel {
        let notes = CaseNotes(vault: vault)
        let findings = Dictionary(
            try notes.current(Finding.self).compactMap { note in note.about.first.map { ($0, note.value) } },
            uniquingKeysWith: { $1 })
        let ids = Set(try options.selection.items(in: vault))
        let matcher = options.hideMyDetails ? FactMatcher(facts: try notes.facts().map(\.fact)) : nil
        var records = try vault.items().filter { ids.contains($0.id) }
        records.sort { when($0) < when($1) }
        var exhibits: [Exhibit] = []
        for (index, item) in records.enumerated() {
            exhibits.append(try exhibit(item, number: index + 1, finding: findings[item.id], vault: vault, options: options, matcher: matcher))
        }
        let involved = try notes.people().filter { $0.value.role != .trusted }.map { note in
            ReportPerson(label: note.value.label, role: note.value.role == .abuser ? "person causing harm" : "acting with them", platform: note.value.platform?.rawValue ?? "")
        }
        let dates = records.map { when($0).rfc3339 }
        return ReportModel(
            audience: options.audience, title: title(options.audience), subject: options.subject ?? "the person",
            period: ReportPeriod(from: String(dates.first?.prefix(10) ?? ""), to: String(dates.last?.prefix(10) ?? "")),
            platforms: Array(Set(records.compactMap { ($0.details.platform ?? $0.record?.platform)?.rawValue })).sorted(),
            severityCounts: Severity.allCases.compactMap { severity in
                let count = records.filter { (findings[$0.id]?.severity ?? .none) == severity }.count
                return count == 0 ? nil : ReportCount(label: severity.rawValue, count: count)
            },
            kindCounts: counts(records.map { kind(findings[$0.id]) }),
            people: involved, exhibits: exhibits,
            incidentsByDay: days(records.map { (String(when($0).rfc3339.prefix(10)), kind(findings[$0.id])) }))
    }

    static func when(_ item: CaptureRecord) -> Timestamp { item.details.postedAt ?? item.record?.createdAt ?? item.capturedAt }

    static func title(_ audience: Audience) -> String {
        switch audience {
        case .police: "Record of online harassment"
        case .court: "Exhibits of online harassment"
        case .cps: "Record of online harassment affecting a family"
        case .lawyer: "Case file: online harassment"
        }
    }

    /// The main kind of a finding, for counting and the chart.
    static func kind(_ finding: Finding?) -> String {
        guard let finding else { return "other" }
        if let rule = finding.rules.max(by: { $0.severity < $1.severity }) { return rule.name }
        if !finding.facts.isEmpty { return "Private details shared" }
        if let label = finding.labels.first { return label.replacingOccurrences(of: "_", with: " ") }
        if !finding.people.isEmpty { return "From a person named" }
        return "other"
    }

    static func counts(_ kinds: [String]) -> [ReportCount] {
        Dictionary(kinds.map { ($0, 1) }, uniquingKeysWith: +).map { ReportCount(label: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
    }

    static func days(_ pairs: [(String, String)]) -> [DayCount] {
        Dictionary(pairs.map { ("\($0.0)\u{1F}\($0.1)", 1) }, uniquingKeysWith: +).map { key, count in
            let parts = key.split(separator: "\u{1F}", maxSplits: 1).map(String.init)
            return DayCount(date: parts[0], kind: parts.count > 1 ? parts[1] : "other", count: count)
        }.sorted { ($0.date, $0.kind) < ($1.date, $1.kind) }
    }

    private static func exhibit(
        _ item: CaptureRecord, number: Int, finding: Finding?, vault: Vault, options: ReportOptions, matcher: FactMatcher?
    ) throws -> Exhibit {
        let raw = try text(of: item, vault: vault)
        var spans: [RedactionSpan] = []
        for term in options.redact where !term.trimmingCharacters(in: .whitespaces).isEmpty {
            spans += occurrences(of: term, in: raw).map { RedactionSpan(range: $0, label: "name") }
        }
        if let matcher {
            spans += matcher.matches(in: raw).map { RedactionSpan(range: ScalarRange(start: $0.start, end: $0.end), label: "your \($0.kind.rawValue)") }
        }
        let redacted = Redaction.apply(to: raw, spans: spans)
        var found = finding.map { [$0.reason] + $0.rules.map { "Pattern: \($0.name)" } } ?? []
        if let labels = finding?.labels, !labels.isEmpty { found.append("Model labels: " + labels.joined(separator: ", ")) }
        return Exhibit(
            number: number, itemID: String(item.id.rawValue),
            platform: (item.details.platform ?? item.record?.platform)?.rawValue ?? "not recorded",
            sender: item.record?.author?.label ?? item.details.author ?? "not recorded",
            postedAt: (item.details.postedAt ?? item.record?.createdAt)?.rfc3339, capturedAt: item.capturedAt.rfc3339,
            source: source(item), sha256: item.sha256.hex, text: redacted.text, redactionMarkers: redacted.markers,
            findings: found, links: [item.details.url ?? item.record?.url].compactMap { $0 },
            redactions: Array(Set(spans.map(\.label))).sorted())
    }

    static func occurrences(of term: String, in text: String) -> [ScalarRange] {
        let folded = FoldedText(text, options: .standard)
        let needle = Array(FoldedText(term, options: .standard).scalars)
        guard !needle.isEmpty, folded.scalars.count >= needle.count else { return [] }
        var result: [ScalarRange] = []
        var index = 0
        while index + needle.count <= folded.scalars.count {
            if folded.scalars[index] == needle[0], Array(folded.scalars[index..<index + needle.count]) == needle {
                let range = folded.originalRange(of: index..<index + needle.count)
                result.append(ScalarRange(start: range.lowerBound, end: range.upperBound))
                index += needle.count
            } else {
                index += 1
            }
        }
        return result
    }

    static func source(_ item: CaptureRecord) -> String {
        switch item.source.kind {
        case .typedText: "typed into Safehold"
        default:
            if let path = item.record?.location.path { "read from \(path) in a platform export" }
            else { item.source.fileName.map { "the file \($0)" } ?? "a file added to Safehold" }
        }
    }

    static func text(of item: CaptureRecord, vault: Vault) throws -> String {
        if let text = item.record?.text, !text.isEmpty { return text }
        if item.source.kind == .typedText, item.size <= 1 << 20 {
            var bytes: [UInt8] = []
            try vault.readOriginal(of: item.id) { bytes += $0 }
            return String(decoding: bytes, as: UTF8.self)
        }
        return "(\(item.mediaType.rawValue), \(item.size) bytes: see the original file; its SHA-256 is below.)"
    }
}
