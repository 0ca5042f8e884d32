/// An error from reading the guide's content or a person's answers.
///
/// The ``message`` says what went wrong and what to do, in plain words; ``problems`` lists each thing found,
/// with where it is (file and identifier), for whoever maintains the content.
public struct GuideError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The kind of failure.
    public enum Code: String, Sendable, Equatable {
        /// A content file is missing, unreadable, not JSON, or breaks the schema.
        case invalidContent = "invalid-content"
        /// A file was written for a schema version this Safehold does not read.
        case unsupportedVersion = "unsupported-version"
        /// An answers file cannot be used.
        case invalidAnswers = "invalid-answers"
        /// A file is larger than any real one would be.
        case tooLarge = "too-large"
    }

    /// The kind of failure.
    public var code: Code
    /// What happened and what to do.
    public var message: String
    /// Each problem found, with where it is.
    public var problems: [String]

    /// Creates an error.
    public init(_ code: Code, _ message: String, problems: [String] = []) {
        self.code = code
        self.message = message
        self.problems = problems
    }

    /// The message, then the first problems found.
    public var description: String {
        guard !problems.isEmpty else { return message }
        let shown = problems.prefix(20).map { "  - \($0)" }.joined(separator: "\n")
        let more = problems.count > 20 ? "\n  … and \(problems.count - 20) more" : ""
        return message + "\n" + shown + more
    }
}
