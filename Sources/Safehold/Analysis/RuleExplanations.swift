import SafeholdCore
import SafeholdRules

/// What each partner-abuse pattern means, in the rules' own calm words, for the pages and the command line that
/// show a finding: a stored finding keeps a rule's id and name, and its explanation is read from the rules.
public enum RuleExplanations {
    /// The explanation of each rule a finding names, once per rule, in the finding's order; rules this version
    /// does not know are left out.
    /// - Parameter finding: A stored finding.
    /// - Returns: Each known rule's name and explanation.
    public static func of(_ finding: Finding) -> [(name: String, text: String)] {
        var seen: Set<String> = []
        return finding.rules.compactMap { rule in
            guard seen.insert(rule.id).inserted, let text = table[rule.id] else { return nil }
            return (rule.name, text)
        }
    }

    /// The shipped rules' explanations by id; empty if the rules cannot be read, which analysis reports itself.
    private static let table: [String: String] = {
        guard let rules = try? PartnerAbuseRules.shipped() else { return [:] }
        return Dictionary(rules.rules.map { ($0.id.rawValue, $0.explanation) }, uniquingKeysWith: { first, _ in first })
    }()
}
