public import Foundation

/// One answer: a single option (single-choice and yes/no questions) or a list (multiple-choice questions).
///
/// In an answers file it is a string, or a list of strings: `"yes"`, `["messages", "impersonation"]`.
public enum Answer: Codable, Sendable, Hashable {
    /// One option picked.
    case one(OptionID)
    /// Several options picked.
    case many([OptionID])

    /// The options picked, in order.
    public var picked: [OptionID] {
        switch self {
        case .one(let option): [option]
        case .many(let options): options
        }
    }

    /// Decodes an option id or a list of option ids.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let option = try? container.decode(OptionID.self) {
            self = .one(option)
        } else if let options = try? container.decode([OptionID].self) {
            self = .many(options)
        } else {
            throw DecodingError.typeMismatch(
                Answer.self,
                .init(codingPath: decoder.codingPath, debugDescription: "an option id or a list of option ids")
            )
        }
    }

    /// Encodes a single option as a string and several as a list.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .one(let option): try container.encode(option)
        case .many(let options): try container.encode(options)
        }
    }
}

/// A person's answers to the assessment, and the questions they chose to skip.
///
/// As a file: `{"schemaVersion": 1, "answers": {"threats": "yes"}, "skipped": ["support"]}`.
public struct Answers: Codable, Sendable, Hashable {
    /// No real answers file comes near this; a larger one is refused before parsing.
    public static let maximumFileSize = 64 << 10

    /// The schema version of the answers file.
    public var schemaVersion: Int
    /// The answer to each question answered.
    public var values: [QuestionID: Answer]
    /// The questions the person skipped.
    public var skipped: Set<QuestionID>

    /// Creates answers.
    public init(_ values: [QuestionID: Answer] = [:], skipped: Set<QuestionID> = []) {
        schemaVersion = Guide.schemaVersion
        self.values = values
        self.skipped = skipped
    }

    /// The options picked for a question; empty when it was skipped or not reached.
    public func picked(_ question: QuestionID) -> [OptionID] { values[question]?.picked ?? [] }

    enum CodingKeys: String, CodingKey {
        case schemaVersion
        case values = "answers"
        case skipped
    }

    /// Decodes answers; a missing `skipped` list is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        values = try container.decodeIfPresent([QuestionID: Answer].self, forKey: .values) ?? [:]
        skipped = try container.decodeIfPresent(Set<QuestionID>.self, forKey: .skipped) ?? []
    }

    /// Encodes answers with sorted skipped questions, so that the same answers give the same bytes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(values, forKey: .values)
        try container.encode(skipped.sorted(), forKey: .skipped)
    }
}

extension Guide {
    /// Reads an answers file and checks it against the assessment.
    /// - Parameter data: The file's bytes.
    /// - Throws: ``GuideError`` (`invalidAnswers`, `tooLarge`, `unsupportedVersion`) saying what is wrong.
    public func answers(from data: Data) throws -> Answers {
        guard data.count <= Answers.maximumFileSize else {
            throw GuideError(.tooLarge, "This answers file is much larger than any real one, so it was not read.")
        }
        let answers: Answers
        do {
            answers = try JSONDecoder().decode(Answers.self, from: data)
        } catch {
            throw GuideError(
                .invalidAnswers,
                "This answers file could not be read. It should be JSON like "
                    + #"{"schemaVersion": 1, "answers": {"threats": "yes"}, "skipped": []}."#,
                problems: [describe(error)]
            )
        }
        guard answers.schemaVersion == Guide.schemaVersion else {
            throw GuideError(
                .unsupportedVersion,
                "This answers file is version \(answers.schemaVersion); this Safehold reads version "
                    + "\(Guide.schemaVersion)."
            )
        }
        try validate(answers)
        return answers
    }

    /// Checks that every answer names a real question and real options of the right kind.
    /// - Throws: ``GuideError`` (`invalidAnswers`) listing every problem.
    public func validate(_ answers: Answers) throws {
        var problems = [String]()
        for (id, answer) in answers.values.sorted(by: { $0.key < $1.key }) {
            guard let question = question(id) else {
                problems.append("there is no question '\(id.rawValue.prefix(64))'")
                continue
            }
            problems += self.problems(with: answer, to: question)
            if answers.skipped.contains(id) { problems.append("\(id) is both answered and skipped") }
        }
        for id in answers.skipped.sorted() where question(id) == nil {
            problems.append("there is no question '\(id.rawValue.prefix(64))' to skip")
        }
        guard problems.isEmpty else {
            throw GuideError(.invalidAnswers, "Some answers do not match the questions.", problems: problems)
        }
    }

    /// What is wrong with one answer, if anything.
    func problems(with answer: Answer, to question: Question) -> [String] {
        var problems = [String]()
        let picked = answer.picked
        if question.kind != .multiple, case .many = answer {
            problems.append("\(question.id) takes one answer, not a list")
        }
        if picked.isEmpty { problems.append("\(question.id) has an empty list; skip it instead") }
        if Set(picked).count != picked.count { problems.append("\(question.id) lists an option twice") }
        for option in picked where question.option(option) == nil {
            problems.append("\(question.id) has no option '\(option.rawValue.prefix(64))'")
        }
        return problems
    }
}
