import Foundation
public import SafeholdGuide

/// The person's answers to the safety assessment, sealed in the vault so that a later run can resume them and
/// show what changed.
public struct SavedAnswers: CaseNote {
    public static let kind = "plan-answers"
    /// The answers.
    public var answers: Answers
}

/// Progress on one step of the plan, sealed in the vault.
public struct SavedProgress: CaseNote {
    public static let kind = "plan-progress"
    /// The progress.
    public var progress: StepProgress
}

extension CaseNotes {
    /// The answers saved last, if any.
    /// - Throws: ``SafeholdError`` when the vault cannot be read.
    public func savedAnswers() throws -> Answers? {
        try current(SavedAnswers.self).last?.value.answers
    }

    /// Saves the person's answers, replacing the earlier ones (which stay in the vault's history).
    /// - Throws: ``SafeholdError`` when the vault cannot be written.
    public func saveAnswers(_ answers: Answers) throws {
        try save(SavedAnswers(answers: answers), key: "current")
    }

    /// Progress on every step the person has marked, by step.
    /// - Throws: ``SafeholdError`` when the vault cannot be read.
    public func progress() throws -> [StepID: StepProgress] {
        var result: [StepID: StepProgress] = [:]
        for note in try current(SavedProgress.self) { result[note.value.progress.stepID] = note.value.progress }
        return result
    }

    /// Records progress on a step.
    /// - Throws: ``SafeholdError`` when the vault cannot be written.
    public func saveProgress(_ progress: StepProgress) throws {
        try save(SavedProgress(progress: progress), key: progress.stepID.rawValue)
    }
}
