public import SafeholdCore

/// Reads the XML backups of the Android app "SMS Backup & Restore": `<smses>` holding `<sms>` text
/// messages and `<mms>` picture and group messages with their `<part>`s and `<addr>`s.
///
/// Each message is a `.message` record whose bytes are its element exactly as in the file. In a text
/// message, `type` 1 is received (the author is the other number, named by `contact_name` when the
/// phone knew it) and 2 sent (the author is ``phoneOwner``); 3 to 6 (draft, outbox, failed, queued)
/// count as sent and are flagged. An MMS's `msg_box` says the same, its `addr` of type 137 is the
/// sender and 151/130/129 the recipients. Times are the `date` milliseconds, in UTC; the
/// `readable_date` written in the phone's language is not read. Pictures and videos in an MMS are
/// base64 inside the file: they become ``MediaRef``s (name, media type), never text in the record.
///
/// The file is read as a stream (see `SMSBackupScanner`): no document tree is built, and nothing
/// declared in a DOCTYPE is ever expanded. The format was learned from the app maker's own page on the
/// fields of its backup files; no sample came with the project, so its fixtures were written by the project.
public struct SMSBackupImporter: Importer {
    /// `sms-backup-restore`, recorded with every record.
    public let name = "sms-backup-restore"
    /// This importer's version, recorded with every record.
    public let version = "1.0.0"
    /// `sms`.
    public var platform: Platform? { Platform("sms") }

    /// Whoever owns the phone the backup came from: the backup never says their own number, so sent
    /// messages name them with this stable placeholder.
    public static let phoneOwner = AccountRef(id: "phone-owner")

    /// Creates the importer.
    public init() {}

    /// Whether the export holds such a backup: an `.xml` file whose root element is `<smses>`.
    public func recognizes(_ source: any ExportSource) -> Bool {
        source.files.contains { Self.isBackup($0, in: source) }
    }

    /// Backups are read; any other file in the export is sealed as a file of its own.
    public func plan(_ source: any ExportSource) throws -> [PlannedFile] {
        source.files.map { PlannedFile(file: $0, role: Self.isBackup($0, in: source) ? .records : .media) }
    }

    /// Streams one record per `<sms>` and `<mms>` of a backup.
    /// - Throws: ``ImportError`` when the file cannot be read, is cut short, nests too deeply, or holds
    ///   a message far larger than any real one. Messages before the problem have been emitted.
    public func parse(_ file: ExportFile, from source: any ExportSource, emit: (ImportedRecord) throws -> Void) throws {
        var scanner = SMSBackupScanner(path: file.path)
        try source.read(file) { piece in
            try scanner.feed(piece) { element in
                if let record = SMSBackupRecords.record(element, file: file) { try emit(record) }
            }
        }
        try scanner.finish()
    }

    static func isBackup(_ file: ExportFile, in source: any ExportSource) -> Bool {
        guard file.name.lowercased().hasSuffix(".xml"), file.size > 0,
            let head = try? ExportPeek.firstBytes(of: file, in: source, count: 4096)
        else { return false }
        let marker = Array("<smses".utf8)
        return head.indices.contains { head[$0...].starts(with: marker) }
    }
}
