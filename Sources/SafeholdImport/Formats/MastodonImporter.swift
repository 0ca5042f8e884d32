import Foundation
public import SafeholdCore

/// Reads a Mastodon account archive ("Request your archive": `actor.json`, `outbox.json`, `likes.json`,
/// `bookmarks.json` and `media_attachments/`, as a ZIP or folder) and Mastodon's CSV lists (Import and
/// export → Data export: `following_accounts.csv`, `blocked_accounts.csv`, `muted_accounts.csv`,
/// `blocked_domains.csv`), together or on their own.
///
/// The outbox is ActivityStreams: each `Create` of a `Note` becomes a post, a reply or (when addressed
/// to no public or followers collection) a direct message; each `Announce` a boost. HTML content is
/// reduced to text without being rendered (``MastodonHTML``). The actor becomes a profile, likes and
/// bookmarks reactions, and the lists relationships to `user@instance` handles. Formats learned from a
/// real archive and Mastodon's own export code; archives contain no followers list.
public struct MastodonImporter: Importer {
    /// `mastodon-archive`, recorded with every record this importer reads.
    public let name = "mastodon-archive"
    /// This importer's version, recorded with every record.
    public let version = "1.0.0"
    /// `mastodon`.
    public var platform: Platform? { Platform("mastodon") }

    /// Creates the importer.
    public init() {}

    /// What a data file of a Mastodon export holds.
    enum DataFile: Equatable {
        case outbox, actor
        case collection(reaction: String)
        case list(RelationshipKind, domains: Bool)
    }

    static let lists: [String: DataFile] = [
        "following_accounts.csv": .list(.following, domains: false),
        "blocked_accounts.csv": .list(.blocked, domains: false),
        "muted_accounts.csv": .list(.muted, domains: false),
        "blocked_domains.csv": .list(.blocked, domains: true),
    ]

    /// What the file at `path` holds; `nil` for files sealed as they are.
    static func kind(of path: String, root: String?) -> DataFile? {
        let parts = path.split(separator: "/")
        guard let name = parts.last.map(String.init), parts.count <= 2 else { return nil }
        if let list = lists[name] { return list }
        guard let root, path == root + name else { return nil }
        switch name {
        case "outbox.json": return .outbox
        case "actor.json": return .actor
        case "likes.json": return .collection(reaction: "like")
        case "bookmarks.json": return .collection(reaction: "bookmark")
        default: return nil
        }
    }

    /// The folder holding `actor.json` and `outbox.json` (`""` or one folder down, ending in `/`).
    static func archiveRoot(_ source: any ExportSource) -> String? {
        let paths = Set(source.files.map(\.path))
        for file in source.files where file.name == "actor.json" && file.path.split(separator: "/").count <= 2 {
            let root = String(file.path.dropLast("actor.json".count))
            if paths.contains(root + "outbox.json") { return root }
        }
        return nil
    }

    /// Whether this is a Mastodon archive, or holds one of Mastodon's CSV lists by its own name.
    public func recognizes(_ source: any ExportSource) -> Bool {
        if Self.archiveRoot(source) != nil { return true }
        return source.files.contains { Self.lists[$0.name] != nil && $0.path.split(separator: "/").count <= 2 }
    }

    /// Data files are read; the photos and videos of posts, the avatar and the header are sealed as
    /// media; anything else is sealed as it is.
    public func plan(_ source: any ExportSource) throws -> [PlannedFile] {
        let root = Self.archiveRoot(source)
        return source.files.map { file in
            if Self.kind(of: file.path, root: root) != nil { return PlannedFile(file: file, role: .records) }
            guard let root, file.path.hasPrefix(root) else { return PlannedFile(file: file, role: .original) }
            let rest = file.path.dropFirst(root.count)
            let isMedia =
                rest.contains("media_attachments/") || rest.hasPrefix("avatar.") || rest.hasPrefix("header.")
            return PlannedFile(file: file, role: isMedia ? .media : .original)
        }
    }

    /// Streams the records of one data file.
    /// - Throws: ``ImportError`` naming the file when it is damaged, cut short or too large to be real.
    public func parse(_ file: ExportFile, from source: any ExportSource, emit: (ImportedRecord) throws -> Void) throws {
        let root = Self.archiveRoot(source)
        guard let kind = Self.kind(of: file.path, root: root) else { return }
        let owner = try root.flatMap { try MastodonRecordReader.owner(in: source, root: $0) }
        try withoutActuallyEscaping(emit) { emit in
            let reader = MastodonRecordReader(file: file, owner: owner, root: root ?? "", source: source, emit: emit)
            switch kind {
            case .outbox:
                try JSONFileReader.scan(file, from: source, patterns: [JSONPathPattern("$.orderedItems[*]")]) {
                    try reader.activity($0)
                }
            case .actor:
                try JSONFileReader.scan(file, from: source, patterns: [JSONPathPattern("$")]) { try reader.profile($0) }
            case .collection(let reaction):
                try JSONFileReader.scan(file, from: source, patterns: [JSONPathPattern("$.orderedItems[*]")]) {
                    try reader.reaction($0, reaction: reaction)
                }
            case .list(let relationship, let domains):
                try CSVFileReader.scan(file, from: source) { row in
                    try reader.listEntry(row, kind: relationship, domains: domains)
                }
            }
        }
    }
}

extension MastodonRecordReader {
    /// One account or domain of a CSV list. The header row (`Account address,…`), when the list has
    /// one, and blank addresses are skipped.
    func listEntry(_ row: CSVRow, kind: RelationshipKind, domains: Bool) throws {
        let first = (row[0] ?? "").trimmingCharacters(in: .whitespaces)
        let lowered = first.lowercased()
        guard !first.isEmpty, lowered != "account address", lowered != "#domain", lowered != "domain" else { return }
        var record = NormalizedRecord(kind: .relationship, platform: platform, file: file, row: row)
        record.relationship = kind
        record.author = owner
        if domains {
            record.recipients = [AccountRef(displayName: first, url: "https://\(first)")]
            record.flags = ["domain"]
        } else {
            let handle = first.hasPrefix("@") ? String(first.dropFirst()) : first
            record.recipients = [AccountRef(handle: handle, url: MastodonAccounts.profileURL(handle))]
            if kind == .muted, row[1]?.trimmingCharacters(in: .whitespaces).lowercased() == "true" {
                record.flags = ["hide-notifications"]
            }
        }
        try emit(ImportedRecord(record: record, bytes: row.bytes))
    }
}

/// Mastodon accounts named by their addresses: `user@instance` handles from actor and status links.
enum MastodonAccounts {
    /// The account for an actor address, named as its mention tag names it when the note has one.
    static func account(url: String, mentions: [JSONValue]) -> AccountRef {
        if let mention = mentions.first(where: { $0["href"].string == url }), let name = mention["name"].text {
            return AccountRef(handle: name.hasPrefix("@") ? String(name.dropFirst()) : name, url: url)
        }
        return AccountRef(handle: handle(fromActor: url), url: url)
    }

    /// `name@host` from `https://host/users/name` or `https://host/@name`.
    static func handle(fromActor url: String) -> String? {
        guard let parsed = URL(string: url), let host = parsed.host else { return nil }
        let parts = parsed.path.split(separator: "/")
        if parts.count >= 2, parts[0] == "users" { return "\(parts[1])@\(host)" }
        if let first = parts.first, first.hasPrefix("@") { return "\(first.dropFirst())@\(host)" }
        return nil
    }

    /// The author of a status from its address (`https://host/users/name/statuses/…`), when it shows one.
    static func author(ofStatus url: String) -> AccountRef? {
        guard let parsed = URL(string: url), let host = parsed.host else { return nil }
        let parts = parsed.path.split(separator: "/")
        guard parts.count >= 4, parts[0] == "users", parts[2] == "statuses" else { return nil }
        return AccountRef(handle: "\(parts[1])@\(host)", url: "https://\(host)/users/\(parts[1])")
    }

    /// `https://instance/@user` for `user@instance`.
    static func profileURL(_ handle: String) -> String? {
        let parts = handle.split(separator: "@")
        guard parts.count == 2 else { return nil }
        return "https://\(parts[1])/@\(parts[0])"
    }
}
