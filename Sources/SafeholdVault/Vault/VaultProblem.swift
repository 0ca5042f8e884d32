import SafeholdCore

/// Something `check` (or unlocking) found wrong in a vault, named precisely and explained plainly.
public struct VaultProblem: Sendable, Equatable, Codable, CustomStringConvertible {
    /// Whether the problem means stored data was changed or lost, or is only worth knowing.
    public enum Severity: String, Sendable, Codable {
        /// Stored data was changed, removed or added by something other than Safehold.
        case damage
        /// Harmless, such as a file left by an interrupted add.
        case note
    }

    /// A stable name for the kind of problem, for scripts and tests (`log-entry-unreadable`, …).
    public var kind: String
    /// Damage or note.
    public var severity: Severity
    /// Where: a log position, an item number, a checkpoint size or a file path.
    public var location: String
    /// What it means, in plain words.
    public var message: String

    /// Creates a problem.
    public init(kind: String, severity: Severity = .damage, location: String, message: String) {
        self.kind = kind
        self.severity = severity
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}

/// What `check` looked at and what it found.
public struct VaultCheckReport: Sendable, Codable {
    /// Log entries read and hashed.
    public var entriesChecked: Int
    /// Encrypted originals decrypted and compared with their capture records.
    public var objectsChecked: Int
    /// Checkpoint signatures and roots verified.
    public var checkpointsChecked: Int
    /// Everything found, damage first.
    public var problems: [VaultProblem]

    /// True when nothing was damaged (notes may remain).
    public var isIntact: Bool { !problems.contains { $0.severity == .damage } }
}
