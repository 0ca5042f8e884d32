import Foundation
import SafeholdCore
import SafeholdFacts
import SafeholdAnalysis
import SafeholdRules
public import SafeholdVault

/// How far the analyzers have read the vault, so that `safehold analyze` looks only at new items by default.
struct AnalysisMark: CaseNote {
    static let kind = "analysis-mark"
    /// The highest item number analyzed.
    var lastItem: UInt64
    /// The analyzers that ran, as `name@version`.
    var analyzers: [String]
}

/// What `safehold analyze` did.
public struct AnalysisSummary: Codable, Sendable {
    /// Items read this time.
    public var analyzed = 0
    /// Items with findings, by severity.
    public var bySeverity: [String: Int] = [:]
    /// Earlier findings that no longer hold and were withdrawn.
    public var withdrawn = 0
}

/// Runs the analyzers over the vault's items and seals a finding beside each item that has one.
public struct AnalysisWorkflow: Sendable {
    let vault: Vault
    let analyzer: TextAnalyzer

    /// The largest original of typed text that is read for analysis.
    static let maximumTextBytes: UInt64 = 1 << 20

    /// Creates the workflow for an unlocked vault.
    public init(vault: Vault, analyzer: TextAnalyzer) {
        self.vault = vault
        self.analyzer = analyzer
    }

    /// Analyzes the items added since the last run, or every item when `all` is set (after adding people or
    /// facts, or with a newer model).
    /// - Throws: ``SafeholdError`` when the vault cannot be read or written.
    public func run(all: Bool) throws -> AnalysisSummary {
        let notes = CaseNotes(vault: vault)
        let mark = try notes.current(AnalysisMark.self).last?.value
        let versions = analyzer.analyzers.map { "\($0.name)@\($0.version)" }
        let from: UInt64 = all || mark?.analyzers != versions ? 0 : (mark?.lastItem ?? 0)
        let items = try vault.items().filter { $0.id.rawValue > from }
        let context = try AnalysisContext(notes: notes, analyzer: analyzer)
        let existing = Set(try notes.current(Finding.self).map(\.key))
        var summary = AnalysisSummary()
        for start in stride(from: 0, to: items.count, by: 2_000) {
            let batch = Array(items[start..<min(start + 2_000, items.count)])
            let findings = try ParallelFindings.map(batch) { item in try context.finding(for: item, vault: vault) }
            var notesToSave: [(key: String, about: [EvidenceID], value: Finding)] = []
            var withdrawn: [Annotation] = []
            for (item, finding) in zip(batch, findings) {
                let key = "item:\(item.id)"
                if let finding, finding.severity != .none {
                    notesToSave.append((key, [item.id], finding))
                    summary.bySeverity[finding.severity.rawValue, default: 0] += 1
                } else if existing.contains(key) {
                    withdrawn.append(Annotation(kind: Finding.kind, key: key, about: [item.id], retracted: true))
                }
            }
            try notes.save(notesToSave)
            try vault.annotate(withdrawn)
            summary.analyzed += batch.count
            summary.withdrawn += withdrawn.count
        }
        let last = max(items.last?.id.rawValue ?? 0, mark?.lastItem ?? 0)
        if !items.isEmpty || mark?.analyzers != versions {
            try notes.save(AnalysisMark(lastItem: last, analyzers: versions), key: "mark")
        }
        return summary
    }
}

/// What every item's analysis shares: the analyzers, the people and the protected facts.
struct AnalysisContext: Sendable {
    let analyzer: TextAnalyzer
    let people: PeopleMatcher
    let facts: FactMatcher?
    let factIDs: [String]
    let pii: PIIScanner?

    init(notes: CaseNotes, analyzer: TextAnalyzer) throws {
        self.analyzer = analyzer
        people = PeopleMatcher(try notes.people().map { ($0.key, $0.value) })
        let stored = try notes.facts()
        factIDs = stored.map(\.id)
        facts = stored.isEmpty ? nil : FactMatcher(facts: stored.map(\.fact))
        pii = try? PIIScanner.shipped()
    }

    /// The finding for one item; `nil` for items with nothing to read (relationships, reactions, notices).
    func finding(for item: CaptureRecord, vault: Vault) throws -> Finding? {
        let record = item.record
        if let kind = record?.kind, [.relationship, .reaction, .system].contains(kind) { return nil }
        let (text, source) = try text(of: item, vault: vault)
        let involved = people.match(
            platform: item.details.platform ?? record?.platform, author: record?.author, authorLabel: item.details.author,
            text: text)
        guard text != nil || !involved.isEmpty else { return nil }
        return finding(text: text, source: source, people: involved)
    }

    /// The finding for a text, as `safehold classify` and the vault both produce it.
    func finding(text: String?, source: String?, people involved: [Finding.Person]) -> Finding {
        let analysis = text.map { analyzer.analyze($0) }
        let factHits = text.flatMap { text in
            facts?.matches(in: text).map { match in
                Finding.Fact(id: factIDs[match.factIndex], kind: match.kind.rawValue, start: match.start, end: match.end)
            }
        } ?? []
        let personal = text.flatMap { text in
            pii?.scan(text).filter { entity in !factHits.contains { $0.start < entity.end && entity.start < $0.end } }
                .map { Finding.PersonalInfo(type: $0.type.rawValue, start: $0.start, end: $0.end) }
        } ?? []
        let (severity, reason, help) = SeverityPolicy.assess(
            analysis: analysis, analyzer: analyzer, people: involved, facts: factHits, personalInfo: personal)
        // Scores and labels are the model's raised by the rules (as `safehold classify` reports them); the spans
        // are the model's own words, the insult words said of a group under the identity attack they raise, and each
        // rule's words under the rule's name, so no passage is marked twice.
        let labels = analysis?.labels
        return Finding(
            analyzers: analyzer.analyzers,
            scores: Dictionary(uniqueKeysWithValues: (labels?.scores ?? [:]).map { ($0.key.rawValue, $0.value) }),
            labels: (labels?.flagged ?? []).sorted().map(\.rawValue),
            spans: (analysis?.modelScores.flaggedSpans ?? []).map { Finding.Span(label: $0.label.rawValue, start: $0.start, end: $0.end) }
                + (analysis?.insultsToAGroup ?? []).map {
                    Finding.Span(label: AbuseLabel.identityAttack.rawValue, start: $0.start, end: $0.end)
                }
                + (analysis?.rules ?? []).flatMap { match in
                    match.spans.map { Finding.Span(label: match.ruleID.rawValue, start: $0.start, end: $0.end) }
                },
            rules: (analysis?.rules ?? []).map { match in
                Finding.Rule(
                    id: match.ruleID.rawValue, name: analyzer.ruleName(match.ruleID), severity: Severity(match.severity),
                    quoted: match.quoted)
            },
            people: involved, facts: factHits, personalInfo: personal.isEmpty ? nil : personal, severity: severity, reason: reason, help: help, textSource: source)
    }

    /// The words of an item: a record's text, or typed text read from the vault.
    private func text(of item: CaptureRecord, vault: Vault) throws -> (String?, String?) {
        if let text = item.record?.text, !text.isEmpty {
            return (text, item.record?.kind == .media ? "image-text" : "message")
        }
        guard let typed = try item.typedText(in: vault, maxBytes: AnalysisWorkflow.maximumTextBytes) else { return (nil, nil) }
        return (typed, "typed-text")
    }
}

/// Runs a throwing transform over a batch on every core, keeping the order.
enum ParallelFindings {
    static func map<T: Sendable, R: Sendable>(_ input: [T], _ transform: @Sendable (T) throws -> R) throws -> [R] {
        let results = UnsafeMutableBufferPointer<Result<R, any Error>?>.allocate(capacity: input.count)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: input.count) { index in
            slots[index] = Result { try transform(input[index]) }
        }
        return try results.map { try $0!.get() }
    }
}
