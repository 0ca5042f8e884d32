import Foundation
import SafeholdCore

/// Turns the JSON values of an X archive into normalized records, one file at a time.
struct XRecordReader {
    let file: ExportFile
    let owner: AccountRef
    let emit: (ImportedRecord) throws -> Void
    /// The conversation whose messages are being read.
    var conversationID: String?
    /// The group conversation's latest name, when the archive recorded one.
    var conversationTitle: String?
    private let platform = Platform("x")!

    init(file: ExportFile, owner: AccountRef, emit: @escaping (ImportedRecord) throws -> Void) {
        self.file = file
        self.owner = owner
        self.emit = emit
    }

    private func record(_ kind: RecordKind, _ capture: JSONCapture) -> NormalizedRecord {
        NormalizedRecord(kind: kind, platform: platform, file: file, capture: capture)
    }

    private func account(id: String?) -> AccountRef {
        guard let id else { return AccountRef() }
        return id == owner.id ? owner : AccountRef(id: id, url: "https://x.com/i/user/\(id)")
    }

    mutating func tweet(_ capture: JSONCapture, deleted: Bool) throws {
        let element = try JSONValue.parse(capture, file: file.path)
        let tweet = element["tweet"].exists ? element["tweet"] : element
        let replyTo = tweet["in_reply_to_status_id_str"].text ?? tweet["in_reply_to_status_id"].text
        var record = record(replyTo == nil ? .post : .reply, capture)
        record.platformID = tweet["id_str"].text ?? tweet["id"].text
        record.text = tweet["full_text"].string ?? tweet["text"].string
        record.createdAt = XDate.parse(tweet["created_at"].string)
        record.author = owner
        record.inReplyTo = replyTo
        if let handle = owner.handle, let id = record.platformID { record.url = "https://x.com/\(handle)/status/\(id)" }
        let mentions = tweet["entities"]["user_mentions"].array.map {
            AccountRef(id: $0["id_str"].text, handle: $0["screen_name"].text, displayName: $0["name"].text)
        }
        if !mentions.isEmpty { record.recipients = mentions }
        let media = (tweet["extended_entities"]["media"].exists ? tweet["extended_entities"] : tweet["entities"])["media"].array
        if !media.isEmpty {
            record.media = media.map { MediaRef(url: $0["media_url_https"].text ?? $0["media_url"].text, mediaType: $0["type"].text) }
        }
        var flags = [String]()
        if deleted { flags.append("deleted") }
        if let deletedAt = tweet["deleted_at"].text { flags.append("deleted-at:\(deletedAt)") }
        if tweet["edit_info"]["edit"].exists { flags.append("edited") }
        if !flags.isEmpty { record.flags = flags }
        try emit(ImportedRecord(record: record, bytes: capture.bytes))
    }

    mutating func directMessageEvent(_ capture: JSONCapture, group: Bool) throws {
        let event = try JSONValue.parse(capture, file: file.path)
        if event["messageCreate"].exists {
            try directMessage(event["messageCreate"], capture: capture, group: group)
            return
        }
        // Joins, leaves and renames of group conversations are kept as system records.
        guard let type = event.keys.first else { return }
        let body = event[type]
        if type == "conversationNameUpdate" { conversationTitle = body["name"].text }
        var record = record(.system, capture)
        record.conversationID = conversationID
        record.conversationTitle = conversationTitle
        record.author = account(id: body["initiatingUserId"].text ?? body["userId"].text)
        record.createdAt = body["createdAt"].text.flatMap { Timestamp(parsing: $0) }
        record.text = [type, body["name"].text].compactMap { $0 }.joined(separator: ": ")
        let participants = body["userIds"].array.compactMap { $0.text }.map { account(id: $0) }
        if !participants.isEmpty { record.recipients = participants }
        try emit(ImportedRecord(record: record, bytes: capture.bytes))
    }

    private func directMessage(_ message: JSONValue, capture: JSONCapture, group: Bool) throws {
        var record = record(.message, capture)
        record.platformID = message["id"].text
        record.text = message["text"].string
        record.createdAt = message["createdAt"].text.flatMap { Timestamp(parsing: $0) }
        record.author = account(id: message["senderId"].text)
        if let recipient = message["recipientId"].text { record.recipients = [account(id: recipient)] }
        record.conversationID = conversationID
        record.conversationTitle = conversationTitle
        if let conversation = conversationID, let id = record.platformID {
            record.url = "https://x.com/messages/\(conversation)?message=\(id)"
        }
        let media = message["mediaUrls"].array.compactMap { $0.text }.map { MediaRef(url: $0) }
        if !media.isEmpty { record.media = media }
        if group { record.flags = ["group"] }
        try emit(ImportedRecord(record: record, bytes: capture.bytes))
        for reaction in message["reactions"].array {
            var reacted = self.record(.reaction, capture)
            reacted.platformID = reaction["eventId"].text
            reacted.author = account(id: reaction["senderId"].text)
            reacted.reaction = reaction["reactionKey"].text
            reacted.createdAt = reaction["createdAt"].text.flatMap { Timestamp(parsing: $0) }
            reacted.inReplyTo = record.platformID
            reacted.conversationID = conversationID
            try emit(ImportedRecord(record: reacted, bytes: capture.bytes))
        }
    }

    func relationship(_ capture: JSONCapture, kind: RelationshipKind) throws {
        let value = try JSONValue.parse(capture, file: file.path)
        var record = record(.relationship, capture)
        record.relationship = kind
        record.author = owner
        let other = AccountRef(id: value["accountId"].text, url: value["userLink"].text)
        record.recipients = [other]
        record.platformID = other.id
        try emit(ImportedRecord(record: record, bytes: capture.bytes))
    }

    func profile(_ capture: JSONCapture, isAccount: Bool) throws {
        let value = try JSONValue.parse(capture, file: file.path)
        var record = record(.profile, capture)
        if isAccount {
            record.author = AccountRef(id: value["accountId"].text, handle: value["username"].text, displayName: value["accountDisplayName"].text)
            record.platformID = value["accountId"].text
            record.createdAt = value["createdAt"].text.flatMap { Timestamp(parsing: $0) }
        } else {
            record.author = owner
            record.platformID = owner.id
            let description = value["description"]
            record.text = [description["bio"].text, description["location"].text, description["website"].text]
                .compactMap { $0 }.joined(separator: "\n")
            if let avatar = value["avatarMediaUrl"].text { record.media = [MediaRef(path: avatar)] }
        }
        if let handle = record.author?.handle { record.url = "https://x.com/\(handle)" }
        try emit(ImportedRecord(record: record, bytes: capture.bytes))
    }

    func like(_ capture: JSONCapture) throws {
        let value = try JSONValue.parse(capture, file: file.path)
        var record = record(.reaction, capture)
        record.author = owner
        record.reaction = "like"
        record.inReplyTo = value["tweetId"].text
        record.platformID = value["tweetId"].text
        record.text = value["fullText"].string
        record.url = value["expandedUrl"].text
        try emit(ImportedRecord(record: record, bytes: capture.bytes))
    }
}

/// X's tweet time format: `Thu Nov 03 08:50:26 +0000 2022`.
enum XDate {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func parse(_ text: String?) -> Timestamp? {
        guard let text else { return nil }
        let parts = text.split(separator: " ")
        guard parts.count == 6, let month = months.firstIndex(of: String(parts[1])), let day = Int(parts[2]),
            let year = Int(parts[5]), parts[4].count == 5
        else { return Timestamp(parsing: text) }
        let zone = parts[4]
        let offset = "\(zone.prefix(3)):\(zone.suffix(2))"
        return Timestamp(parsing: String(format: "%04d-%02d-%02dT%@%@", year, month + 1, day, String(parts[3]), offset))
    }
}
