public import SafeholdAnalysis
public import SafeholdRules

/// What the partner-abuse rules say about the model's labels.
///
/// The model learned from public data sets in which written threats against one person and sexual harassment
/// are rare (the only sexual harassment it saw was about 180 posts), so it misses many of them. A rule that
/// fired on the same words is better evidence, and the labels Safehold reports carry it: the label's score is
/// raised to the rule's and the label is flagged, with the rule's words as its spans. The model's own scores
/// stay available (``TextAnalysis/scores``), and severity keeps its own logic, which lowers quoted and joking
/// matches.
public enum RuleLabels {
    /// The labels each rule names, and the least severity (after quoting and joking lowered it) at which it does.
    static let table: [String: [(label: AbuseLabel, from: RuleSeverity)]] = [
        "threat-of-violence": [(.threat, .high), (.toxicity, .medium)],
        "intimate-image-threat": [(.threat, .high), (.sexualHarassment, .high), (.toxicity, .high)],
        "sexual-harassment": [(.sexualHarassment, .medium), (.toxicity, .medium), (.threat, .urgent)],
        "coercion": [(.threat, .high)],
        "threat-to-contact-others": [(.threat, .high)],
        "threat-to-out": [(.threat, .high)],
        "threat-about-children-or-pets": [(.threat, .high), (.toxicity, .high)],
        "surveillance": [(.threat, .urgent)],
        "attack-on-a-group": [(.identityAttack, .medium), (.toxicity, .medium), (.threat, .high)],
        "put-downs": [(.insult, .medium), (.toxicity, .medium)],
        "sexist-abuse": [(.sexism, .medium), (.toxicity, .medium)],
        "sharing-your-details": [(.threat, .high)],
    ]

    /// The labels a match raises. A quoted or reported match ("he said 'I will hurt you'") is evidence, but the
    /// message itself is not the threat, so it raises none; triage still lists it through the rule.
    static func labels(raisedBy match: RuleMatch) -> [AbuseLabel] {
        guard !match.quoted else { return [] }
        return (table[match.ruleID.rawValue] ?? []).filter { match.severity >= $0.from }.map(\.label)
    }

    /// Whether some match raises the label.
    static func raises(_ label: AbuseLabel, _ rules: [RuleMatch]) -> Bool {
        rules.contains { labels(raisedBy: $0).contains(label) }
    }

    /// The score a rule match at a severity stands for: above every label's threshold, and below 1 because
    /// rules, too, can be wrong.
    static func score(_ severity: RuleSeverity) -> Double {
        switch severity {
        case .urgent: 0.97
        case .high: 0.9
        case .medium: 0.75
        case .low: 0.6
        }
    }

    /// Words that name women, in an attack on a group's words: the attack is sexism too.
    static let womenWords: Set<String> = [
        "woman", "women", "womens", "womans", "wifes", "girl", "girls", "female", "females", "lady", "ladies",
        "wife", "wives", "feminist", "feminists", "mother", "mothers", "sister", "sisters", "daughter", "daughters",
        "bitches",
    ]

    /// Whether the match is an attack on a group, said rather than quoted, whose words name women.
    /// - Parameter text: The text the match was found in, as Unicode scalars (its spans' offsets).
    public static func isAttackOnWomen(_ match: RuleMatch, in text: [Unicode.Scalar]) -> Bool {
        guard match.ruleID.rawValue == "attack-on-a-group", !match.quoted else { return false }
        return match.spans.contains { span in
            guard span.start >= 0, span.start <= span.end, span.end <= text.count else { return false }
            var words = String.UnicodeScalarView()
            words.append(contentsOf: text[span.start..<span.end])
            return String(words).lowercased().split { !$0.isLetter }.contains { womenWords.contains(String($0)) }
        }
    }

    /// The model's scores with what the rules add.
    /// - Parameters:
    ///   - scores: The model's answer.
    ///   - rules: The rules that fired on the same text.
    ///   - sexismFrom: Matches that raise sexism as well (attacks on women, ``isAttackOnWomen(_:in:)``).
    /// - Returns: Scores raised and labels flagged where a rule names them, with the rule's passages as spans.
    public static func combine(
        _ scores: AbuseScores, with rules: [RuleMatch], sexismFrom attacks: [RuleMatch] = []
    ) -> AbuseScores {
        var combined = scores
        let raised = rules.map { ($0, labels(raisedBy: $0)) } + attacks.map { ($0, [AbuseLabel.sexism]) }
        for (match, labels) in raised {
            for label in labels {
                combined.scores[label] = max(combined[label], score(match.severity))
                combined.flagged.insert(label)
                for span in match.spans {
                    let added = AbuseSpan(label: label, start: span.start, end: span.end)
                    if !combined.spans.contains(added) { combined.spans.append(added) }
                }
            }
        }
        combined.spans.sort { ($0.start, $0.end, $0.label) < ($1.start, $1.end, $1.label) }
        return combined
    }
}
