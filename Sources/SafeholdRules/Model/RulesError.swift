/// A rule file that could not be read; says which file and what is wrong, for the developer who wrote it.
public struct RulesError: Error, Sendable, CustomStringConvertible {
    /// The rule file, by name.
    public var file: String
    /// What went wrong, in plain words.
    public var message: String

    /// Creates an error.
    /// - Parameters:
    ///   - file: The rule file, by name.
    ///   - message: What went wrong.
    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    /// The file and the problem together.
    public var description: String { "The partner-abuse rules in \(file) could not be read: \(message)" }
}
