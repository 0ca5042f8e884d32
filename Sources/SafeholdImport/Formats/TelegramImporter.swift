public import SafeholdCore

/// Reads a Telegram Desktop export in JSON ("Export chat history" or "Export Telegram data", format
/// "Machine-readable JSON"): the ZIP or folder holding `result.json`, or `result.json` alone.
///
/// Both shapes of `result.json` are read: one chat (`name`, `type`, `id`, then `messages`) and the
/// whole account (`personal_information`, then `chats.list[*]` and `left_chats.list[*]`, each a chat of
/// the same shape). Messages become message records and service messages (calls, joins, pins, renames)
/// system records; each reaction with the people who gave it becomes a reaction record. Photos, files,
/// voice and video messages and stickers the export downloaded are sealed as media. Formats learned
/// from Telegram Desktop's own exports and public parsers of them.
public struct TelegramImporter: Importer {
    /// `telegram-desktop`, recorded with every record this importer reads.
    public let name = "telegram-desktop"
    /// This importer's version, recorded with every record.
    public let version = "1.0.0"
    /// `telegram`.
    public var platform: Platform? { Platform("telegram") }

    /// Creates the importer.
    public init() {}

    /// The folders in which Telegram Desktop puts the files a chat's messages link to.
    static let mediaFolders: Set<String> = [
        "photos", "files", "video_files", "voice_messages", "round_video_messages", "stickers", "animations",
        "profile_pictures", "stories", "contacts",
    ]

    /// The `result.json` files at the root or one folder down.
    static func resultFiles(_ source: any ExportSource) -> [ExportFile] {
        source.files.filter { file in
            file.name == "result.json" && file.path.split(separator: "/").count <= 2
        }
    }

    /// Whether the export has a `result.json` that begins as Telegram's does: an object whose first keys
    /// include `messages`, `chats` or `personal_information`.
    public func recognizes(_ source: any ExportSource) -> Bool {
        Self.resultFiles(source).contains { Self.looksLikeTelegram($0, in: source) }
    }

    /// `result.json` is read; the files its messages link to are sealed as media; the HTML pages,
    /// style sheets and everything else are sealed as they are.
    public func plan(_ source: any ExportSource) throws -> [PlannedFile] {
        let roots = Self.resultFiles(source).filter { Self.looksLikeTelegram($0, in: source) }
        let folders = roots.map { String($0.path.dropLast("result.json".count)) }
        return source.files.map { file in
            if roots.contains(file) { return PlannedFile(file: file, role: .records) }
            guard let folder = folders.first(where: { file.path.hasPrefix($0) }) else {
                return PlannedFile(file: file, role: .original)
            }
            let inside = file.path.dropFirst(folder.count).split(separator: "/").dropLast().map(String.init)
            let isMedia = inside.contains { Self.mediaFolders.contains($0) }
            return PlannedFile(file: file, role: isMedia ? .media : .original)
        }
    }

    /// Streams the records of `result.json`: a profile for the account's owner, then each chat's messages.
    /// - Throws: ``ImportError`` `malformed` naming the file when it is damaged, cut short or nested too deeply.
    public func parse(_ file: ExportFile, from source: any ExportSource, emit: (ImportedRecord) throws -> Void) throws {
        guard file.name == "result.json" else { return }
        try withoutActuallyEscaping(emit) { emit in
            var reader = TelegramRecordReader(file: file, emit: emit)
            try JSONFileReader.scan(file, from: source, patterns: TelegramRecordReader.patterns) {
                try reader.handle($0)
            }
        }
    }

    /// Reads only the file's first piece (up to 64 KiB) and looks for Telegram's top-level keys there.
    static func looksLikeTelegram(_ file: ExportFile, in source: any ExportSource) -> Bool {
        struct Enough: Error {}
        var head = [UInt8]()
        try? source.read(file) { piece in
            head.append(contentsOf: piece.prefix(65536))
            throw Enough()
        }
        guard let first = head.first(where: { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) }),
            first == UInt8(ascii: "{")
        else { return false }
        let text = String(decoding: head, as: UTF8.self)
        return ["\"messages\"", "\"chats\"", "\"personal_information\""].contains { text.contains($0) }
    }
}
