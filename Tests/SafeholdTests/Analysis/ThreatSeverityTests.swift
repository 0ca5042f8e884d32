import SafeholdAnalysis
import SafeholdRules
import Testing

@testable import Safehold

/// How a threat the model alone read is ranked: by its score, since under even odds the model is more often wrong
/// than right (``SeverityPolicy/highThreatScore``).
@Suite("Severity of a threat only the model read")
struct ThreatSeverityTests {
    static let analyzer = Result { try TextAnalyzer.shipped() }

    static func analysis(threat score: Double) -> TextAnalysis {
        TextAnalysis(
            scores: AbuseScores(
                scores: [.threat: score],
                flagged: [.threat],
                spans: [AbuseSpan(label: .threat, start: 0, end: 4)]
            ),
            rules: []
        )
    }

    @Test(
        "the score decides: medium under even odds, high above, urgent when confident",
        arguments: [
            (0.3, Severity.medium), (0.49, .medium), (0.5, .high), (0.79, .high), (0.8, .urgent), (0.95, .urgent),
        ]
    )
    func byScore(_ score: Double, _ expected: Severity) throws {
        let result = SeverityPolicy.assess(
            analysis: Self.analysis(threat: score),
            analyzer: try Self.analyzer.get(),
            people: [],
            facts: []
        )
        #expect(result.severity == expected)
        #expect(result.help == (expected == .urgent ? SeverityPolicy.help : nil))
        if expected == .medium {
            #expect(result.reason == "Some of its words may be a threat of violence.")
        } else {
            #expect(result.reason == "It reads as a threat of violence.")
        }
    }

    @Test("a threat a rule read keeps the rule's severity whatever the model's score")
    func ruleStays() throws {
        var analysis = Self.analysis(threat: 0.3)
        analysis.rules = [
            RuleMatch(
                ruleID: RuleID("threat-of-violence"),
                severity: .urgent,
                baseSeverity: .urgent,
                spans: [ScalarSpan(start: 0, end: 4)]
            )
        ]
        let result = SeverityPolicy.assess(
            analysis: analysis,
            analyzer: try Self.analyzer.get(),
            people: [],
            facts: []
        )
        #expect(result.severity == .urgent)
    }
}
