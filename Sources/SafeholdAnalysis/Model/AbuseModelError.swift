/// Why a model file could not be used.
public struct AbuseModelError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it was.
    public enum Code: String, Sendable, Hashable {
        /// The shipped model is not among the program's resources.
        case missingResource
        /// The file could not be read.
        case unreadable
        /// The file is not a Safehold abuse model.
        case notAModel
        /// The file is from a newer or unknown format version.
        case unsupportedVersion
        /// The file ends before all of the model is there.
        case truncated
        /// The file's contents do not match its checksum or do not make sense.
        case damaged
    }

    /// What kind of problem it was.
    public var code: Code
    /// A plain sentence saying what went wrong and what to do.
    public var message: String

    /// Creates an error.
    /// - Parameters:
    ///   - code: The kind of problem.
    ///   - message: A plain sentence for the person.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message, for logs and the command line.
    public var description: String { message }
}
