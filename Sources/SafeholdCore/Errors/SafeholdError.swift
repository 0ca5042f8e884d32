/// An error that tells a person what went wrong, where, and what they can do about it.
///
/// The ``message`` is written for someone who is frightened and tired: calm, plain, and ending with
/// what to do next. The ``cause`` and ``location`` are for developers. No evidence text, passphrase
/// or key ever goes into either.
public struct SafeholdError: Error, Sendable, CustomStringConvertible {
    /// A stable, extensible identifier of the kind of failure, for scripts and tests.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The code's stable name, for example `wrong-passphrase`.
        public let rawValue: String

        /// Creates a code from its stable name.
        public init(_ rawValue: String) { self.rawValue = rawValue }

        /// The stable name.
        public var description: String { rawValue }

        /// No vault exists at the chosen place.
        public static let vaultNotFound = Code("vault-not-found")
        /// A vault (or other files) already exist where a new vault was to be made.
        public static let vaultExists = Code("vault-exists")
        /// The passphrase or recovery code did not open the vault.
        public static let wrongPassphrase = Code("wrong-passphrase")
        /// A new passphrase was refused as too easy to guess.
        public static let weakPassphrase = Code("weak-passphrase")
        /// Stored data failed its integrity checks.
        public static let vaultDamaged = Code("vault-damaged")
        /// The vault was made by a newer or unknown version of Safehold.
        public static let unsupportedFormat = Code("unsupported-format")
        /// The disk has no room left.
        public static let diskFull = Code("disk-full")
        /// Something asked for does not exist.
        public static let notFound = Code("not-found")
        /// The person gave input that cannot be used.
        public static let invalidInput = Code("invalid-input")
        /// Reading or writing a file failed.
        public static let fileAccess = Code("file-access")
        /// Another Safehold process kept the vault busy for too long.
        public static let busy = Code("busy")
    }

    /// Where in Safehold's code the error was raised, for developers.
    public struct Location: Sendable, CustomStringConvertible {
        /// The source file.
        public var file: String
        /// The line in that file.
        public var line: Int
        /// `file:line`.
        public var description: String { "\(file):\(line)" }
    }

    /// The kind of failure.
    public var code: Code
    /// What happened and what the person can do, in plain words.
    public var message: String
    /// The underlying error, for developers. Never shown to the person by default.
    public var cause: (any Error & Sendable)?
    /// Where the error was raised.
    public var location: Location

    /// Creates an error.
    /// - Parameters:
    ///   - code: The kind of failure.
    ///   - message: What happened and what to do, for the person.
    ///   - cause: The underlying error, if any.
    public init(
        _ code: Code,
        _ message: String,
        cause: (any Error & Sendable)? = nil,
        file: String = #fileID,
        line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.cause = cause
        self.location = Location(file: file, line: line)
    }

    /// The message for the person.
    public var description: String { message }

    /// The message plus the code, location and cause, for developers and logs.
    public var debugDetail: String {
        var text = "[\(code)] \(message) (at \(location))"
        if let cause { text += " cause: \(String(describing: cause))" }
        return text
    }
}
