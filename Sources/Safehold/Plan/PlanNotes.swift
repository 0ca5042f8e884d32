import Foundation
public import SafeholdGuide
import SafeholdCore

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

extension CaseNotes {
    /// The person's answers with what the vault's findings add (findings the person set aside are left
    /// out), ready for ``SafeholdGuide/Guide/plan(for:)``.
    /// - Throws: ``SafeholdError`` when the vault cannot be read.
    public func answersWithEvidence(_ answers: Answers) throws -> PlanEvidence {
        let dismissed = Set(try current(TriageDecision.self).filter { $0.value.status == .dismissed }.map(\.key))
        let findings = try current(Finding.self).compactMap { note -> (id: EvidenceID, finding: Finding)? in
            guard let id = note.about.first, !dismissed.contains(note.key), note.value.severity != .none else { return nil }
            return (id, note.value)
        }
        return PlanEvidence(answers: answers, findings: findings)
    }
}
