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
    /// Score per label, 0 to 1: the model's calibrated score, raised where a partner-abuse rule names the label.
    public var labels: [String: Double]
    /// The model's own calibrated scores, before the rules.
    public var model: [String: Double]
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
        let labels = analysis.labels
        return ClassifiedLine(
            id: line.id,
            labels: Self.rounded(labels.scores),
            model: Self.rounded(analysis.scores.scores),
            flagged: labels.flagged.sorted().map(\.rawValue),
            spans: labels.spans.map { Finding.Span(label: $0.label.rawValue, start: $0.start, end: $0.end) },
            rules: analysis.rules.map { match in
                ClassifiedLine.RuleHit(
                    id: match.ruleID.rawValue, severity: match.severity.rawValue, quoted: match.quoted,
                    spans: match.spans.map { Finding.Span(label: match.ruleID.rawValue, start: $0.start, end: $0.end) })
            },
            severity: severity.rawValue, reason: reason)
    }

    private static func rounded(_ scores: [AbuseLabel: Double]) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: scores.map { ($0.key.rawValue, ($0.value * 10_000).rounded() / 10_000) })
    }
}
