import Foundation
import SafeholdCore

/// Turns the values of a Telegram Desktop `result.json` into records, one chat after another.
///
/// Telegram writes a chat's `name`, `type` and `id` before its `messages`, so every message knows its
/// chat; the chat a value belongs to is read from its JSON path, so that a chat with no name (a deleted
/// account) never inherits the previous chat's.
struct TelegramRecordReader {
    let file: ExportFile
    let emit: (ImportedRecord) throws -> Void
    /// The folder holding `result.json`, which the paths of photos and files start from.
    let folder: String
    private let platform = Platform("telegram")!
    /// The account's owner, from `personal_information` (account exports only).
    private(set) var owner: AccountRef?
    private var chat = Chat()

    /// What is known of the chat being read.
    struct Chat {
        /// The JSON path of the chat (`$` for a one-chat export, `$.chats.list[3]` in an account export).
        var key = ""
        var name: String?
        var type: String?
        var id: String?
        var left = false
    }

    static let patterns: [JSONPathPattern] = {
        var patterns = [JSONPathPattern("$.personal_information")]
        for prefix in ["$", "$.chats.list[*]", "$.left_chats.list[*]"] {
            for member in ["name", "type", "id"] { patterns.append(JSONPathPattern("\(prefix).\(member)")) }
            patterns.append(JSONPathPattern("\(prefix).messages[*]"))
        }
        return patterns
    }()

    init(file: ExportFile, emit: @escaping (ImportedRecord) throws -> Void) {
        self.file = file
        self.emit = emit
        folder = String(file.path.dropLast(file.name.count))
    }

    mutating func handle(_ capture: JSONCapture) throws {
        if capture.pattern == 0 {
            try profile(capture)
            return
        }
        let isMessage = capture.path.hasSuffix("]")
        let key = Self.chatKey(of: capture.path, isMessage: isMessage)
        if key != chat.key { chat = Chat(key: key, left: key.hasPrefix("$.left_chats")) }
        if isMessage {
            try message(capture)
            return
        }
        let value = try JSONValue.parse(capture, file: file.path)
        switch capture.path.split(separator: ".").last {
        case "name": chat.name = value.string
        case "type": chat.type = value.string
        default: chat.id = TelegramText.id(value)
        }
    }

    /// The path of the chat a captured value belongs to.
    static func chatKey(of path: String, isMessage: Bool) -> String {
        let marker = isMessage ? ".messages[" : "."
        guard let range = path.range(of: marker, options: .backwards) else { return "$" }
        return String(path[..<range.lowerBound])
    }

    private mutating func profile(_ capture: JSONCapture) throws {
        let info = try JSONValue.parse(capture, file: file.path)
        let name = [info["first_name"].text, info["last_name"].text].compactMap { $0 }.joined(separator: " ")
        let handle = info["username"].text.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
        let owner = AccountRef(
            id: TelegramText.id(info["user_id"]).map { "user\($0)" },
            handle: handle,
            displayName: name.isEmpty ? nil : name,
            url: handle.map { "https://t.me/\($0)" }
        )
        self.owner = owner
        var record = NormalizedRecord(kind: .profile, platform: platform, file: file, capture: capture)
        record.platformID = TelegramText.id(info["user_id"])
        record.author = owner
        record.url = owner.url
        record.text = info["bio"].text
        try emit(ImportedRecord(record: record, bytes: capture.bytes))
    }

    private func message(_ capture: JSONCapture) throws {
        let message = try JSONValue.parse(capture, file: file.path)
        let isService = message["type"].string == "service"
        var record = NormalizedRecord(
            kind: isService ? .system : .message,
            platform: platform,
            file: file,
            capture: capture
        )
        record.platformID = TelegramText.id(message["id"])
        record.createdAt = TelegramTime.parse(local: message["date"].string, unix: message["date_unixtime"].string)
        record.conversationID = chat.id
        record.conversationTitle = chat.name
        record.inReplyTo = TelegramText.id(message["reply_to_message_id"])
        let author =
            isService ? account(message["actor_id"], message["actor"]) : account(message["from_id"], message["from"])
        record.author = author
        record.recipients = recipients(of: author)
        record.text = isService ? serviceText(message) : TelegramText.join(message)
        let links = TelegramText.links(message)
        let media = attachments(of: message) + links
        if !media.isEmpty { record.media = media }
        let flags = self.flags(of: message)
        if !flags.isEmpty { record.flags = flags }
        try emit(ImportedRecord(record: record, bytes: capture.bytes))
        try reactions(of: message, to: record, capture: capture)
    }

    private func account(_ id: JSONValue, _ name: JSONValue) -> AccountRef? {
        guard id.exists || name.exists else { return nil }
        let account = AccountRef(id: id.text, displayName: name.text)
        if let owner, account.id != nil, account.id == owner.id { return owner }
        return account
    }

    /// In a one-to-one chat, the other person: the chat's peer (whose user id is the chat's id), or the owner.
    private func recipients(of author: AccountRef?) -> [AccountRef]? {
        guard chat.type == "personal_chat" || chat.type == "bot_chat", let chatID = chat.id else { return nil }
        let peer = AccountRef(id: "user\(chatID)", displayName: chat.name)
        if author?.id != peer.id { return [peer] }
        return owner.map { [$0] }
    }

    private func serviceText(_ message: JSONValue) -> String {
        var parts = [message["action"].string ?? "service"]
        if let title = message["title"].text { parts.append(title) }
        let members = message["members"].array.compactMap { $0.text }
        if !members.isEmpty { parts.append(members.joined(separator: ", ")) }
        if let reason = message["discard_reason"].text { parts.append(reason) }
        if let seconds = message["duration_seconds"].int { parts.append("\(seconds) s") }
        if let text = TelegramText.join(message) { parts.append(text) }
        return parts.joined(separator: ": ")
    }

    private func attachments(of message: JSONValue) -> [MediaRef] {
        var media = [MediaRef]()
        for key in ["photo", "file"] {
            guard let link = message[key].text else { continue }
            let kind = key == "photo" ? "photo" : (message["media_type"].text ?? message["mime_type"].text ?? "file")
            media.append(MediaRef(path: TelegramText.isMissingFile(link) ? nil : resolve(link), mediaType: kind))
        }
        return media
    }

    /// A path from the export's folder; one that leaves it (`..`, `/`) is dropped, the bytes still show it.
    private func resolve(_ link: String) -> String? {
        let parts = link.split(separator: "/", omittingEmptySubsequences: false)
        guard !link.hasPrefix("/"), !link.contains("\\"), !parts.contains("..") else { return nil }
        return folder + link
    }

    private func flags(of message: JSONValue) -> [String] {
        var flags = [String]()
        if message["edited"].exists || message["edited_unixtime"].exists {
            flags.append("edited")
            let edited = TelegramTime.parse(local: message["edited"].string, unix: message["edited_unixtime"].string)
            if let edited { flags.append("edited-at:\(edited.rfc3339)") }
        }
        if let source = message["forwarded_from"].string ?? message["saved_from"].string {
            flags.append("forwarded")
            if !source.isEmpty { flags.append("forwarded-from:\(source)") }
        }
        if ["photo", "file"].contains(where: { message[$0].text.map(TelegramText.isMissingFile) == true }) {
            flags.append("media-not-exported")
        }
        if let bot = message["via_bot"].text { flags.append("via-bot:\(bot)") }
        if message["action"].string == "phone_call" || message["action"].string == "group_call" {
            flags.append(message["discard_reason"].string == "missed" ? "missed-call" : "call")
        }
        if chat.left { flags.append("left-chat") }
        if let type = chat.type, type != "personal_chat" { flags.append(type.replacingOccurrences(of: "_", with: "-")) }
        return flags
    }

    /// The reactions whose givers the export lists (`recent`), each as a reaction to the message.
    private func reactions(of message: JSONValue, to record: NormalizedRecord, capture: JSONCapture) throws {
        for reaction in message["reactions"].array {
            let symbol = reaction["emoji"].text ?? reaction["document_id"].text ?? reaction["type"].text
            for giver in reaction["recent"].array {
                var reacted = NormalizedRecord(kind: .reaction, platform: platform, file: file, capture: capture)
                reacted.author = account(giver["from_id"], giver["from"])
                reacted.reaction = symbol
                reacted.createdAt = TelegramTime.parse(
                    local: giver["date"].string,
                    offset: record.createdAt?.offsetSeconds
                )
                reacted.inReplyTo = record.platformID
                reacted.recipients = record.author.map { [$0] }
                reacted.conversationID = record.conversationID
                reacted.conversationTitle = record.conversationTitle
                try emit(ImportedRecord(record: reacted, bytes: capture.bytes))
            }
        }
    }
}

/// Telegram's message text: a plain string, or an array of strings and `{type, text}` pieces.
enum TelegramText {
    /// A numeric id as text. Read through `int` first: Foundation reads the JSON numbers 0 and 1 as
    /// booleans, which `JSONValue.string` refuses, and message 1 is the first of many chats.
    static func id(_ value: JSONValue) -> String? { value.int.map(String.init) ?? value.text }

    /// The text as the person saw it, pieces joined; `nil` when there is none.
    static func join(_ message: JSONValue) -> String? {
        let text = message["text"]
        if let plain = text.string { return plain.isEmpty ? nil : plain }
        let pieces = text.exists ? text.array : message["text_entities"].array
        let joined = pieces.map { $0.string ?? $0["text"].string ?? "" }.joined()
        return joined.isEmpty ? nil : joined
    }

    /// Addresses behind linked words (`text_link` pieces), which the text itself does not show.
    static func links(_ message: JSONValue) -> [MediaRef] {
        let text = message["text"].array
        let pieces = text.isEmpty ? message["text_entities"].array : text
        return pieces.compactMap { piece in
            guard piece["type"].string == "text_link", let href = piece["href"].text else { return nil }
            return MediaRef(url: href, mediaType: "link")
        }
    }

    /// Whether a media field holds Telegram's note that the file was not exported.
    static func isMissingFile(_ link: String) -> Bool { link.hasPrefix("(File ") || link.hasPrefix("(Photo ") }
}

/// Telegram's times: `date` is the wall-clock time on the exporting computer, `date_unixtime` the instant.
enum TelegramTime {
    /// A wall-clock time alone (reactions give no instant), read in the zone of the message it belongs to.
    static func parse(local: String?, offset: Int?) -> Timestamp? {
        guard let offset, let wall = parse(local: local, unix: nil) else { return parse(local: local, unix: nil) }
        return Timestamp(date: wall.date.addingTimeInterval(Double(-offset)), offsetSeconds: offset)
    }

    /// The instant, with the exporting computer's offset (the difference of the two) when both are given.
    static func parse(local: String?, unix: String?) -> Timestamp? {
        let wall = local.flatMap { Timestamp(parsing: $0, assumedZone: TimeZone(secondsFromGMT: 0)!) }
        guard let seconds = unix.flatMap({ Int64($0) }), seconds > 0 else { return wall }
        let instant = Date(timeIntervalSince1970: Double(seconds))
        guard let wall else { return Timestamp(date: instant) }
        let offset = Int(wall.date.timeIntervalSince1970) - Int(seconds)
        let plausible = abs(offset) <= 14 * 3600 && offset % 900 == 0
        return Timestamp(date: instant, offsetSeconds: plausible ? offset : 0)
    }
}
