import Foundation
import SafeholdAnalysis
import SafeholdRules

/// `safehold classify`'s answer for one line. Field names are the documented, stable interface.
public struct ClassifiedLine: Encodable, Sendable {
    public struct RuleHit: Encodable, Sendable {
        public var id: String
        public var severity: String
        public var quoted: Bool
        public var spans: [Finding.Span]
    }

    public var id: LineID?
    /// Calibrated score per label, 0 to 1.
    public var labels: [String: Double]
    /// Labels over their decision thresholds.
    public var flagged: [String]
    public var spans: [Finding.Span]
    public var rules: [RuleHit]
    public var severity: String
    public var reason: String
}

/// Classifies lines of text the way the vault's analysis does, without people or facts.
public struct LineClassifier: Sendable {
    let analyzer: TextAnalyzer

    /// Creates a classifier.
    public init(analyzer: TextAnalyzer) { self.analyzer = analyzer }

    /// Classifies one line.
    public func classify(_ line: TextLine) -> ClassifiedLine {
        let analysis = analyzer.analyze(line.text)
        let (severity, reason, _) = SeverityPolicy.assess(analysis: analysis, analyzer: analyzer, people: [], facts: [])
        return ClassifiedLine(
            id: line.id,
            labels: Dictionary(uniqueKeysWithValues: analysis.scores.scores.map { ($0.key.rawValue, ($0.value * 10_000).rounded() / 10_000) }),
            flagged: analysis.scores.flagged.sorted().map(\.rawValue),
            spans: analysis.scores.spans.map { Finding.Span(label: $0.label.rawValue, start: $0.start, end: $0.end) },
            rules: analysis.rules.map { match in
                ClassifiedLine.RuleHit(
                    id: match.ruleID.rawValue, severity: match.severity.rawValue, quoted: match.quoted,
                    spans: match.spans.map { Finding.Span(label: match.ruleID.rawValue, start: $0.start, end: $0.end) })
            },
            severity: severity.rawValue, reason: reason)
    }
}
