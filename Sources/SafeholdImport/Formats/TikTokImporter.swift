import Foundation
public import SafeholdCore

/// Reads TikTok's "Download your data" export in JSON: `user_data_tiktok.json` (or the older
/// `user_data.json`), alone or in the ZIP or folder it came in.
///
/// The file is one object of sections, each of lists: direct messages (`Direct Message` → `Direct
/// Messages` → `ChatHistory` → `Chat History with <user>:` → `[{Date, From, Content}]`), comments
/// (`Comment` → `Comments` → `CommentsList`), followers and following (`Your Activity` → `Follower` →
/// `FansList`, `Following` → `Following`), blocked accounts (`App Settings` → `Block List`), posts
/// (`Post` → `Posts` → `VideoList`) and the profile (`Profile` → `Profile Info` → `ProfileMap`), and the
/// older names of the same sections (`Direct Messages` → `Chat History`, `Activity` → `Follower List`,
/// `Video` → `Videos`). TikTok writes times as `YYYY-MM-DD HH:MM:SS` in UTC and gives no ids. Learned
/// from the key structure of a real export and public parsers of it.
///
/// Each conversation is a key named after the other person, which a JSON path pattern cannot match by
/// wildcard; a first pass over the file collects those keys, each conversation's size and the owner's
/// name (which comes after the messages). The second pass captures each conversation whole and reads
/// its messages from the captured bytes, so that the scanner tries one pattern per conversation rather
/// than every pattern on every message; a conversation over 8 MB is streamed message by message.
public struct TikTokImporter: Importer {
    /// `tiktok-data`, recorded with every record this importer reads.
    public let name = "tiktok-data"
    /// This importer's version, recorded with every record.
    public let version = "1.0.0"
    /// `tiktok`.
    public var platform: Platform? { Platform("tiktok") }

    /// Creates the importer.
    public init() {}

    /// What a list in the file holds.
    enum Section: Equatable {
        case profile
        case conversation(peer: String)
        case message(peer: String)
        case comment, post
        case relationship(RelationshipKind)
    }

    static let chatPrefix = "Chat History with "

    static func isDataFile(_ file: ExportFile) -> Bool {
        (file.name == "user_data_tiktok.json" || file.name == "user_data.json")
            && file.path.split(separator: "/").count <= 2
    }

    /// Whether the export has TikTok's JSON data file.
    public func recognizes(_ source: any ExportSource) -> Bool { source.files.contains(where: Self.isDataFile) }

    /// The data file is read; everything else (TikTok's text files, if any) is sealed as it is.
    public func plan(_ source: any ExportSource) throws -> [PlannedFile] {
        source.files.map { PlannedFile(file: $0, role: Self.isDataFile($0) ? .records : .original) }
    }

    /// Streams the records of the data file, in two passes.
    /// - Throws: ``ImportError`` naming the file when it is damaged, cut short or nested too deeply.
    public func parse(_ file: ExportFile, from source: any ExportSource, emit: (ImportedRecord) throws -> Void) throws {
        guard Self.isDataFile(file) else { return }
        try Self.read(file, from: source, wholeLimit: 8 << 20, emit: emit)
    }

    /// Reads the file, capturing whole each conversation of at most `wholeLimit` bytes.
    static func read(
        _ file: ExportFile,
        from source: any ExportSource,
        wholeLimit: UInt64,
        emit: (ImportedRecord) throws -> Void
    ) throws {
        let survey = try TikTokSurvey.read(file, from: source)
        let sections = Self.sections(survey, wholeLimit: wholeLimit)
        try JSONFileReader.scan(file, from: source, patterns: sections.map(\.0)) { capture in
            let section = sections[capture.pattern].1
            guard case .conversation(let peer) = section else {
                return try emit(record(capture, section, file: file, owner: survey.owner))
            }
            var messages = StreamingJSONScanner(patterns: [JSONPathPattern("$[*]")])
            let each = { (inner: JSONCapture) throws -> Void in
                // Located in the file itself: the conversation's offset and path, then the message's in it.
                let path = capture.path + inner.path.dropFirst()
                let located = JSONCapture(
                    pattern: 0,
                    bytes: inner.bytes,
                    offset: capture.offset + inner.offset,
                    path: path
                )
                try emit(record(located, .message(peer: peer), file: file, owner: survey.owner))
            }
            do {
                try messages.feed(capture.bytes, emit: each)
                try messages.finish(emit: each)
            } catch let failure as StreamingJSONScanner.Failure {
                throw ImportError(.malformed, file: file.path, JSONFileReader.describe(failure))
            }
        }
    }

    /// The record for one captured entry of a list.
    static func record(_ capture: JSONCapture, _ section: Section, file: ExportFile, owner: AccountRef?) throws
        -> ImportedRecord
    {
        let value = try JSONValue.parse(capture, file: file.path)
        var record = NormalizedRecord(kind: .post, platform: Platform("tiktok")!, file: file, capture: capture)
        record.author = owner  // the owner wrote the comments and posts and has the lists
        switch section {
        case .profile: profile(value, into: &record)
        case .message(let peer), .conversation(let peer): message(value, peer: peer, into: &record)
        case .comment: comment(value, into: &record)
        case .post: post(value, into: &record)
        case .relationship(let kind): relationship(value, kind: kind, into: &record)
        }
        return ImportedRecord(record: record, bytes: capture.bytes)
    }

    /// Every list to read, with what it holds, in the current and the older section names; conversations
    /// only in the layout the file uses, whole when they are small enough to hold.
    static func sections(_ survey: TikTokSurvey, wholeLimit: UInt64) -> [(JSONPathPattern, Section)] {
        let lists: [([String], Section)] = [
            (["Profile", "Profile Info", "ProfileMap"], .profile),
            (["Profile", "Profile Information", "ProfileMap"], .profile),
            (["Comment", "Comments", "CommentsList", "*"], .comment),
            (["Post", "Posts", "VideoList", "*"], .post), (["Video", "Videos", "VideoList", "*"], .post),
            (["Your Activity", "Follower", "FansList", "*"], .relationship(.follower)),
            (["Activity", "Follower List", "FansList", "*"], .relationship(.follower)),
            (["Your Activity", "Following", "Following", "*"], .relationship(.following)),
            (["Activity", "Following List", "Following", "*"], .relationship(.following)),
            (["App Settings", "Block List", "BlockList", "*"], .relationship(.blocked)),
        ]
        var sections = lists.map { keys, section in (pattern(keys), section) }
        let folders =
            survey.currentLayout ? ["Direct Message", "Direct Messages"] : ["Direct Messages", "Chat History"]
        for chat in survey.chats {
            let name = chat.dropFirst(chatPrefix.count)
            let peer = String(name.hasSuffix(":") ? name.dropLast() : name)
            if survey.sizes[chat, default: 0] <= wholeLimit {
                sections.append((pattern(folders + ["ChatHistory", chat]), .conversation(peer: peer)))
            } else {
                sections.append((pattern(folders + ["ChatHistory", chat, "*"]), .message(peer: peer)))
            }
        }
        return sections
    }

    private static func pattern(_ keys: [String]) -> JSONPathPattern {
        JSONPathPattern(keys.map { $0 == "*" ? .anyIndex : .key($0) })
    }

    /// A value, unless TikTok wrote `N/A`, `None` or nothing.
    static func field(_ value: JSONValue, _ keys: String...) -> String? {
        for key in keys {
            if let text = value[key].text, !["N/A", "None", "null"].contains(text) { return text }
        }
        return nil
    }

    static func time(_ text: String?) -> Timestamp? {
        text.flatMap { Timestamp(parsing: $0, assumedZone: TimeZone(secondsFromGMT: 0)!) }
    }

    static func account(_ name: String?) -> AccountRef? {
        name.map { AccountRef(handle: $0, url: "https://www.tiktok.com/@\($0)") }
    }

    private static func profile(_ value: JSONValue, into record: inout NormalizedRecord) {
        record.kind = .profile
        var author = account(field(value, "userName"))
        author?.displayName = field(value, "displayName")
        record.author = author
        record.url = author?.url
        record.text = field(value, "bioDescription")
        if let photo = field(value, "profilePhoto") { record.media = [MediaRef(url: photo, mediaType: "avatar")] }
    }

    private static func message(_ value: JSONValue, peer: String, into record: inout NormalizedRecord) {
        record.kind = .message
        let owner = record.author
        let from = field(value, "From", "from")
        record.author = from == owner?.handle ? owner : account(from)
        record.recipients = (from == peer ? owner : account(peer)).map { [$0] }
        record.text = value["Content"].text ?? value["content"].text
        record.createdAt = time(field(value, "Date", "date"))
        record.conversationID = peer
        record.conversationTitle = peer
    }

    private static func comment(_ value: JSONValue, into record: inout NormalizedRecord) {
        record.kind = .comment
        record.text = value["comment"].text ?? value["Comment"].text
        record.createdAt = time(field(value, "date", "Date"))
        record.url = field(value, "url", "Url")
        if let photo = field(value, "photo", "Photo") { record.media = [MediaRef(url: photo, mediaType: "photo")] }
    }

    private static func post(_ value: JSONValue, into record: inout NormalizedRecord) {
        record.text = field(value, "Title", "title")
        record.createdAt = time(field(value, "Date", "date"))
        record.url = field(value, "Link", "VideoLink")
        if let link = record.url { record.media = [MediaRef(url: link, mediaType: "video")] }
    }

    private static func relationship(_ value: JSONValue, kind: RelationshipKind, into record: inout NormalizedRecord) {
        record.kind = .relationship
        record.relationship = kind
        record.recipients = account(field(value, "UserName", "Username", "userName")).map { [$0] }
        record.createdAt = time(field(value, "Date", "date"))
    }
}

/// The first pass over a TikTok data file: the conversations' keys and the owner's profile.
struct TikTokSurvey {
    var chats: [String] = []
    var owner: AccountRef?
    /// Whether messages are under `Direct Message` (current exports) rather than `Direct Messages`.
    var currentLayout = true
    /// Each conversation's size in bytes.
    var sizes: [String: UInt64] = [:]

    static func read(_ file: ExportFile, from source: any ExportSource) throws -> TikTokSurvey {
        let profiles = [["Profile", "Profile Info", "ProfileMap"], ["Profile", "Profile Information", "ProfileMap"]]
        var scanner = StreamingJSONScanner(patterns: profiles.map { JSONPathPattern($0.map { .key($0) }) })
        var keys = TikTokKeyCollector(prefix: Array(TikTokImporter.chatPrefix.utf8))
        var survey = TikTokSurvey()
        let handle: (JSONCapture) throws -> Void = { capture in
            let value = try JSONValue.parse(capture, file: file.path)
            var owner = TikTokImporter.account(TikTokImporter.field(value, "userName"))
            owner?.displayName = TikTokImporter.field(value, "displayName")
            survey.owner = survey.owner ?? owner
        }
        do {
            try source.read(file) { piece in
                keys.feed(piece)
                try scanner.feed(piece, emit: handle)
            }
            try scanner.finish(emit: handle)
        } catch let failure as StreamingJSONScanner.Failure {
            throw ImportError(.malformed, file: file.path, JSONFileReader.describe(failure))
        }
        survey.chats = keys.found
        survey.currentLayout = keys.sawCurrentLayout
        survey.sizes = keys.sizes
        return survey
    }
}

/// Collects the object keys that start with a prefix, reading JSON tokens just enough to tell a key (a
/// string followed by `:`) from a value. Keys longer than 1 KiB are ignored, and at most 5,000 are kept
/// (far more conversations than a person has), which bounds the work a crafted file can cause.
struct TikTokKeyCollector {
    static let limit = 5000
    let prefix: [UInt8]
    private(set) var found: [String] = []
    /// Whether a `Direct Message` key (the current exports' section name) was seen.
    private(set) var sawCurrentLayout = false
    /// The size in bytes of each kept key's value.
    private(set) var sizes: [String: UInt64] = [:]
    private var depth = 0
    private var position: UInt64 = 0
    /// The kept key whose value is being measured, the depth it is at, and where its value began.
    private var open: (key: String, depth: Int, start: UInt64)?
    private var seen: Set<String> = []
    private var inString = false
    private var escaped = false
    private var current: [UInt8] = []
    private var tooLong = false
    private var ended: [UInt8]?

    init(prefix: [UInt8]) { self.prefix = prefix }

    mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes {
            position += 1
            if inString {
                read(byte)
            } else if byte == 0x3A, let key = ended {
                ended = nil
                keep(key)
            } else if byte != 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 {
                ended = nil
                structure(byte)
            }
        }
    }

    /// Follows the nesting outside strings, to measure the value of the key being measured.
    private mutating func structure(_ byte: UInt8) {
        switch byte {
        case 0x22:
            inString = true
            current.removeAll(keepingCapacity: true)
            tooLong = false
        case 0x5B, 0x7B:
            depth += 1
        case 0x5D, 0x7D:
            depth -= 1
            if let measured = open, depth == measured.depth {
                sizes[measured.key] = max(sizes[measured.key] ?? 0, position - measured.start)
                open = nil
            }
        default:
            break
        }
    }

    private mutating func read(_ byte: UInt8) {
        if escaped {
            escaped = false
        } else if byte == 0x5C {
            escaped = true
        } else if byte == 0x22 {
            inString = false
            ended = tooLong ? nil : current
            return
        }
        if current.count < 1024 { current.append(byte) } else { tooLong = true }
    }

    private mutating func keep(_ raw: [UInt8]) {
        if raw.elementsEqual("Direct Message".utf8) { sawCurrentLayout = true }
        guard raw.starts(with: prefix), seen.count < Self.limit else { return }
        let quoted = Data([0x22] + raw + [0x22])
        guard let key = try? JSONSerialization.jsonObject(with: quoted, options: .fragmentsAllowed) as? String
        else { return }
        if seen.insert(key).inserted { found.append(key) }
        open = (key, depth, position)
    }
}
