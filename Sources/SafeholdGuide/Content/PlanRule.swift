/// A test on one answer: it holds when the answer picked any of `anyOf`, or when it picked none of `noneOf`
/// (a skipped question picks nothing, so `noneOf` holds for it).
public struct RuleCondition: Codable, Sendable, Hashable {
    /// The question whose answer is tested.
    public var question: QuestionID
    /// The options of which at least one must be picked.
    public var anyOf: [OptionID]?
    /// The options of which none may be picked.
    public var noneOf: [OptionID]?
}

/// A step a rule adds, and when.
public struct RuleAddition: Codable, Sendable, Hashable {
    /// The step.
    public var step: StepID
    /// The section it goes in.
    public var section: PlanSection
}

/// Turns answers into plan items: when every condition holds, the steps are added with the reason.
public struct PlanRule: Codable, Sendable, Hashable, Identifiable {
    /// The rule's identifier.
    public var id: RuleID
    /// The conditions, all of which must hold; an empty list always holds.
    public var when: [RuleCondition]
    /// The steps to add.
    public var add: [RuleAddition]
    /// The reason shown beside each added step, tied to what the person said.
    public var reason: String
    /// Whether the answers mean the person may be in danger now, so help comes first.
    public var urgent: Bool

    enum CodingKeys: String, CodingKey { case id, when, add, reason, urgent }

    /// Decodes a rule; `urgent` defaults to `false`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(RuleID.self, forKey: .id)
        when = try container.decode([RuleCondition].self, forKey: .when)
        add = try container.decode([RuleAddition].self, forKey: .add)
        reason = try container.decode(String.self, forKey: .reason)
        urgent = try container.decodeIfPresent(Bool.self, forKey: .urgent) ?? false
    }
}

/// The contents of `rules.json`.
struct RulesFile: Codable, Sendable {
    var schemaVersion: Int
    /// The step that puts help first when the answers are urgent.
    var helpStep: StepID
    /// The question that asks for the person's country; its option ids are country codes, or `other`.
    var countryQuestion: QuestionID
    /// The question that asks which platforms the person uses; its option ids are platform ids, or `other`.
    var platformQuestion: QuestionID
    var rules: [PlanRule]
}
