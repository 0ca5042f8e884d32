public import SafeholdCore

/// Reads one kind of export into normalized records. Each platform's format is one importer.
///
/// An importer never writes the vault: it recognizes its export, says what to do with each file,
/// and streams the records of the files it parses. The `Safehold` module's import workflow seals
/// the originals and the records.
public protocol Importer: Sendable {
    /// A stable name, such as `x-archive`; recorded with every record it reads.
    var name: String { get }
    /// This importer's version, recorded with every record.
    var version: String { get }
    /// The platform its exports come from, if one.
    var platform: Platform? { get }
    /// Whether this importer reads this export.
    func recognizes(_ source: any ExportSource) -> Bool
    /// What to do with each file of the export; files not listed are sealed as they are.
    func plan(_ source: any ExportSource) throws -> [PlannedFile]
    /// Streams the records of one file that ``plan(_:)`` marked ``PlannedFile/Role/records``.
    func parse(_ file: ExportFile, from source: any ExportSource, emit: (ImportedRecord) throws -> Void) throws
    /// Streams the records of one file like ``parse(_:from:emit:)``, and also hands `note` what the
    /// person should know about how the file was read (such as how an ambiguous date order was decided),
    /// for the import summary. Importers with something to say implement this one.
    func parse(
        _ file: ExportFile, from source: any ExportSource, emit: (ImportedRecord) throws -> Void,
        note: (String) -> Void
    ) throws
}

extension Importer {
    /// Reads the file with nothing to say about it, by default.
    public func parse(
        _ file: ExportFile, from source: any ExportSource, emit: (ImportedRecord) throws -> Void,
        note: (String) -> Void
    ) throws {
        try parse(file, from: source, emit: emit)
    }
}

/// One file of an export and what the import does with it.
public struct PlannedFile: Sendable, Hashable {
    /// What the import does with a file.
    public enum Role: String, Sendable, Hashable {
        /// Sealed, then read record by record.
        case records
        /// Sealed as a piece of media (a photo or video the platform kept), with a media record.
        case media
        /// Sealed as it is, without reading it.
        case original
    }

    /// The file.
    public var file: ExportFile
    /// What to do with it.
    public var role: Role

    /// Creates a plan entry.
    public init(file: ExportFile, role: Role) {
        self.file = file
        self.role = role
    }
}

/// A record and its own bytes in the file it was read from.
public struct ImportedRecord: Sendable {
    /// The normalized record; its location names the file and the byte range.
    public var record: NormalizedRecord
    /// The record's exact bytes in the file.
    public var bytes: [UInt8]

    /// Creates an imported record.
    public init(record: NormalizedRecord, bytes: [UInt8]) {
        self.record = record
        self.bytes = bytes
    }
}

/// All importers, and choosing the one that reads an export.
public enum Importers {
    /// Every importer, most specific first; the file importer, which reads anything, comes last.
    public static let all: [any Importer] = [
        XArchiveImporter(), FacebookImporter(), InstagramImporter(), TelegramImporter(), MastodonImporter(),
        DiscordImporter(), TikTokImporter(), RedditImporter(), WhatsAppImporter(), SMSBackupImporter(), EmailImporter(), FileImporter(),
    ]

    /// The importer for this export: the first that recognizes it.
    public static func detect(_ source: any ExportSource) -> any Importer {
        all.first { $0.recognizes(source) } ?? FileImporter()
    }
}
