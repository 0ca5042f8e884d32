import SafeholdCore

/// What an import found and did, for the closing summary and `--json`.
public struct ImportSummary: Codable, Sendable, Equatable {
    /// A file that could not be read, and why, in plain words.
    public struct Skipped: Codable, Sendable, Equatable {
        /// The file's path inside the export.
        public var path: String
        /// Why, and what to do.
        public var reason: String
    }

    /// The importer that read the export (`x-archive`, `facebook-dyi`, `files`, …).
    public var format: String
    /// The export's file or folder name.
    public var source: String
    /// Records found, per kind.
    public var found: [String: Int] = [:]
    /// Records newly sealed, per kind.
    public var new: [String: Int] = [:]
    /// Records that were already in the vault, per kind.
    public var alreadySealed: [String: Int] = [:]
    /// Files sealed for the first time (the export itself, data files, media).
    public var filesNew = 0
    /// Files already in the vault.
    public var filesAlreadySealed = 0
    /// Bytes read.
    public var bytes: UInt64 = 0
    /// Files that could not be read.
    public var skipped: [Skipped] = []
    /// Things worth knowing, such as text recognition being off.
    public var notes: [String] = []

    mutating func count(_ kind: RecordKind, outcome: SealOutcomeKind) {
        found[kind.rawValue, default: 0] += 1
        switch outcome {
        case .new: new[kind.rawValue, default: 0] += 1
        case .already: alreadySealed[kind.rawValue, default: 0] += 1
        }
    }

    enum SealOutcomeKind { case new, already }
}

/// How far an import has got, for the progress line.
public struct ImportProgress: Sendable {
    /// Records and files handled so far.
    public var items: Int
    /// Bytes read so far.
    public var bytes: UInt64
    /// Bytes the export holds in all.
    public var totalBytes: UInt64
    /// Seconds since the import started.
    public var elapsed: Double

    /// Bytes per second so far.
    public var bytesPerSecond: Double { elapsed > 0 ? Double(bytes) / elapsed : 0 }
    /// Seconds left at the present rate, when it can be told.
    public var secondsLeft: Double? {
        guard bytesPerSecond > 0, totalBytes >= bytes else { return nil }
        return Double(totalBytes - bytes) / bytesPerSecond
    }
}
