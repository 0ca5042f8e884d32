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

extension ClassifiedLine: JSONLineWritable {
    /// The line as `JSONEncoder` would write it, or nil when an id is a number it writes in a form this
    /// writer does not (then the caller uses `JSONEncoder`).
    public func jsonLine() -> [UInt8]? {
        var out = JSONLineWriter()
        out.raw("{\"flagged\":")
        out.array(flagged) { $0.string($1) }
        switch id {
        case .none: break
        case .string(let text)?:
            out.raw(",\"id\":")
            out.string(text)
        case .number(let value)?:
            guard let whole = LineID.wholeNumber(value) else { return nil }
            out.raw(",\"id\":")
            out.integer(Int(whole))
        }
        out.raw(",\"labels\":")
        out.numbers(labels)
        out.raw(",\"model\":")
        out.numbers(model)
        out.raw(",\"reason\":")
        out.string(reason)
        out.raw(",\"rules\":")
        out.array(rules) { out, rule in
            out.raw("{\"id\":")
            out.string(rule.id)
            out.raw(",\"quoted\":")
            out.bool(rule.quoted)
            out.raw(",\"severity\":")
            out.string(rule.severity)
            out.raw(",\"spans\":")
            out.array(rule.spans, Self.write)
            out.raw("}")
        }
        out.raw(",\"severity\":")
        out.string(severity)
        out.raw(",\"spans\":")
        out.array(spans, Self.write)
        out.raw("}")
        return out.bytes
    }

    private static func write(_ out: inout JSONLineWriter, _ span: Finding.Span) {
        out.raw("{\"end\":")
        out.integer(span.end)
        out.raw(",\"label\":")
        out.string(span.label)
        out.raw(",\"start\":")
        out.integer(span.start)
        out.raw("}")
    }
}
