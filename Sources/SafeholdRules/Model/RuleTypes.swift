import SafeholdText

/// The stable name of one partner-abuse rule, such as `surveillance`; findings store it, so it never changes.
public struct RuleID: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The identifier as written in the rule files.
    public let rawValue: String

    /// Wraps an identifier.
    /// - Parameter rawValue: The identifier, for example `threat-of-violence`.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Decodes the identifier from a plain JSON string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the identifier as a plain JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The identifier itself.
    public var description: String { rawValue }

    /// Orders identifiers alphabetically.
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How soon a match deserves the person's attention; triage turns it into the queue's severity.
public enum RuleSeverity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Worth knowing about, nothing to act on now.
    case low
    /// A pattern of control worth recording.
    case medium
    /// A serious pattern; worth reading soon and keeping as evidence.
    case high
    /// A possible danger to safety; comes with where to get help.
    case urgent

    private var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        case .urgent: 3
        }
    }

    /// Orders severities from `low` to `urgent`.
    public static func < (lhs: RuleSeverity, rhs: RuleSeverity) -> Bool { lhs.rank < rhs.rank }

    /// This severity lowered by a number of steps, never below `low`.
    /// - Parameter steps: How many steps to lower it.
    public func lowered(by steps: Int) -> RuleSeverity {
        let all = RuleSeverity.allCases
        return all[max(0, min(all.count - 1, rank - max(0, steps)))]
    }
}

/// A run of the original text, in Unicode scalars, end exclusive.
public struct ScalarSpan: Sendable, Hashable, Codable, Comparable {
    /// Offset of the first scalar in the original text.
    public var start: Int
    /// Offset just past the last scalar.
    public var end: Int

    /// Creates a span.
    /// - Parameters:
    ///   - start: Offset of the first scalar.
    ///   - end: Offset just past the last scalar.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Orders spans by start, then by end.
    public static func < (lhs: ScalarSpan, rhs: ScalarSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

/// What a rule is, for showing to the person and for the list of analyzers.
public struct RuleInfo: Sendable, Hashable, Codable {
    /// The stable identifier.
    public var id: RuleID
    /// A short name, such as "Watching or following you".
    public var name: String
    /// One calm paragraph: what the pattern is and why it matters.
    public var explanation: String
    /// The most serious severity the rule gives.
    public var severity: RuleSeverity

    /// Creates rule information.
    /// - Parameters:
    ///   - id: The stable identifier.
    ///   - name: A short name.
    ///   - explanation: One plain paragraph for the person.
    ///   - severity: The most serious severity the rule gives.
    public init(id: RuleID, name: String, explanation: String, severity: RuleSeverity) {
        self.id = id
        self.name = name
        self.explanation = explanation
        self.severity = severity
    }
}

/// One rule that fired on one message, with the words that made it fire.
public struct RuleMatch: Sendable, Codable, Equatable {
    /// Which rule fired.
    public var ruleID: RuleID
    /// The severity after context: lowered when every matching passage was quoted or joking.
    public var severity: RuleSeverity
    /// The severity the words alone carry, before quoting or joking lowered it; triage may use it when the
    /// sender is a known abuser, whose jokes are not jokes.
    public var baseSeverity: RuleSeverity
    /// The words that matched, in Unicode scalars of the original text, sorted and merged.
    public var spans: [ScalarSpan]
    /// True when every matching passage is quoted or reported ("he said 'I know where you live'").
    public var quoted: Bool
    /// True when the message reads as a joke between friends ("lol", "jk", a laughing emoji).
    public var joking: Bool
    /// For the account rule: the blocked account the sender resembles, as `platform:handle`.
    public var relatedAccount: String?

    /// Creates a match.
    /// - Parameters:
    ///   - ruleID: Which rule fired.
    ///   - severity: Severity after context.
    ///   - baseSeverity: Severity of the words alone.
    ///   - spans: Matched words in the original text.
    ///   - quoted: Whether every passage was quoted or reported.
    ///   - joking: Whether the message reads as a joke.
    ///   - relatedAccount: The blocked account the sender resembles, if any.
    public init(
        ruleID: RuleID,
        severity: RuleSeverity,
        baseSeverity: RuleSeverity,
        spans: [ScalarSpan],
        quoted: Bool = false,
        joking: Bool = false,
        relatedAccount: String? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.baseSeverity = baseSeverity
        self.spans = spans
        self.quoted = quoted
        self.joking = joking
        self.relatedAccount = relatedAccount
    }
}

/// Where a text's harmful words are not meant, as the rules read it (``PartnerAbuseRules/context(_:)``).
public struct TextContext: Sendable, Hashable {
    /// Everyday phrases with a harm word ("killed it at the gym"), in scalars of the original text.
    public var everyday: [ScalarSpan]
    /// Sentences that speak against abuse rather than commit it, from their first word to their last.
    public var counterSpeech: [ScalarSpan]
    /// Words the text reports or mentions rather than says itself: after someone else's "told me" or "he
    /// said", or named as what not to say ("calling someone a …", "to tell a woman she is …"), to the end of
    /// the phrase.
    public var reported: [ScalarSpan]
    /// Words the text denies rather than says ("you are not a moron", "I don't think you are stupid"): the
    /// denial and the few words after it.
    public var negated: [ScalarSpan]
    /// Sentences whose subject is a group of people by who they are ("Muslims are …", "All the women here …"),
    /// from the group's name to the next sentence: an insult said there is said of the whole group. Men as a
    /// group are left out: insults at men are common in the data and rarely an attack on who they are.
    public var aboutAGroup: [ScalarSpan] = []
    /// Phrases where the writer runs themselves down ("I'm so stupid, I left my keys", "I'm such an idiot"),
    /// from "I" to the end of the phrase: an insult there is aimed at no one else.
    public var selfTalk: [ScalarSpan] = []

    public init(
        everyday: [ScalarSpan],
        counterSpeech: [ScalarSpan],
        reported: [ScalarSpan] = [],
        negated: [ScalarSpan] = []
    ) {
        self.everyday = everyday
        self.counterSpeech = counterSpeech
        self.reported = reported
        self.negated = negated
    }
}

/// A text read into each rule language's words (``PartnerAbuseRules/read(folded:)``), so that the rules and
/// ``PartnerAbuseRules/context(_:)`` read it once between them.
public struct RulesReading: Sendable {
    let folded: FoldedText
    /// One per language, in the rules' order.
    let messages: [TokenizedMessage]
}
