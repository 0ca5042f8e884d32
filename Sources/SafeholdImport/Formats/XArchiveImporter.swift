import Foundation
public import SafeholdCore

/// Reads an X (formerly Twitter) "Your archive" export: the ZIP as downloaded or its folder.
///
/// The archive's `data/*.js` files each assign one JSON array to `window.YTD.<name>.partN`. Both the
/// newer schema (each tweet wrapped as `{"tweet": {…}}`, files `tweets.js`, `direct-messages.js`) and
/// the older one (unwrapped tweets in `tweet.js`, `direct-message.js`) are read, including split
/// files (`tweets-part1.js`). Media folders (`tweets_media/`, `direct_messages_media/`, …) are sealed
/// as media. Formats learned from real archives and X's own `README.txt` inside each archive.
public struct XArchiveImporter: Importer {
    public let name = "x-archive"
    public let version = "1.0.0"
    public var platform: Platform? { Platform("x") }

    /// Creates the importer.
    public init() {}

    /// What each data file holds.
    enum DataFile: Equatable {
        case tweets(deleted: Bool), directMessages(group: Bool), relationship(RelationshipKind, key: String)
        case account, profile, likes
    }

    static func kind(of path: String) -> DataFile? {
        guard let name = path.split(separator: "/").last.map(String.init), name.hasSuffix(".js") else { return nil }
        let base = String(name.dropLast(3)).replacingOccurrences(of: #"-part\d+$"#, with: "", options: .regularExpression)
        switch base {
        case "tweets", "tweet": return .tweets(deleted: false)
        case "deleted-tweets", "deleted-tweet": return .tweets(deleted: true)
        case "direct-messages", "direct-message": return .directMessages(group: false)
        case "direct-messages-group", "direct-message-group": return .directMessages(group: true)
        case "follower": return .relationship(.follower, key: "follower")
        case "following": return .relationship(.following, key: "following")
        case "block": return .relationship(.blocked, key: "blocking")
        case "mute": return .relationship(.muted, key: "muting")
        case "account": return .account
        case "profile": return .profile
        case "like": return .likes
        default: return nil
        }
    }

    /// The folder holding `data/`, which is the root or one folder down in a ZIP.
    static func dataPrefix(_ source: any ExportSource) -> String? {
        for file in source.files where file.path.hasSuffix("data/manifest.js") || file.path.hasSuffix("data/account.js") {
            let prefix = String(file.path.dropLast(file.path.hasSuffix("manifest.js") ? "manifest.js".count : "account.js".count))
            if prefix.split(separator: "/").count <= 2 { return prefix }
        }
        return nil
    }

    public func recognizes(_ source: any ExportSource) -> Bool {
        guard let prefix = Self.dataPrefix(source) else { return false }
        return source.files.contains { $0.path.hasPrefix(prefix) && Self.kind(of: $0.path) != nil }
    }

    public func plan(_ source: any ExportSource) throws -> [PlannedFile] {
        let prefix = Self.dataPrefix(source) ?? "data/"
        return source.files.map { file in
            guard file.path.hasPrefix(prefix) else { return PlannedFile(file: file, role: .original) }
            let rest = file.path.dropFirst(prefix.count)
            if Self.kind(of: file.path) != nil && !rest.contains("/") { return PlannedFile(file: file, role: .records) }
            if rest.contains("_media/") { return PlannedFile(file: file, role: .media) }
            return PlannedFile(file: file, role: .original)
        }
    }

    public func parse(_ file: ExportFile, from source: any ExportSource, emit: (ImportedRecord) throws -> Void) throws {
        guard let kind = Self.kind(of: file.path) else { return }
        let owner = try Self.owner(in: source)
        try withoutActuallyEscaping(emit) { emit in
            var reader = XRecordReader(file: file, owner: owner, emit: emit)
            try read(kind, file, from: source, with: &reader)
        }
    }

    private func read(_ kind: DataFile, _ file: ExportFile, from source: any ExportSource, with reader: inout XRecordReader) throws {
        switch kind {
        case .tweets(let deleted):
            try JSONFileReader.scan(file, from: source, patterns: [JSONPathPattern("$[*]")], javaScriptPrefix: true) {
                try reader.tweet($0, deleted: deleted)
            }
        case .directMessages(let group):
            let patterns = [JSONPathPattern("$[*].dmConversation.conversationId"), JSONPathPattern("$[*].dmConversation.messages[*]")]
            try JSONFileReader.scan(file, from: source, patterns: patterns, javaScriptPrefix: true) { capture in
                if capture.pattern == 0 {
                    reader.conversationID = try JSONValue.parse(capture, file: file.path).string
                } else {
                    try reader.directMessageEvent(capture, group: group)
                }
            }
        case .relationship(let relationship, let key):
            try JSONFileReader.scan(file, from: source, patterns: [JSONPathPattern("$[*].\(key)")], javaScriptPrefix: true) {
                try reader.relationship($0, kind: relationship)
            }
        case .account, .profile:
            try JSONFileReader.scan(file, from: source, patterns: [JSONPathPattern(kind == .account ? "$[*].account" : "$[*].profile")], javaScriptPrefix: true) {
                try reader.profile($0, isAccount: kind == .account)
            }
        case .likes:
            try JSONFileReader.scan(file, from: source, patterns: [JSONPathPattern("$[*].like")], javaScriptPrefix: true) {
                try reader.like($0)
            }
        }
    }

    /// The archive owner's account, from `account.js`, so that their tweets and messages carry their handle.
    static func owner(in source: any ExportSource) throws -> AccountRef {
        guard let prefix = dataPrefix(source), let file = source.file(at: prefix + "account.js") else { return AccountRef() }
        var owner = AccountRef()
        try JSONFileReader.scan(file, from: source, patterns: [JSONPathPattern("$[*].account")], javaScriptPrefix: true) { capture in
            let account = try JSONValue.parse(capture, file: file.path)
            owner = AccountRef(id: account["accountId"].text, handle: account["username"].text, displayName: account["accountDisplayName"].text)
        }
        return owner
    }
}
