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
        return TextAnalysis(scores: model.classify(folded: folded), rules: rules.evaluate(folded: folded))
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

    /// The labels Safehold reports: the model's, raised and flagged where a rule that fired names them.
    public var labels: AbuseScores { RuleLabels.combine(scores, with: rules) }
}
