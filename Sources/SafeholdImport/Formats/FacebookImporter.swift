import Foundation
public import SafeholdCore

/// Reads a Facebook "Download your information" export in JSON: the ZIP as downloaded or its folder.
///
/// Both layouts are read: the older one (`messages/inbox/…`, `posts/`, `friends/` or
/// `friends_and_followers/`, `comments/` or `comments_and_reactions/`) and the newer one
/// (`your_facebook_activity/messages/inbox/…`, `your_facebook_activity/posts/`, `connections/friends/`,
/// `connections/followers/`), with the export's folder at the root or one folder down. Records come from
/// Messenger threads (inbox, archived, filtered, message requests), posts, comments, and friends,
/// followers, following, friend requests, removed friends and blocked people. Every text passes through
/// ``MetaText`` to undo Meta's mojibake. Formats learned from real exports and public parsers of them.
public struct FacebookImporter: Importer {
    /// `facebook-dyi`, recorded with every record this importer reads.
    public let name = "facebook-dyi"
    /// This importer's version, recorded with every record.
    public let version = "1.0.0"
    /// `facebook`.
    public var platform: Platform? { Platform("facebook") }

    /// Creates the importer.
    public init() {}

    /// What a data file of a Facebook export holds.
    enum DataFile: Equatable {
        case thread
        case posts(PostKind)
        case comments
        case connection(RelationshipKind, flag: String?, keys: [String])
    }

    /// Whose posts a posts file holds.
    enum PostKind: Equatable {
        case own, timeline, group
    }

    private static let connectionFolders: Set<String> = [
        "friends", "friends_and_followers", "following_and_followers", "followers", "connections",
    ]

    /// What the file at `path` holds, judged by its name and folder; `nil` for files kept only as originals.
    static func kind(of path: String) -> DataFile? {
        let components = path.split(separator: "/").map(String.init)
        if MetaExport.isThread(components) { return .thread }
        guard let name = components.last, name.hasSuffix(".json"), components.count >= 2 else { return nil }
        let base = MetaExport.baseName(name)
        let folders = Set(components.dropLast())
        if folders.contains("posts") || folders.contains("groups") {
            switch base {
            case "your_posts", "your_posts__check_ins__photos_and_videos": return .posts(.own)
            case "other_people's_posts_to_your_timeline", "other_peoples_posts_to_your_timeline":
                return .posts(.timeline)
            case "your_posts_in_groups", "group_posts_and_comments": return .posts(.group)
            default: break
            }
        }
        let isCommentsFile = base == "comments" || base == "comments_and_reactions"
        if isCommentsFile && (folders.contains("comments") || folders.contains("comments_and_reactions")) {
            return .comments
        }
        if base == "your_comments_in_groups" { return .comments }
        guard !folders.isDisjoint(with: connectionFolders) else { return nil }
        return connection(base)
    }

    private static func connection(_ base: String) -> DataFile? {
        switch base {
        case "friends", "your_friends":
            .connection(.friend, flag: nil, keys: ["friends", "friends_v2"])
        case "removed_friends":
            .connection(.removedFriend, flag: nil, keys: ["deleted_friends", "deleted_friends_v2"])
        case "friend_requests_received", "received_friend_requests":
            .connection(.friendRequestReceived, flag: nil, keys: ["received_requests", "received_requests_v2"])
        case "rejected_friend_requests":
            .connection(.friendRequestReceived, flag: "rejected", keys: ["rejected_requests", "rejected_requests_v2"])
        case "friend_requests_sent", "sent_friend_requests":
            .connection(.friendRequestSent, flag: nil, keys: ["sent_requests", "sent_requests_v2"])
        case "following", "who_you_follow", "who_you've_followed", "who_you_ve_followed":
            .connection(.following, flag: nil, keys: ["following", "following_v2", "following_v3"])
        case "followers", "people_who_followed_you", "people_who_follow_you":
            .connection(.follower, flag: nil, keys: ["followers", "followers_v2", "followers_v3"])
        case _ where base.contains("blocked"):
            .connection(
                .blocked,
                flag: nil,
                keys: [
                    "blocked_people", "blocked_people_v2", "blocked_users", "blocked_users_v2", "blocked_profiles",
                    "blocked_profiles_v2",
                ]
            )
        default: nil
        }
    }

    /// Whether this is a Facebook export: it has at least as many of Facebook's own folders as of Instagram's
    /// (or only Messenger threads).
    public func recognizes(_ source: any ExportSource) -> Bool {
        MetaExport.layout(of: source)?.platform == platform
    }

    /// Data files are read, photos, videos, audio and files sent in messages are sealed as media, and the
    /// rest is sealed as it is.
    public func plan(_ source: any ExportSource) throws -> [PlannedFile] {
        MetaExport.plan(source) { Self.kind(of: $0) != nil }
    }

    /// Streams the records of one data file: a thread, or a list of comments, posts or people.
    /// - Throws: ``ImportError`` `malformed` naming the file when it is damaged, cut short or nested too deeply.
    public func parse(_ file: ExportFile, from source: any ExportSource, emit: (ImportedRecord) throws -> Void) throws {
        guard let kind = Self.kind(of: file.path) else { return }
        if kind == .thread {
            try MetaThreadReader.read(file, from: source, platform: Platform("facebook")!, emit: emit)
            return
        }
        let owner = FacebookRecordReader.owner(in: source)
        try withoutActuallyEscaping(emit) { emit in
            let reader = FacebookRecordReader(file: file, owner: owner, emit: emit)
            switch kind {
            case .thread:
                return  // read above, with flat memory, by MetaThreadReader
            case .posts(let posts):
                try JSONFileReader.scan(file, from: source, patterns: Self.postPatterns(posts)) {
                    try reader.post($0, kind: posts)
                }
            case .comments:
                let keys = ["comments", "comments_v2", "group_comments", "group_comments_v2"]
                try JSONFileReader.scan(file, from: source, patterns: MetaExport.listPatterns(keys)) {
                    try reader.comment($0)
                }
            case .connection(let relationship, let flag, let keys):
                try JSONFileReader.scan(file, from: source, patterns: MetaExport.listPatterns(keys)) {
                    try reader.connection($0, kind: relationship, flag: flag)
                }
            }
        }
    }

    /// Where the posts are in each kind of posts file, across the years' layouts.
    private static func postPatterns(_ kind: PostKind) -> [JSONPathPattern] {
        let paths: [[JSONPathPattern.Component]] =
            switch kind {
            case .own: [[.anyIndex], [.key("status_updates"), .anyIndex], [.key("status_updates_v2"), .anyIndex]]
            case .timeline:
                [
                    [.key("wall_posts_sent_to_you"), .key("activity_log_data"), .anyIndex],
                    [.key("wall_posts_sent_to_you"), .anyIndex], [.anyIndex],
                ]
            case .group:
                [
                    [.key("group_posts_v2"), .anyIndex], [.key("group_posts"), .anyIndex],
                    [.key("group_posts"), .key("activity_log_data"), .anyIndex],
                ]
            }
        return paths.map(JSONPathPattern.init)
    }
}

/// What Facebook's and Instagram's exports share: the folders that tell them apart, where the export
/// starts inside a ZIP or folder, the layout of message threads, and links between files.
enum MetaExport {
    /// Paths (from the export's root) only a Facebook export has. Only JSON files count, so that a
    /// folder of screenshots that happens to be called `friends` is not taken for an export.
    static let facebookMarkers = [
        "your_facebook_activity/", "your_activity_across_facebook/", "connections/friends/", "connections/followers/",
        "friends/", "friends_and_followers/", "following_and_followers/",
        "profile_information/profile_information.json",
        "personal_information/profile_information/", "posts/your_posts", "comments_and_reactions/",
        "comments/comments.json", "messages/archived_threads/", "messages/filtered_threads/",
        "messages/autofill_information.json", "apps_and_websites_off_of_facebook/",
    ]
    /// Paths only an Instagram export has.
    static let instagramMarkers = [
        "your_instagram_activity/", "connections/followers_and_following/", "followers_and_following/",
        "personal_information/personal_information/", "account_information/", "comments/post_comments",
        "comments/reels_comments", "likes/liked_posts.json", "likes/liked_comments.json", "information_about_you/",
        "story_sticker_interactions/", "content/posts_1.json", "apps_and_websites_off_of_instagram/",
    ]
    /// The folders of a thread that hold the files sent in it.
    static let attachmentFolders: Set<String> = ["photos", "videos", "audio", "files", "gifs"]

    /// Where a Meta export starts in a source, and whose it is.
    struct Layout: Equatable {
        /// The folder holding the export (`""` or one folder down, ending in `/`).
        var root: String
        /// Facebook or Instagram.
        var platform: Platform
    }

    /// The export's root and platform; `nil` when this is not a Meta export. An export with markers of
    /// both goes to the platform with more of them (Facebook on a tie); one with nothing but message
    /// threads in the old layout is taken for Messenger, the more common download of messages only.
    static func layout(of source: any ExportSource) -> Layout? {
        var scores = [String: (facebook: Set<String>, instagram: Set<String>, threads: Bool)]()
        for file in source.files where file.path.hasSuffix(".json") {
            let components = file.path.split(separator: "/")
            var roots = [""]
            if components.count > 1 { roots.append(String(components[0]) + "/") }
            for root in roots {
                let relative = file.path.dropFirst(root.count)
                var score = scores[root] ?? ([], [], false)
                for marker in facebookMarkers where relative.hasPrefix(marker) { score.facebook.insert(marker) }
                for marker in instagramMarkers where relative.hasPrefix(marker) { score.instagram.insert(marker) }
                let parts = relative.split(separator: "/").map(String.init)
                if parts.count <= 5 && isThread(parts) { score.threads = true }
                scores[root] = score
            }
        }
        let ranked = scores.map { root, score in
            (root: root, score: score, total: score.facebook.count + score.instagram.count + (score.threads ? 1 : 0))
        }
        guard
            let best = ranked.max(by: { ($0.total, $1.root.count, $1.root) < ($1.total, $0.root.count, $0.root) }),
            best.total > 0
        else { return nil }
        let isInstagram = best.score.instagram.count > best.score.facebook.count
        return Layout(root: best.root, platform: Platform(isInstagram ? "instagram" : "facebook")!)
    }

    /// The plan shared by both importers: data files are read, files sent in messages are media,
    /// everything else is sealed as it is.
    static func plan(_ source: any ExportSource, isRecords: (String) -> Bool) -> [PlannedFile] {
        let root = layout(of: source)?.root ?? ""
        return source.files.map { file in
            guard file.path.hasPrefix(root) else { return PlannedFile(file: file, role: .original) }
            if isRecords(file.path) { return PlannedFile(file: file, role: .records) }
            if isThreadAttachment(file.path.split(separator: "/").map(String.init)) {
                return PlannedFile(file: file, role: .media)
            }
            return PlannedFile(file: file, role: .original)
        }
    }

    /// Whether a path is one file of a thread: `…/messages/<folder>/<thread>/message_<n>.json`.
    static func isThread(_ components: [String]) -> Bool {
        guard components.count >= 4, components[components.count - 4] == "messages",
            let name = components.last, name.hasPrefix("message_"), name.hasSuffix(".json")
        else { return false }
        let number = name.dropFirst("message_".count).dropLast(".json".count)
        return !number.isEmpty && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
    }

    /// Whether a path is a file sent in a thread: `…/messages/<folder>/<thread>/photos/<file>`.
    static func isThreadAttachment(_ components: [String]) -> Bool {
        components.count >= 5 && components[components.count - 5] == "messages"
            && attachmentFolders.contains(components[components.count - 2])
    }

    /// A file name without `.json` and without the page number of split files (`followers_1` → `followers`).
    static func baseName(_ name: String) -> String {
        let stem = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
        guard let underscore = stem.lastIndex(of: "_") else { return stem }
        let suffix = stem[stem.index(after: underscore)...]
        guard !suffix.isEmpty, suffix.allSatisfy({ $0.isASCII && $0.isNumber }) else { return stem }
        return String(stem[..<underscore])
    }

    /// The entries of a list file: a bare array, or an array under one of `keys`.
    static func listPatterns(_ keys: [String]) -> [JSONPathPattern] {
        [JSONPathPattern([.anyIndex])] + keys.map { JSONPathPattern([.key($0), .anyIndex]) }
    }

    /// The path inside the export of a file a record links to. Meta writes links from the export's root
    /// (`messages/inbox/…/photos/1.jpg`, or with `your_facebook_activity/` in front), so the root is
    /// found in the linking file's own path: no list of the export's files is needed. A link that climbs
    /// out of the export (`..`, or from `/`) is dropped; the record's own bytes still show it.
    static func resolve(_ uri: String, from path: String) -> MediaRef {
        if uri.hasPrefix("http://") || uri.hasPrefix("https://") { return MediaRef(url: uri) }
        let parts = uri.split(separator: "/", omittingEmptySubsequences: false)
        guard !uri.hasPrefix("/"), !uri.contains("\\"), !parts.contains(where: { $0 == ".." }) else {
            return MediaRef()
        }
        let folders = path.split(separator: "/").dropLast().map(String.init)
        guard let first = uri.split(separator: "/").first.map(String.init) else { return MediaRef(path: uri) }
        if let index = folders.firstIndex(of: first) {
            return MediaRef(path: (folders[..<index] + [uri]).joined(separator: "/"))
        }
        if let index = folders.firstIndex(where: { $0.hasPrefix("your_") && $0.hasSuffix("_activity") }) {
            return MediaRef(path: (folders[..<index] + [uri]).joined(separator: "/"))
        }
        return MediaRef(path: uri)
    }

    /// A time in seconds since 1970, as Meta writes most times; `nil` for a missing or zero time.
    static func time(seconds value: JSONValue) -> Timestamp? {
        guard let seconds = value.int, seconds > 0 else { return nil }
        return Timestamp(date: Date(timeIntervalSince1970: Double(seconds)), offsetSeconds: 0)
    }

    /// A time in milliseconds since 1970, as message times are written.
    static func time(milliseconds value: JSONValue) -> Timestamp? {
        guard let milliseconds = value.int, milliseconds > 0 else { return nil }
        return Timestamp(date: Date(timeIntervalSince1970: Double(milliseconds) / 1000), offsetSeconds: 0)
    }
}
