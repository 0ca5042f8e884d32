/// A kind of abuse the model scores; every message gets a score for each.
public enum AbuseLabel: String, CaseIterable, Codable, Sendable, Hashable, Comparable {
    /// Words that threaten harm to the reader or to someone else.
    case threat
    /// Words that demean the reader or another person.
    case insult
    /// Attacks on a person for who they are: race, religion, gender, sexuality, disability.
    case identityAttack = "identity_attack"
    /// Contempt for or prejudice against women, or people because of their sex or gender.
    case sexism
    /// Unwanted sexual remarks, sexual objectification or sexual threats.
    case sexualHarassment = "sexual_harassment"
    /// Swearing and obscene words.
    case profanity
    /// Rude, disrespectful or hostile language in general.
    case toxicity

    /// The label in a few plain words, for pages a person reads: "a threat", "an attack on who someone is".
    public var plainName: String {
        switch self {
        case .threat: "a threat"
        case .insult: "an insult"
        case .identityAttack: "an attack on who someone is"
        case .sexism: "sexism"
        case .sexualHarassment: "sexual harassment"
        case .profanity: "swearing"
        case .toxicity: "hostile words"
        }
    }

    /// The labels in the order the model stores them.
    static let ordered: [AbuseLabel] = allCases

    /// The position of the label in the model's weight rows: its place in ``ordered``.
    var index: Int {
        switch self {
        case .threat: 0
        case .insult: 1
        case .identityAttack: 2
        case .sexism: 3
        case .sexualHarassment: 4
        case .profanity: 5
        case .toxicity: 6
        }
    }

    /// Hashes the case, not its name as the raw value's default would: labels key sets and dictionaries that
    /// are built for every message.
    public func hash(into hasher: inout Hasher) { hasher.combine(index) }

    /// Orders labels as the model stores them, so that output is stable.
    public static func < (lhs: AbuseLabel, rhs: AbuseLabel) -> Bool { lhs.index < rhs.index }
}
