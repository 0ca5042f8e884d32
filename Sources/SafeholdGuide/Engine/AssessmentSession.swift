/// Walks a person through the assessment one question at a time, for a terminal or a web page to drive.
///
/// It does no input or output: a screen shows ``current``, then calls ``answer(_:)``, ``skip()`` or ``back()``.
/// Every question can be skipped. When ``isFinished`` is true, ``answers`` goes to ``Guide/plan(for:)``.
public struct AssessmentSession: Sendable {
    /// The guide whose questions are asked.
    public let guide: Guide
    /// The answers so far.
    public private(set) var answers: Answers
    /// The position of the current question; equal to the number of questions when finished.
    public private(set) var position: Int

    /// Starts an assessment, or resumes one at the first question neither answered nor skipped.
    /// - Parameters:
    ///   - guide: The guide whose questions are asked.
    ///   - answers: Answers kept from an earlier, unfinished session.
    public init(guide: Guide, resuming answers: Answers = Answers()) {
        self.guide = guide
        self.answers = answers
        position =
            guide.questions.firstIndex { answers.values[$0.id] == nil && !answers.skipped.contains($0.id) }
            ?? guide.questions.count
    }

    /// The question to ask now, or `nil` when every question has been answered or skipped.
    public var current: Question? { position < guide.questions.count ? guide.questions[position] : nil }

    /// The answer already given to the current question, to show when the person comes back to it.
    public var currentAnswer: Answer? { current.flatMap { answers.values[$0.id] } }

    /// Whether every question has been answered or skipped.
    public var isFinished: Bool { position >= guide.questions.count }

    /// How many questions there are in all.
    public var count: Int { guide.questions.count }

    /// Whether the answers so far say the person may be in danger now, so a screen can show help at once.
    public var needsHelpNow: Bool { guide.needsHelpNow(answers) }

    /// Answers the current question and moves to the next.
    /// - Throws: ``GuideError`` (`invalidAnswers`) if the answer does not fit the question; nothing changes then.
    public mutating func answer(_ answer: Answer) throws {
        guard let question = current else {
            throw GuideError(.invalidAnswers, "The assessment is finished; there is no question to answer.")
        }
        let problems = guide.problems(with: answer, to: question)
        guard problems.isEmpty else {
            throw GuideError(.invalidAnswers, "That answer does not fit this question.", problems: problems)
        }
        answers.values[question.id] = answer
        answers.skipped.remove(question.id)
        position += 1
    }

    /// Answers the current question with the options picked: one for single and yes/no questions.
    /// - Throws: ``GuideError`` (`invalidAnswers`) if the options do not fit the question.
    public mutating func answer(_ options: [OptionID]) throws {
        guard let question = current else { return try answer(.many(options)) }
        try answer(question.kind == .multiple ? .many(options) : .one(options.first ?? ""))
    }

    /// Skips the current question and moves to the next. Any earlier answer to it is forgotten.
    public mutating func skip() {
        guard let question = current else { return }
        answers.values[question.id] = nil
        answers.skipped.insert(question.id)
        position += 1
    }

    /// Goes back to the previous question, keeping its answer so it can be shown and changed.
    public mutating func back() {
        position = max(0, position - 1)
    }
}
