import SafeholdCore

/// Why an export (or one file in it) could not be read, naming the file and what to do.
public struct ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of problem, for scripts and tests.
    public enum Code: String, Sendable, Equatable {
        case notFound = "not-found"
        case unreadable
        case unsafePath = "unsafe-path"
        case zipBomb = "zip-bomb"
        case tooLarge = "too-large"
        case malformed
        case wrongFormat = "wrong-format"
        case unrecognized
    }

    /// The kind of problem.
    public var code: Code
    /// The file (inside the export) it concerns.
    public var file: String
    /// What is wrong and what to do, in plain words.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, file: String, _ message: String) {
        self.code = code
        self.file = file
        self.message = message
    }

    /// The message, with the file name made safe to show.
    public var description: String { "\(DisplaySafe.text(file)): \(message)" }
}
