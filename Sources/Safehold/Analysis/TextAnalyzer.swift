import Foundation
public import SafeholdAnalysis
public import SafeholdRules
import SafeholdCore
import SafeholdText

/// The project's own model and the partner-abuse rules, run together over one text. No vault is needed, so
/// `safehold classify` and the vault's analysis give the same answer for the same words.
public struct TextAnalyzer: Sendable {
    /// The abuse and threat model.
    public let model: AbuseModel
    /// The partner-abuse rules.
    public let rules: PartnerAbuseRules

    /// The analyzers shipped with Safehold.
    /// - Throws: ``SafeholdError`` when a shipped resource is missing or damaged (a broken installation).
    public static func shipped() throws -> TextAnalyzer {
        do {
            return TextAnalyzer(model: try AbuseModel.shipped(), rules: try PartnerAbuseRules.shipped())
        } catch {
            throw SafeholdError(
                .fileAccess,
                "Safehold's analysis files could not be loaded. Reinstalling Safehold should fix this; your vault is not affected.",
                cause: error)
        }
    }

    /// Creates an analyzer from a model and rules.
    public init(model: AbuseModel, rules: PartnerAbuseRules) {
        self.model = model
        self.rules = rules
    }

    /// The analyzers' names and versions, recorded with every finding.
    public var analyzers: [Finding.Analyzer] {
        [Finding.Analyzer(name: "safehold-abuse-model", version: model.version),
         Finding.Analyzer(name: "safehold-partner-abuse-rules", version: rules.version)]
    }

    /// Analyzes one text: model scores and spans, and the rules that fired.
    public func analyze(_ text: String) -> TextAnalysis {
        let folded = FoldedText(text, options: .aggressive)
        var analysis = TextAnalysis(scores: model.classify(folded: folded), rules: rules.evaluate(folded: folded))
        analysis.everyday = everydayThreat(analysis, folded: folded)
        return analysis
    }

    /// Whether the model's threat rests only on an everyday phrase ("I killed it at the gym", "this traffic
    /// is killing me"): the model reads words, and "killed" weighs as a threat wherever it stands. Only a
    /// threat that no rule confirmed and whose every marked word lies inside such a phrase is set aside.
    private func everydayThreat(_ analysis: TextAnalysis, folded: FoldedText) -> [AbuseLabel: Double] {
        let threat = analysis.scores.spans(for: .threat)
        guard analysis.scores.flagged.contains(.threat), !threat.isEmpty,
            !RuleLabels.raises(.threat, analysis.rules)
        else { return [:] }
        let phrases = rules.everydayPhrases(folded: folded)
        let covered = threat.allSatisfy { span in phrases.contains { $0.start <= span.start && span.end <= $0.end } }
        // Just under the threshold: the score still says the words leaned that way.
        return covered ? [.threat: model.threshold(for: .threat) * 0.99] : [:]
    }

    /// The name of a rule, for a person to read.
    public func ruleName(_ id: RuleID) -> String {
        if id == NewAccountAfterBlock.ruleID { return NewAccountAfterBlock.info.name }
        return rules.rules.first { $0.id == id }?.name ?? id.rawValue
    }
}

/// What the model and the rules found in one text.
public struct TextAnalysis: Sendable {
    /// The model's calibrated scores, flagged labels and spans.
    public var scores: AbuseScores
    /// The rules that fired.
    public var rules: [RuleMatch]
    /// Labels the model flagged only for words inside an everyday phrase the rules know ("killed it"), with
    /// the score just under their threshold that Safehold reports for them instead.
    public var everyday: [AbuseLabel: Double] = [:]

    /// The model's scores with everyday phrases set aside: what severity reads.
    public var modelScores: AbuseScores {
        var adjusted = scores
        for (label, ceiling) in everyday {
            adjusted.scores[label] = min(adjusted[label], ceiling)
            adjusted.flagged.remove(label)
            adjusted.spans.removeAll { $0.label == label }
        }
        return adjusted
    }

    /// The labels Safehold reports: the model's (everyday phrases set aside), raised and flagged where a rule
    /// that fired names them.
    public var labels: AbuseScores { RuleLabels.combine(modelScores, with: rules) }
}
