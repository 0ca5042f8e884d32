import Foundation
public import SafeholdCore

/// Reads Reddit's "Request a copy of your data" export: a ZIP of CSV files (or its folder).
///
/// Read are `posts.csv` (`id,permalink,date,ip,subreddit,gildings,title,url,body`), `comments.csv`
/// (`id,permalink,date,ip,subreddit,gildings,link,parent,body,media`), `messages.csv` and
/// `messages_archive.csv` (`id,permalink,thread_id,date,ip,from,to,subject,body`: private messages sent
/// and received), `chat_history.csv` (`message_id,created_at,updated_at,username,message,
/// thread_parent_message_id,channel_url,subreddit,channel_name,conversation_type`: chats with both
/// sides), `friends.csv` (`username,note`: followed accounts) and `blocked_users.csv` (when present),
/// with large tables split as `comments_1.csv`, `comments_2.csv`. Columns are found by their header, not
/// their place; the owner's name comes from `statistics.csv` (`account name`). Dates are
/// `YYYY-MM-DD HH:MM:SS UTC`. No sample export was available: the layout was learned from Reddit's help
/// pages and public parsers of real exports, which agree on these columns; `blocked_users.csv` is not
/// confirmed by any of them and is read by a `username` (or first) column.
public struct RedditImporter: Importer {
    /// `reddit-data`, recorded with every record this importer reads.
    public let name = "reddit-data"
    /// This importer's version, recorded with every record.
    public let version = "1.0.0"
    /// `reddit`.
    public var platform: Platform? { Platform("reddit") }

    /// Creates the importer.
    public init() {}

    /// What a CSV file of a Reddit export holds.
    enum DataFile: Equatable {
        case posts, comments, messages, chat, friends, blocked

        /// The kind of record each row becomes.
        var recordKind: RecordKind {
            switch self {
            case .posts: .post
            case .comments: .comment
            case .messages, .chat: .message
            case .friends, .blocked: .relationship
            }
        }
    }

    /// The columns that show a file is Reddit's, by kind.
    static let signatures: [DataFile: [String]] = [
        .posts: ["id", "permalink", "subreddit", "title"], .comments: ["id", "permalink", "subreddit", "parent"],
        .messages: ["id", "thread_id", "from", "to"], .chat: ["message_id", "username", "channel_url"],
    ]

    /// What the file at `path` holds, by its name (`comments_2.csv` is `comments`); only at the export's
    /// root or one folder down, where Reddit puts them.
    static func kind(of path: String) -> DataFile? {
        let parts = path.split(separator: "/")
        guard parts.count <= 2, let name = parts.last, name.hasSuffix(".csv") else { return nil }
        var base = name.dropLast(4)
        if let underscore = base.lastIndex(of: "_"), base[base.index(after: underscore)...].allSatisfy(\.isNumber),
            base.index(after: underscore) < base.endIndex
        {
            base = base[..<underscore]
        }
        switch base {
        case "posts": return .posts
        case "comments": return .comments
        case "messages", "messages_archive": return .messages
        case "chat_history": return .chat
        case "friends": return .friends
        case "blocked_users": return .blocked
        default: return nil
        }
    }

    /// Whether this is a Reddit export: one of its posts, comments, messages or chat files has Reddit's
    /// columns (so that another site's `messages.csv` is not taken for Reddit's).
    public func recognizes(_ source: any ExportSource) -> Bool {
        source.files.contains { file in
            guard let kind = Self.kind(of: file.path), let columns = Self.signatures[kind] else { return false }
            return CSVFileReader.header(of: file, from: source)?.contains(all: columns) == true
        }
    }

    /// The CSV files named above are read; everything else is sealed as it is.
    public func plan(_ source: any ExportSource) throws -> [PlannedFile] {
        source.files.map { PlannedFile(file: $0, role: Self.kind(of: $0.path) == nil ? .original : .records) }
    }

    /// Streams the records of one CSV file.
    /// - Throws: ``ImportError`` naming the file when it is cut short inside a quoted field, empty, or
    ///   has a field too large to be real.
    public func parse(_ file: ExportFile, from source: any ExportSource, emit: (ImportedRecord) throws -> Void) throws {
        guard let kind = Self.kind(of: file.path) else { return }
        let owner = Self.owner(in: source, near: file)
        let platform = Platform("reddit")!
        try CSVFileReader.scanTable(file, from: source) { header, row in
            var record = NormalizedRecord(kind: kind.recordKind, platform: platform, file: file, row: row)
            let column = { (names: [String]) -> String? in
                names.lazy.compactMap { header.index($0) }.first.flatMap { row[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            }
            switch kind {
            case .posts: Self.post(column, owner: owner, into: &record)
            case .comments: Self.comment(column, owner: owner, into: &record)
            case .messages: Self.message(column, into: &record)
            case .chat: Self.chat(column, into: &record)
            case .friends, .blocked:
                guard Self.relationship(column, row: row, kind: kind, owner: owner, into: &record) else { return }
            }
            try emit(ImportedRecord(record: record, bytes: row.bytes))
        }
    }

    typealias Column = ([String]) -> String?

    static func account(_ name: String?) -> AccountRef? {
        guard var name, !name.isEmpty else { return nil }
        if name.hasPrefix("/u/") { name.removeFirst(3) } else if name.hasPrefix("u/") { name.removeFirst(2) }
        if name.hasPrefix("r/") || name.hasPrefix("/r/") { return AccountRef(handle: name) }
        return AccountRef(handle: name, url: "https://www.reddit.com/user/\(name)")
    }

    /// `2024-05-02 18:11:04 UTC`, or any RFC 3339 time.
    static func time(_ text: String?) -> Timestamp? {
        guard var text else { return nil }
        if text.hasSuffix(" UTC") { text.removeLast(4) }
        return Timestamp(parsing: text, assumedZone: TimeZone(secondsFromGMT: 0)!)
    }

    private static func post(_ column: Column, owner: AccountRef?, into record: inout NormalizedRecord) {
        record.platformID = column(["id"])
        record.url = column(["permalink"])
        record.createdAt = time(column(["date"]))
        record.author = owner
        let text = [column(["title"]), column(["body"])].compactMap { $0 }.joined(separator: "\n\n")
        record.text = text.isEmpty ? nil : text
        record.conversationTitle = column(["subreddit"]).map { "r/\($0)" }
        if let link = column(["url"]), link != record.url { record.media = [MediaRef(url: link, mediaType: "link")] }
    }

    private static func comment(_ column: Column, owner: AccountRef?, into record: inout NormalizedRecord) {
        record.platformID = column(["id"])
        record.url = column(["permalink"])
        record.createdAt = time(column(["date"]))
        record.author = owner
        record.text = column(["body"])
        record.inReplyTo = column(["parent"])
        record.conversationID = column(["link"])
        record.conversationTitle = column(["subreddit"]).map { "r/\($0)" }
        if let media = column(["media"]) { record.media = [MediaRef(url: media)] }
    }

    private static func message(_ column: Column, into record: inout NormalizedRecord) {
        record.platformID = column(["id"])
        record.url = column(["permalink"])
        record.createdAt = time(column(["date"]))
        record.author = account(column(["from"]))
        record.recipients = account(column(["to"])).map { [$0] }
        record.text = column(["body"])
        record.conversationID = column(["thread_id"])
        record.conversationTitle = column(["subject"])
    }

    private static func chat(_ column: Column, into record: inout NormalizedRecord) {
        record.platformID = column(["message_id"])
        record.createdAt = time(column(["created_at"]))
        record.author = account(column(["username"]))
        record.text = column(["message"])
        record.inReplyTo = column(["thread_parent_message_id"])
        record.conversationID = column(["channel_url"])
        record.conversationTitle = column(["channel_name"])
        var flags = column(["conversation_type"]).map { [$0] } ?? []
        if let updated = time(column(["updated_at"])), let created = record.createdAt, updated != created {
            flags += ["edited", "edited-at:\(updated.rfc3339)"]
        }
        if let subreddit = column(["subreddit"]) { flags.append("subreddit:\(subreddit)") }
        if !flags.isEmpty { record.flags = flags }
    }

    /// A followed or blocked account; `false` for a row without a name.
    private static func relationship(
        _ column: Column,
        row: CSVRow,
        kind: DataFile,
        owner: AccountRef?,
        into record: inout NormalizedRecord
    ) -> Bool {
        let name =
            column(["username", "name", "user", "blocked_user", "account"]) ?? row[0].flatMap { $0.isEmpty ? nil : $0 }
        guard let other = account(name) else { return false }
        record.relationship = kind == .friends ? .following : .blocked
        record.author = owner
        record.recipients = [other]
        record.text = column(["note"])
        record.createdAt = time(column(["date", "blocked_at"]))
        return true
    }

    /// The owner's name from `statistics.csv` (`account name,<name>`) beside the file being read.
    static func owner(in source: any ExportSource, near file: ExportFile) -> AccountRef? {
        let folder = file.path.dropLast(file.name.count)
        guard let statistics = source.file(at: folder + "statistics.csv") else { return nil }
        var owner: AccountRef?
        try? CSVFileReader.scan(statistics, from: source) { row in
            let key = row[0]?.trimmingCharacters(in: .whitespaces).lowercased()
            if key == "account name" || key == "account_name" || key == "username" { owner = account(row[1]) }
        }
        return owner
    }
}
