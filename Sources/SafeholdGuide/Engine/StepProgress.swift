public import Foundation

/// Where the person is with one step. Safehold keeps this sealed in the vault; this module only defines it.
public struct StepProgress: Codable, Sendable, Hashable {
    /// How far along a step is.
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// Not begun.
        case notStarted = "not-started"
        /// Begun.
        case doing
        /// Finished.
        case done
        /// Chosen not to do, which is always fine.
        case skipped
    }

    /// The step.
    public var stepID: StepID
    /// How far along it is.
    public var status: Status
    /// A private note the person wrote, if any.
    public var note: String?
    /// When the status or note last changed.
    public var updatedAt: Date

    /// Creates a progress record.
    public init(stepID: StepID, status: Status, note: String? = nil, updatedAt: Date) {
        self.stepID = stepID
        self.status = status
        self.note = note
        self.updatedAt = updatedAt
    }
}
