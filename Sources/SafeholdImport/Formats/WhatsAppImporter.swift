import Foundation
public import SafeholdCore

/// Reads WhatsApp's "Export chat": the chat's `.txt` on its own, or the ZIP (or its folder) holding
/// `_chat.txt` or `WhatsApp Chat with Name.txt` beside the photos, videos and voice notes sent in it.
///
/// Both layouts are read: Android's `12/31/23, 9:41 PM - Name: text` and iOS's
/// `[31/12/2023, 21:41:05] Name: text`, in every date order, separator and clock the app uses across
/// languages (see ``WhatsAppDateOrder`` and the markers in `WhatsAppDateFormat.swift`). A message runs
/// until the next dated line, and its record's bytes are all of its lines as written. The date order
/// is settled from the whole file in a first streaming pass and reported on every record and by
/// ``survey(_:from:)``. The export gives no time zone, so times are read as UTC and every record is
/// flagged `time-zone:unknown`; Safehold does not guess the person's zone.
///
/// WhatsApp publishes no specification of this format and no sample was available: the importer was
/// built from WhatsApp's help pages on exporting chats and from what public parsers document about
/// real exports, and its fixtures were written by the project.
public struct WhatsAppImporter: Importer {
    /// `whatsapp-chat`, recorded with every record.
    public let name = "whatsapp-chat"
    /// This importer's version, recorded with every record.
    public let version = "1.0.0"
    /// `whatsapp`.
    public var platform: Platform? { Platform("whatsapp") }

    /// Creates the importer.
    public init() {}

    /// Whether the export holds a WhatsApp chat: a `.txt` (at most one folder down) that starts with a dated chat line.
    public func recognizes(_ source: any ExportSource) -> Bool {
        !Self.chatFiles(in: source).isEmpty
    }

    /// Chat files are read; every other file of the export (photos, videos, voice notes, documents sent
    /// in the chat) is sealed as media.
    public func plan(_ source: any ExportSource) throws -> [PlannedFile] {
        let chats = Set(Self.chatFiles(in: source).map(\.path))
        return source.files.map { PlannedFile(file: $0, role: chats.contains($0.path) ? .records : .media) }
    }

    /// Streams the records of one chat file, after a first pass that settles its date order.
    /// - Throws: ``ImportError`` when the file cannot be read, or has a line or message far longer than any real one.
    public func parse(_ file: ExportFile, from source: any ExportSource, emit: (ImportedRecord) throws -> Void) throws {
        try parse(file, from: source, emit: emit, note: { _ in })
    }

    /// Streams the records of one chat file and notes how its date order was decided, and that its
    /// times carry no zone, reading the file twice in all: once to survey it, once for the records.
    /// - Throws: ``ImportError`` when the file cannot be read, or has a line or message far longer than any real one.
    public func parse(
        _ file: ExportFile, from source: any ExportSource, emit: (ImportedRecord) throws -> Void,
        note: (String) -> Void
    ) throws {
        let survey = try survey(file, from: source)
        if let decision = survey.dateOrder {
            note(
                "\(DisplaySafe.text(file.path)): \(decision.explanation) WhatsApp writes times without a time zone; they are kept as written and marked as such."
            )
        }
        let title = Self.conversationTitle(file: file, source: source)
        let context = WhatsAppChatContext(
            file: file,
            survey: survey,
            attachments: Self.attachments(for: file, in: source),
            conversationTitle: title,
            conversationID: title ?? file.path
        )
        var reader = WhatsAppChatReader(context: context)
        try LineReader.read(file, from: source) { try reader.add($0, emit: emit) }
        try reader.flush(emit)
    }

    /// Reads a chat file once to settle how its dates are ordered (and why) and who writes in it, so
    /// that an import summary can say how the dates were read.
    /// - Throws: ``ImportError`` when the file cannot be read.
    public func survey(_ file: ExportFile, from source: any ExportSource) throws -> WhatsAppChatSurvey {
        try WhatsAppChatSurvey.read(file, from: source)
    }

    /// The chat files of an export.
    static func chatFiles(in source: any ExportSource) -> [ExportFile] {
        source.files.filter { file in
            file.path.lowercased().hasSuffix(".txt") && file.path.split(separator: "/").count <= 2 && file.size > 0
                && looksLikeChat(file, in: source)
        }
    }

    /// Whether the file starts like a chat: its first non-empty line is dated, and (unless its name is
    /// one WhatsApp gives) so is at least one more line among the first few.
    private static func looksLikeChat(_ file: ExportFile, in source: any ExportSource) -> Bool {
        guard let head = try? ExportPeek.firstBytes(of: file, in: source, count: 16 << 10) else { return false }
        let lines = head.split(separator: 0x0A, omittingEmptySubsequences: true).prefix(24)
        guard let first = lines.first(where: { !$0.allSatisfy { $0 == 0x0D || $0 == 0x20 } }),
            WhatsAppLineParser.header(Array(first)) != nil
        else { return false }
        let named = file.name == "_chat.txt" || file.name.localizedCaseInsensitiveContains("whatsapp")
        return named || lines.count(where: { WhatsAppLineParser.header(Array($0)) != nil }) >= 2
    }

    /// The files that came with a chat, by name: those in the chat's own folder, then any elsewhere.
    static func attachments(for chat: ExportFile, in source: any ExportSource) -> [String: String] {
        let folder = chat.path.split(separator: "/").dropLast().joined(separator: "/")
        var byName = [String: String]()
        for file in source.files where file.path != chat.path {
            let fileFolder = file.path.split(separator: "/").dropLast().joined(separator: "/")
            if byName[file.name] == nil || fileFolder == folder { byName[file.name] = file.path }
        }
        return byName
    }

    /// The chat's name from the file or export name WhatsApp gave it (`WhatsApp Chat with Jordan Reece.txt`,
    /// `WhatsApp Chat - Jordan Reece.zip`), in the languages whose wording is known.
    static func conversationTitle(file: ExportFile, source: any ExportSource) -> String? {
        let candidates = [
            file.name, file.path.split(separator: "/").dropLast().last.map(String.init), source.displayName,
        ]
        for candidate in candidates.compactMap({ $0 }) {
            var stem = candidate
            for ext in [".txt", ".zip"] where stem.lowercased().hasSuffix(ext) {
                stem = String(stem.dropLast(ext.count))
            }
            for prefix in titlePrefixes where stem.hasPrefix(prefix) {
                let title = String(stem.dropFirst(prefix.count)).trimmingSpaces
                if !title.isEmpty { return title }
            }
        }
        return nil
    }

    private static let titlePrefixes = [
        "WhatsApp Chat with ", "WhatsApp Chat - ", "WhatsApp-Chat mit ", "Chat de WhatsApp con ",
        "Conversa do WhatsApp com ", "Discussion WhatsApp avec ", "Chat WhatsApp con ", "WhatsApp-chat met ",
        "WhatsApp-chatt med ",
    ]
}
