/// Which part of the assessment a question belongs to; the parts are asked in this order.
public enum QuestionSection: String, Codable, Sendable, CaseIterable {
    /// Whether the person is in danger now. Always asked first.
    case danger
    /// What is happening to them online.
    case happening
    /// What they would like to do about it.
    case wants
    /// Who they can lean on.
    case support
}

/// How a question is answered.
public enum QuestionKind: String, Codable, Sendable {
    /// One option among several.
    case single
    /// Any number of options, at least one.
    case multiple
    /// Yes, no, or not sure. The options are always `yes`, `no` and `not-sure`.
    case yesNo = "yes-no"
}

/// One option a person can pick.
public struct QuestionOption: Codable, Sendable, Hashable {
    /// The option's identifier, used in answers files.
    public var id: OptionID
    /// What the person sees.
    public var label: String
}

/// One question of the safety assessment. Every question can be skipped.
public struct Question: Codable, Sendable, Hashable, Identifiable {
    /// The question's identifier, used in answers files.
    public var id: QuestionID
    /// The part of the assessment it belongs to.
    public var section: QuestionSection
    /// How it is answered.
    public var kind: QuestionKind
    /// The question as the person reads it.
    public var prompt: String
    /// A short line under the question that says why it is asked, if any.
    public var help: String?
    /// The options; for yes/no questions these are filled in by the loader.
    public var options: [QuestionOption]

    /// The options every yes/no question has.
    public static let yesNoOptions = [
        QuestionOption(id: "yes", label: "Yes"),
        QuestionOption(id: "no", label: "No"),
        QuestionOption(id: "not-sure", label: "Not sure"),
    ]

    /// The option with this identifier, if the question has it.
    public func option(_ id: OptionID) -> QuestionOption? { options.first { $0.id == id } }

    enum CodingKeys: String, CodingKey { case id, section, kind, prompt, help, options }

    /// Decodes a question; yes/no questions get their three fixed options.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(QuestionID.self, forKey: .id)
        section = try container.decode(QuestionSection.self, forKey: .section)
        kind = try container.decode(QuestionKind.self, forKey: .kind)
        prompt = try container.decode(String.self, forKey: .prompt)
        help = try container.decodeIfPresent(String.self, forKey: .help)
        let written = try container.decodeIfPresent([QuestionOption].self, forKey: .options) ?? []
        options = kind == .yesNo && written.isEmpty ? Self.yesNoOptions : written
    }
}

/// The contents of `assessment.json`.
struct AssessmentFile: Codable, Sendable {
    var schemaVersion: Int
    var questions: [Question]
}
