public import SafeholdCore

/// Reads saved mail: `.eml` files (one message each, RFC 5322) and mbox mailboxes (Thunderbird,
/// Apple Mail, Google Takeout's `.mbox`), as files, a folder of them, or a ZIP.
///
/// Each message becomes one `.message` record whose bytes are the whole raw message: headers
/// unfolded, encoded-word names and subjects decoded (RFC 2047), nested MIME multiparts (RFC 2045/2046)
/// walked, quoted-printable and base64 bodies decoded in their character sets, plain text preferred
/// over HTML (which is reduced to text without ever being rendered), and attachments listed as
/// ``MediaRef``s (file name in `path`, `cid:` link in `url`, media type): they live inside the
/// message's bytes, not as files of the export, and the record is flagged `attachments-inside-message`.
/// The subject goes in ``NormalizedRecord/conversationTitle``; the thread's first Message-ID from
/// References (else In-Reply-To, else the message's own) is its conversation.
///
/// In an mbox (RFC 4155), a message starts at a `From ` line at the start of the file or after a
/// blank line; that line and the blank line before it belong to the mailbox, not to the message.
/// `>From ` quoting (mboxo and mboxrd) is undone in the text, never in the bytes.
///
/// Built from the RFCs named above; no sample mail came with the project, so its fixtures were written
/// by the project.
public struct EmailImporter: Importer {
    /// `email`, recorded with every record.
    public let name = "email"
    /// This importer's version, recorded with every record.
    public let version = "1.0.0"
    /// `email`.
    public var platform: Platform? { Platform("email") }

    /// Creates the importer.
    public init() {}

    /// What a mail file holds.
    enum MailFile { case message, mailbox }

    /// Whether the export holds mail: an `.eml` starting with header fields, or a mailbox starting with `From `.
    public func recognizes(_ source: any ExportSource) -> Bool {
        source.files.contains { Self.kind(of: $0, in: source) != nil }
    }

    /// Mail files are read; anything else in the export is sealed as a file of its own, as plain files are.
    public func plan(_ source: any ExportSource) throws -> [PlannedFile] {
        source.files.map { PlannedFile(file: $0, role: Self.kind(of: $0, in: source) != nil ? .records : .media) }
    }

    /// Streams one record per message of an `.eml` or mbox file.
    /// - Throws: ``ImportError`` when the file cannot be read, or a line or message is far larger than real mail.
    public func parse(_ file: ExportFile, from source: any ExportSource, emit: (ImportedRecord) throws -> Void) throws {
        guard let kind = Self.kind(of: file, in: source) else { return }
        var splitter = MailboxSplitter(path: file.path, isMailbox: kind == .mailbox)
        try LineReader.read(file, from: source) { line in
            try splitter.add(line) { try emit(EmailRecordBuilder.record($0, file: file)) }
        }
        try splitter.finish { try emit(EmailRecordBuilder.record($0, file: file)) }
    }

    /// Judges a file by its first line: mbox files start `From `, messages with a header field.
    static func kind(of file: ExportFile, in source: any ExportSource) -> MailFile? {
        let name = file.name.lowercased()
        let ext = name.contains(".") ? String(name.split(separator: ".").last ?? "") : ""
        guard file.size > 0, ["eml", "mbox", "mbx", "mbs", ""].contains(ext) || name == "mbox" else { return nil }
        guard let head = try? ExportPeek.firstBytes(of: file, in: source, count: 1024) else { return nil }
        let firstLine = head.prefix { $0 != 0x0A }
        if firstLine.starts(with: Array("From ".utf8)) { return .mailbox }
        guard ext == "eml", let colon = firstLine.firstIndex(of: 0x3A), colon > firstLine.startIndex,
            firstLine[..<colon].allSatisfy({ $0 > 0x20 && $0 < 0x7F })
        else { return nil }
        return .message
    }
}

/// Cuts a mail file into raw messages as its lines stream past: the whole file for an `.eml`, or
/// each `From `-separated message of an mbox.
struct MailboxSplitter {
    /// The largest message kept (64 MiB); mail services refuse far smaller ones.
    static let maximumMessageBytes = 64 << 20

    let path: String
    let isMailbox: Bool
    private var current: RawEmail?
    private var heldBlank: TextLine?
    private var previousBlank = true

    init(path: String, isMailbox: Bool) {
        self.path = path
        self.isMailbox = isMailbox
    }

    mutating func add(_ line: TextLine, emit: (RawEmail) throws -> Void) throws {
        let blank = line.bytes.isEmpty
        defer { previousBlank = blank }
        if isMailbox && previousBlank && line.bytes.starts(with: Array("From ".utf8)) {
            heldBlank = nil
            try finish(emit)
            current = RawEmail(firstLine: line.number + 1, offset: line.offset + line.length, fromMbox: true)
            return
        }
        if isMailbox && blank {
            if let held = heldBlank { try append(held) }
            heldBlank = line
            return
        }
        if let held = heldBlank {
            heldBlank = nil
            try append(held)
        }
        try append(line)
    }

    /// Hands on the message being gathered; in an mbox the blank line that ended it stays out.
    mutating func finish(_ emit: (RawEmail) throws -> Void) throws {
        if !isMailbox, let held = heldBlank { try append(held) }
        heldBlank = nil
        guard let message = current, !message.lines.isEmpty else { return }
        current = nil
        try emit(message)
    }

    private mutating func append(_ line: TextLine) throws {
        var message = current ?? RawEmail(firstLine: line.number, offset: line.offset, fromMbox: isMailbox)
        current = nil
        guard message.bytes.count + Int(line.length) <= Self.maximumMessageBytes else {
            throw ImportError(
                .tooLarge,
                file: path,
                "The message starting on line \(message.firstLine) is larger than 64 MiB, more than mail services "
                    + "carry. The file may be damaged; Safehold stopped reading it there."
            )
        }
        let start = message.bytes.count
        message.bytes += line.bytes
        message.lines.append(start..<message.bytes.count)
        message.bytes += line.terminator
        current = message
    }
}
