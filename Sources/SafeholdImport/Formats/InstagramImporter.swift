public import SafeholdCore

/// Reads an Instagram "Download your information" export in JSON: the ZIP as downloaded or its folder.
///
/// Both layouts are read: the older one (`messages/inbox/…`, `followers_and_following/`, `comments/`)
/// and the newer one (`your_instagram_activity/messages/inbox/…`, `your_instagram_activity/comments/`,
/// `connections/followers_and_following/`), with the export's folder at the root or one folder down.
/// Records come from direct-message threads (the same `message_N.json` shape as Messenger), comments
/// on posts and reels, and the lists of followers, following, blocked, restricted and close friends,
/// follow requests and recently unfollowed accounts. Every text passes through ``MetaText``. Formats
/// learned from public parsers of real exports.
public struct InstagramImporter: Importer {
    /// `instagram-dyi`, recorded with every record this importer reads.
    public let name = "instagram-dyi"
    /// This importer's version, recorded with every record.
    public let version = "1.0.0"
    /// `instagram`.
    public var platform: Platform? { Platform("instagram") }

    /// Creates the importer.
    public init() {}

    /// What a data file of an Instagram export holds.
    enum DataFile: Equatable {
        case thread
        case comments(keys: [String])
        case relationship(RelationshipKind, flag: String?, keys: [String])
    }

    /// What the file at `path` holds, judged by its name and folder; `nil` for files kept only as originals.
    static func kind(of path: String) -> DataFile? {
        let components = path.split(separator: "/").map(String.init)
        if MetaExport.isThread(components) { return .thread }
        guard let name = components.last, name.hasSuffix(".json"), components.count >= 2 else { return nil }
        let base = MetaExport.baseName(name)
        let folder = components[components.count - 2]
        if folder == "comments" {
            switch base {
            case "post_comments": return .comments(keys: ["comments_media_comments"])
            case "reels_comments": return .comments(keys: ["comments_reels_comments"])
            default: return nil
            }
        }
        guard folder == "followers_and_following" else { return nil }
        return relationship(base)
    }

    private static func relationship(_ base: String) -> DataFile? {
        switch base {
        case "followers":
            .relationship(.follower, flag: nil, keys: ["relationships_followers"])
        case "following":
            .relationship(.following, flag: nil, keys: ["relationships_following"])
        case "blocked_accounts", "blocked_profiles", "blocked_users":
            .relationship(.blocked, flag: nil, keys: ["relationships_blocked_users"])
        case "restricted_accounts", "restricted_profiles", "restricted_users":
            .relationship(.restricted, flag: nil, keys: ["relationships_restricted_users"])
        case "close_friends":
            .relationship(.closeFriend, flag: nil, keys: ["relationships_close_friends"])
        case "follow_requests_you've_received", "follow_requests_you_ve_received", "follow_requests_received":
            .relationship(
                .friendRequestReceived,
                flag: "follow-request",
                keys: ["relationships_follow_requests_received"]
            )
        case "pending_follow_requests":
            .relationship(.friendRequestSent, flag: "follow-request", keys: ["relationships_follow_requests_sent"])
        case "recently_unfollowed_accounts", "recently_unfollowed_profiles", "recently_unfollowed_users":
            .relationship(.removedFriend, flag: "unfollowed", keys: ["relationships_unfollowed_users"])
        default:
            nil
        }
    }

    /// Whether this is an Instagram export: it has more of Instagram's own folders than of Facebook's.
    public func recognizes(_ source: any ExportSource) -> Bool {
        MetaExport.layout(of: source)?.platform == platform
    }

    /// Data files are read, photos, videos, audio and files sent in messages are sealed as media, and the
    /// rest is sealed as it is.
    public func plan(_ source: any ExportSource) throws -> [PlannedFile] {
        MetaExport.plan(source) { Self.kind(of: $0) != nil }
    }

    /// Streams the records of one data file: a thread, or a list of comments or accounts.
    /// - Throws: ``ImportError`` `malformed` naming the file when it is damaged, cut short or nested too deeply.
    public func parse(_ file: ExportFile, from source: any ExportSource, emit: (ImportedRecord) throws -> Void) throws {
        guard let kind = Self.kind(of: file.path) else { return }
        if kind == .thread {
            try MetaThreadReader.read(file, from: source, platform: Platform("instagram")!, emit: emit)
            return
        }
        let owner = InstagramRecordReader.owner(in: source)
        try withoutActuallyEscaping(emit) { emit in
            let reader = InstagramRecordReader(file: file, owner: owner, emit: emit)
            switch kind {
            case .thread:
                return  // read above, with flat memory, by MetaThreadReader
            case .comments(let keys):
                try JSONFileReader.scan(file, from: source, patterns: MetaExport.listPatterns(keys)) {
                    try reader.comment($0)
                }
            case .relationship(let relationship, let flag, let keys):
                try JSONFileReader.scan(file, from: source, patterns: MetaExport.listPatterns(keys)) {
                    try reader.relationship($0, kind: relationship, flag: flag)
                }
            }
        }
    }
}
