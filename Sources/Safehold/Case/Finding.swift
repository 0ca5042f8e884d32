import SafeholdCore

/// How much an item needs the person's attention.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    /// A threat of violence, of sharing intimate images, or the person's home or children's school posted.
    case urgent
    /// A threat or pattern of control that needs attention soon.
    case high
    /// Abusive, or from someone the person named.
    case medium
    /// Rude or crude, no more.
    case low
    /// Nothing found.
    case none

    /// Most severe first.
    public var rank: Int {
        switch self {
        case .urgent: 0
        case .high: 1
        case .medium: 2
        case .low: 3
        case .none: 4
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank > rhs.rank }
}

/// What the analyzers found in one item, sealed as a note of its own beside the item.
public struct Finding: CaseNote, Equatable {
    public static let kind = "finding"

    /// An analyzer and the version that produced a finding.
    public struct Analyzer: Codable, Sendable, Hashable {
        public var name: String
        public var version: String
    }

    /// A stretch of the item's text that drove a label or a rule, in Unicode scalars.
    public struct Span: Codable, Sendable, Hashable {
        /// The label or rule id it belongs to.
        public var label: String
        public var start: Int
        public var end: Int
    }

    /// A partner-abuse rule that fired.
    public struct Rule: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        public var severity: Severity
        /// Whether the words were quoted or reported rather than said.
        public var quoted: Bool
    }

    /// Someone the person named who is involved.
    public struct Person: Codable, Sendable, Hashable {
        /// The id of the person's entry.
        public var id: String
        public var role: KnownPerson.Role
        /// `sender`, `mentioned` or `resembles`.
        public var how: String
        public var label: String
    }

    /// A protected fact found in the text; never the fact itself.
    public struct Fact: Codable, Sendable, Hashable {
        public var id: String
        public var kind: String
        public var start: Int
        public var end: Int
    }

    /// Personal information of any kind found in the text (a phone number, an address); never its value.
    public struct PersonalInfo: Codable, Sendable, Hashable {
        public var type: String
        public var start: Int
        public var end: Int
    }

    /// The analyzers that ran.
    public var analyzers: [Analyzer]
    /// Calibrated scores per model label, 0 to 1.
    public var scores: [String: Double]
    /// The labels over their thresholds.
    public var labels: [String]
    /// What drove the labels and rules.
    public var spans: [Span]
    public var rules: [Rule]
    public var people: [Person]
    public var facts: [Fact]
    /// Personal information found that is not among the protected facts.
    public var personalInfo: [PersonalInfo]?
    /// How much attention it needs.
    public var severity: Severity
    /// One plain sentence saying why.
    public var reason: String
    /// Where to get help, for urgent findings.
    public var help: String?
    /// Where the analyzed text came from: `message`, `typed-text` or `image-text`.
    public var textSource: String?

    /// An empty finding for an item with nothing to analyze.
    public static func nothing(analyzers: [Analyzer], reason: String) -> Finding {
        Finding(
            analyzers: analyzers, scores: [:], labels: [], spans: [], rules: [], people: [], facts: [], personalInfo: nil,
            severity: .none, reason: reason, help: nil, textSource: nil)
    }
}

/// What the person decided about an item in the triage queue.
public struct TriageDecision: CaseNote, Equatable {
    public static let kind = "triage"

    /// The decision.
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// The person agrees it matters.
        case confirmed
        /// The person set it aside.
        case dismissed
    }

    public var status: Status
    /// A label the person gave it, if any.
    public var label: String?
}
