import Foundation
import SafeholdCore

/// Turns one Messenger or Instagram thread file (`message_1.json`, `message_2.json`, …) into records.
///
/// Both platforms write threads the same way: `participants`, then `messages` (newest first), then
/// `title`, `thread_path` and the rest. Only one message is held at a time, so a thread of any size is
/// read with flat memory. Details that arrive after the messages (in real files, the title) cannot
/// reach records already emitted; those keep `conversationTitle` nil.
struct MetaThreadReader {
    let file: ExportFile
    let platform: Platform
    let emit: (ImportedRecord) throws -> Void
    /// The names of everyone in the thread, once read.
    var participants: [String] = []
    /// The thread's title (the other person's name, or a group's name), once read.
    var title: String?
    /// Meta's id for the thread, such as `inbox/jordanreece_10158234567890123`, once read.
    var threadPath: String?
    /// The thread's folder as Meta names it in `thread_path`, from the file's own path.
    let folderID: String
    /// The folder the thread is filed in: `inbox`, `archived_threads`, `message_requests`, …
    let category: String

    static let patterns = [
        JSONPathPattern("$.participants"), JSONPathPattern("$.title"), JSONPathPattern("$.thread_path"),
        JSONPathPattern("$.messages[*]"),
    ]

    private static let attachmentKinds = [
        ("photos", "photo"), ("videos", "video"), ("audio_files", "audio"), ("files", "file"), ("gifs", "gif"),
    ]

    private static let categoryFlags = [
        "archived_threads": "archived", "filtered_threads": "filtered", "message_requests": "message-request",
    ]

    /// Reads one thread file, emitting a record per message and per reaction.
    /// - Throws: ``ImportError`` `malformed` naming the file when it is damaged or cut short.
    static func read(
        _ file: ExportFile,
        from source: any ExportSource,
        platform: Platform,
        emit: (ImportedRecord) throws -> Void
    ) throws {
        try withoutActuallyEscaping(emit) { emit in
            var reader = MetaThreadReader(file: file, platform: platform, emit: emit)
            try JSONFileReader.scan(file, from: source, patterns: patterns) { try reader.handle($0) }
        }
    }

    init(file: ExportFile, platform: Platform, emit: @escaping (ImportedRecord) throws -> Void) {
        self.file = file
        self.platform = platform
        self.emit = emit
        let folders = file.path.split(separator: "/").dropLast().suffix(2).map(String.init)
        category = folders.first ?? ""
        folderID = folders.joined(separator: "/")
    }

    mutating func handle(_ capture: JSONCapture) throws {
        let value = try JSONValue.parse(capture, file: file.path)
        switch capture.pattern {
        case 0: participants = value.array.compactMap { $0["name"].metaText ?? $0.metaText }
        case 1: title = value.metaText
        case 2: threadPath = value.text
        default: try message(value, capture: capture)
        }
    }

    private func message(_ message: JSONValue, capture: JSONCapture) throws {
        let type = message["type"].text
        let isMembership = type == "Subscribe" || type == "Unsubscribe"
        var record = NormalizedRecord(
            kind: isMembership ? .system : .message,
            platform: platform,
            file: file,
            capture: capture
        )
        let sender = message["sender_name"].metaText
        record.author = sender.map { AccountRef(displayName: $0) }
        let others = participants.filter { $0 != sender }
        if !participants.isEmpty { record.recipients = others.map { AccountRef(displayName: $0) } }
        record.text = message["content"].metaText
        record.createdAt =
            MetaExport.time(milliseconds: message["timestamp_ms"]) ?? MetaExport.time(seconds: message["timestamp"])
        // Meta's own thread_path comes after the messages in real files; the same id, built from the
        // folder, keeps every message of a thread under one conversation whatever the order.
        record.conversationID = threadPath ?? folderID
        record.conversationTitle = title
        let media = attachments(of: message)
        if !media.isEmpty { record.media = media }
        var flags = [String]()
        if message["is_unsent"].bool == true { flags.append("unsent") }
        if participants.count > 2 { flags.append("group") }
        if let flag = Self.categoryFlags[category] { flags.append(flag) }
        if type == "Call" { flags.append(message["missed"].bool == true ? "missed-call" : "call") }
        if !flags.isEmpty { record.flags = flags }
        try emit(ImportedRecord(record: record, bytes: capture.bytes))
        for reaction in message["reactions"].array {
            var reacted = NormalizedRecord(kind: .reaction, platform: platform, file: file, capture: capture)
            reacted.author = reaction["actor"].metaText.map { AccountRef(displayName: $0) }
            reacted.reaction = reaction["reaction"].metaText
            reacted.createdAt = MetaExport.time(seconds: reaction["timestamp"])
            reacted.recipients = record.author.map { [$0] }
            reacted.conversationID = record.conversationID
            reacted.conversationTitle = title
            try emit(ImportedRecord(record: reacted, bytes: capture.bytes))
        }
    }

    private func attachments(of message: JSONValue) -> [MediaRef] {
        var media = [MediaRef]()
        for (key, kind) in Self.attachmentKinds {
            for item in message[key].array {
                guard let uri = item["uri"].text else { continue }
                var reference = MetaExport.resolve(uri, from: file.path)
                reference.mediaType = kind
                media.append(reference)
            }
        }
        if let uri = message["sticker"]["uri"].text {
            var reference = MetaExport.resolve(uri, from: file.path)
            reference.mediaType = "sticker"
            media.append(reference)
        }
        if let link = message["share"]["link"].text { media.append(MediaRef(url: link, mediaType: "link")) }
        return media
    }
}

/// Turns the posts, comments and connection lists of a Facebook export into records.
struct FacebookRecordReader {
    let file: ExportFile
    /// The export's owner, when the profile file named them.
    let owner: AccountRef?
    let emit: (ImportedRecord) throws -> Void
    private let platform = Platform("facebook")!

    init(file: ExportFile, owner: AccountRef?, emit: @escaping (ImportedRecord) throws -> Void) {
        self.file = file
        self.owner = owner
        self.emit = emit
    }

    private func record(_ kind: RecordKind, _ capture: JSONCapture) -> NormalizedRecord {
        NormalizedRecord(kind: kind, platform: platform, file: file, capture: capture)
    }

    /// One post: the owner's own, one in a group, or one somebody else wrote on the owner's timeline.
    func post(_ capture: JSONCapture, kind: FacebookImporter.PostKind) throws {
        let post = try JSONValue.parse(capture, file: file.path)
        var record = record(.post, capture)
        let texts = post["data"].array.compactMap { $0["post"].metaText }
        record.text = texts.isEmpty ? nil : texts.joined(separator: "\n")
        record.createdAt = MetaExport.time(seconds: post["timestamp"])
        switch kind {
        case .own:
            record.author = owner
        case .group:
            record.author = owner
            record.flags = ["group"]
        case .timeline:
            // The writer is named only in the title's sentence ("… wrote on your timeline."), in the
            // owner's language; the title is kept as the text when the post has none of its own.
            record.recipients = owner.map { [$0] }
            record.text = record.text ?? post["title"].metaText
            record.flags = ["posted-to-your-timeline"]
        }
        let media = attachments(of: post)
        if !media.isEmpty { record.media = media }
        try emit(ImportedRecord(record: record, bytes: capture.bytes))
    }

    /// One comment the owner wrote, with the group it was written in when there was one.
    func comment(_ capture: JSONCapture) throws {
        let entry = try JSONValue.parse(capture, file: file.path)
        var record = record(.comment, capture)
        let comment = entry["data"].array.map { $0["comment"] }.first { $0.exists } ?? entry["comment"]
        record.text = comment["comment"].metaText
        record.author = comment["author"].metaText.map { AccountRef(displayName: $0) } ?? owner
        record.createdAt =
            MetaExport.time(seconds: comment["timestamp"]) ?? MetaExport.time(seconds: entry["timestamp"])
        if let group = comment["group"].metaText { record.flags = ["group:\(group)"] }
        let media = attachments(of: entry)
        if !media.isEmpty { record.media = media }
        try emit(ImportedRecord(record: record, bytes: capture.bytes))
    }

    /// One person in a friends, followers, following, requests, removed or blocked list.
    func connection(_ capture: JSONCapture, kind: RelationshipKind, flag: String?) throws {
        let entry = try JSONValue.parse(capture, file: file.path)
        var record = record(.relationship, capture)
        record.relationship = kind
        record.author = owner
        record.recipients = [AccountRef(displayName: entry["name"].metaText ?? entry["title"].metaText)]
        record.createdAt = MetaExport.time(seconds: entry["timestamp"])
        if let flag { record.flags = [flag] }
        try emit(ImportedRecord(record: record, bytes: capture.bytes))
    }

    /// Photos, videos and links attached to a post or comment.
    private func attachments(of entry: JSONValue) -> [MediaRef] {
        var media = [MediaRef]()
        for attachment in entry["attachments"].array {
            for item in attachment["data"].array {
                if let uri = item["media"]["uri"].text {
                    var reference = MetaExport.resolve(uri, from: file.path)
                    reference.mediaType = Self.isVideo(uri) ? "video" : "photo"
                    media.append(reference)
                }
                if let url = item["external_context"]["url"].text {
                    media.append(MediaRef(url: url, mediaType: "link"))
                }
            }
        }
        return media
    }

    private static func isVideo(_ uri: String) -> Bool {
        let lowered = uri.lowercased()
        return [".mp4", ".mov", ".webm", ".m4v"].contains { lowered.hasSuffix($0) }
    }
}

extension FacebookRecordReader {
    /// The export owner's name and username from the profile file, so that posts and connections
    /// carry who they belong to. A missing or damaged profile leaves the owner unknown.
    static func owner(in source: any ExportSource) -> AccountRef? {
        let profile = source.files.first { file in
            file.path.hasSuffix("profile_information/profile_information.json")
                && file.path.split(separator: "/").count <= 4
        }
        guard let profile else { return nil }
        var owner: AccountRef?
        let patterns = [JSONPathPattern("$.profile_v2"), JSONPathPattern("$.profile")]
        try? JSONFileReader.scan(profile, from: source, patterns: patterns) { capture in
            let value = try JSONValue.parse(capture, file: profile.path)
            let name = value["name"]["full_name"].metaText ?? value["name"].metaText
            owner = AccountRef(
                handle: value["username"].metaText,
                displayName: name,
                url: value["profile_uri"].text
            )
        }
        return owner
    }
}
