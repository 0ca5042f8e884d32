import Foundation
import SafeholdCore

/// A channel of a Discord package as its `channel.json` and the indexes describe it.
struct DiscordChannel: Equatable {
    /// The channel's id (the folder name without its `c`).
    var id: String
    /// `DM`, `GROUP_DM`, `GUILD_TEXT`, … (numbers in older packages are turned into these names).
    var type: String?
    /// The channel's own name (server channels and named group chats).
    var name: String?
    /// The name `messages/index.json` gives it (`Direct Message with jordan.reece`).
    var indexName: String?
    var guildID: String?
    var guildName: String?
    /// The other people of a direct or group message, by id.
    var others: [String] = []

    private static let typeNames = [
        0: "GUILD_TEXT", 1: "DM", 2: "GUILD_VOICE", 3: "GROUP_DM", 5: "GUILD_ANNOUNCEMENT", 10: "ANNOUNCEMENT_THREAD",
        11: "PUBLIC_THREAD", 12: "PRIVATE_THREAD", 13: "GUILD_STAGE_VOICE", 15: "GUILD_FORUM",
    ]

    var isDirect: Bool { type == "DM" }

    mutating func read(_ value: JSONValue, ownerID: String?) {
        // Numbers are read with `int`: Foundation reads a JSON 0 or 1 as a boolean, which `string` refuses.
        if let number = value["type"].int {
            type = Self.typeNames[number] ?? String(number)
        } else {
            type = value["type"].text
        }
        name = value["name"].text
        guildID = value["guild"]["id"].text
        guildName = value["guild"]["name"].text
        let recipients = value["recipients"].array.compactMap { $0.text ?? $0["id"].text }
        others = recipients.filter { $0 != ownerID }
    }

    /// The other person of a direct message, named as `index.json` names them.
    var peerName: String? {
        guard let indexName, let range = indexName.range(of: "Direct Message with ") else { return nil }
        return String(indexName[range.upperBound...])
    }

    /// How to show the conversation: `Server #channel`, the group's name, or the index's wording.
    var title: String? {
        if let name, guildID != nil { return "\(guildName ?? guildID!) #\(name)" }
        return name ?? indexName
    }
}

/// Turns the rows of a Discord package's message files, and the relationships of its account file, into records.
struct DiscordRecordReader {
    let file: ExportFile
    let owner: AccountRef?
    let channel: DiscordChannel?
    let emit: (ImportedRecord) throws -> Void
    private let platform = Platform("discord")!

    init(
        file: ExportFile,
        owner: AccountRef?,
        channel: DiscordChannel?,
        emit: @escaping (ImportedRecord) throws -> Void
    ) {
        self.file = file
        self.owner = owner
        self.channel = channel
        self.emit = emit
    }

    /// A Discord user: `jordan.reece`, or `Jordan#1234` for names from before Discord dropped discriminators.
    static func user(id: String?, username: String?, discriminator: String?, globalName: String?) -> AccountRef {
        var handle = username
        if let username, let discriminator, discriminator != "0", discriminator != "0000" {
            handle = "\(username)#\(String(repeating: "0", count: max(0, 4 - discriminator.count)))\(discriminator)"
        }
        return AccountRef(id: id, handle: handle, displayName: globalName)
    }

    /// One message of `messages.json`.
    func message(_ capture: JSONCapture) throws {
        let value = try JSONValue.parse(capture, file: file.path)
        var record = NormalizedRecord(kind: .message, platform: platform, file: file, capture: capture)
        fill(
            &record,
            id: value["ID"].text,
            time: value["Timestamp"].text,
            text: value["Contents"].string,
            attachments: value["Attachments"].string
        )
        try emit(ImportedRecord(record: record, bytes: capture.bytes))
    }

    /// One row of `messages.csv` (the header row is read by the caller).
    func message(_ row: CSVRow, header: CSVHeader) throws {
        var record = NormalizedRecord(kind: .message, platform: platform, file: file, row: row)
        fill(
            &record,
            id: row[header.index("ID")],
            time: row[header.index("Timestamp")],
            text: row[header.index("Contents")],
            attachments: row[header.index("Attachments")]
        )
        try emit(ImportedRecord(record: record, bytes: row.bytes))
    }

    private func fill(_ record: inout NormalizedRecord, id: String?, time: String?, text: String?, attachments: String?)
    {
        record.platformID = id
        record.author = owner
        record.text = text.flatMap { $0.isEmpty ? nil : $0 }
        record.createdAt =
            time.flatMap { Timestamp(parsing: $0, assumedZone: TimeZone(secondsFromGMT: 0)!) }
            ?? DiscordSnowflake.time(id)
        let links = (attachments ?? "").split(whereSeparator: \.isWhitespace).map {
            MediaRef(url: String($0), mediaType: "attachment")
        }
        if !links.isEmpty { record.media = links }
        guard let channel else { return }
        record.conversationID = channel.id
        record.conversationTitle = channel.title
        if let id { record.url = "https://discord.com/channels/\(channel.guildID ?? "@me")/\(channel.id)/\(id)" }
        if channel.type == "DM" || channel.type == "GROUP_DM" {
            let peer = channel.isDirect ? channel.peerName : nil
            let others = channel.others.map { AccountRef(id: $0, handle: peer) }
            if !others.isEmpty { record.recipients = others }
        }
        let kind = channel.type.map { $0.lowercased().replacingOccurrences(of: "_", with: "-") }
        record.flags = ["sent-by-package-owner"] + (kind.map { [$0] } ?? [])
    }

    /// One friend, blocked account or friend request of `account/user.json`.
    func relationship(_ capture: JSONCapture) throws {
        let value = try JSONValue.parse(capture, file: file.path)
        let kinds: [String: RelationshipKind] = [
            "1": .friend, "2": .blocked, "3": .friendRequestReceived, "4": .friendRequestSent, "FRIEND": .friend,
            "BLOCKED": .blocked, "PENDING_INCOMING": .friendRequestReceived, "PENDING_OUTGOING": .friendRequestSent,
        ]
        guard let type = value["type"].int.map(String.init) ?? value["type"].text, let kind = kinds[type.uppercased()]
        else { return }
        var record = NormalizedRecord(kind: .relationship, platform: platform, file: file, capture: capture)
        record.relationship = kind
        record.author = owner
        let user = value["user"]
        var other = Self.user(
            id: user["id"].text ?? value["id"].text,
            username: user["username"].text,
            discriminator: user["discriminator"].text,
            globalName: user["global_name"].text
        )
        if other.displayName == nil { other.displayName = value["nickname"].text }
        record.recipients = [other]
        record.platformID = other.id
        record.createdAt = value["since"].text.flatMap { Timestamp(parsing: $0) }
        try emit(ImportedRecord(record: record, bytes: capture.bytes))
    }
}

/// Discord ids ("snowflakes") carry the moment they were made: milliseconds since 2015 in their top bits.
enum DiscordSnowflake {
    /// The time inside a snowflake id; `nil` for anything that is not one.
    static func time(_ id: String?) -> Timestamp? {
        guard let id, let value = UInt64(id), value > (1 << 22) else { return nil }
        let milliseconds = Double(value >> 22) + 1_420_070_400_000
        return Timestamp(date: Date(timeIntervalSince1970: milliseconds / 1000))
    }
}
