import SafeholdCore

/// The readable text of a message and the files it carries, gathered from its MIME tree: plain text
/// is preferred over HTML in each `multipart/alternative`, HTML is reduced to text, and the parts of
/// a `multipart/mixed` are read in order.
struct EmailBody {
    /// The most text kept from one message (4 MiB); longer bodies are cut and flagged.
    static let maximumTextBytes = 4 << 20

    private(set) var segments: [String] = []
    private(set) var media: [MediaRef] = []
    private(set) var flags: Set<String> = []
    private var textBytes = 0

    init(_ root: MIMEEntity, in message: RawEmail) {
        collect(root, message)
    }

    var text: String? {
        let joined = segments.joined(separator: "\n\n")
        return joined.isEmpty ? nil : joined
    }

    private mutating func collect(_ entity: MIMEEntity, _ message: RawEmail) {
        if entity.truncated { flags.insert("mime-truncated") }
        guard entity.isMultipart else {
            if entity.isAttachment { media.append(Self.mediaRef(entity)) } else { readText(entity, message) }
            return
        }
        guard entity.contentType.value == "multipart/alternative" else {
            for part in entity.parts { collect(part, message) }
            return
        }
        let chosen =
            entity.parts.firstIndex { Self.holds($0, "text/plain") } ?? entity.parts.firstIndex {
                Self.holds($0, "text/html")
            }
            ?? 0
        for (index, part) in entity.parts.enumerated() {
            if index == chosen { collect(part, message) } else { collectFiles(part) }
        }
    }

    /// The files in a branch whose text is not read (such as images of the HTML version).
    private mutating func collectFiles(_ entity: MIMEEntity) {
        if entity.isMultipart {
            for part in entity.parts { collectFiles(part) }
        } else if entity.isAttachment {
            media.append(Self.mediaRef(entity))
        }
    }

    private static func holds(_ entity: MIMEEntity, _ type: String) -> Bool {
        entity.isMultipart
            ? entity.parts.contains { holds($0, type) } : entity.contentType.value == type && !entity.isAttachment
    }

    private mutating func readText(_ entity: MIMEEntity, _ message: RawEmail) {
        let room = Self.maximumTextBytes - textBytes
        guard room > 0 else {
            flags.insert("text-truncated")
            return
        }
        let (bytes, cut) = entity.decodedBody(message, limit: room)
        if cut { flags.insert("text-truncated") }
        let decoded = TextCharset.decode(bytes, charset: entity.contentType.parameters["charset"])
        if !decoded.usedNamedCharset { flags.insert("charset-guessed") }
        var text = decoded.text.replacingCarriageReturns
        if entity.contentType.value == "text/html" {
            text = HTMLText.plainText(text)
            flags.insert("text-from-html")
        }
        text = text.trimmingSpaces
        textBytes += bytes.count
        if !text.isEmpty { segments.append(text) }
    }

    private static func mediaRef(_ entity: MIMEEntity) -> MediaRef {
        let contentID = EmailSyntax.messageIDs(entity.headers["content-id"]).first
        let name = entity.fileName ?? (entity.contentType.value == "message/rfc822" ? "forwarded-message.eml" : nil)
        return MediaRef(path: name, url: contentID.map { "cid:" + $0 }, mediaType: entity.contentType.value)
    }
}

/// Turns one raw message into its record.
enum EmailRecordBuilder {
    static func record(_ message: RawEmail, file: ExportFile) -> ImportedRecord {
        let root = MIMEEntity.parse(message, lines: 0..<message.lines.count)
        let headers = root.headers
        let location = RecordLocation(
            path: file.path,
            line: message.firstLine,
            offset: message.offset,
            length: UInt64(message.bytes.count)
        )
        var record = NormalizedRecord(kind: .message, platform: Platform("email")!, location: location)
        record.author =
            EmailAddresses.parse(headers.all("from")).first ?? EmailAddresses.parse(headers.all("sender")).first
        let recipients = EmailAddresses.parse(headers.all("to") + headers.all("cc") + headers.all("bcc"))
        if !recipients.isEmpty { record.recipients = recipients }
        record.createdAt = EmailDate.parse(headers["date"])
        record.platformID = EmailSyntax.messageIDs(headers["message-id"]).first
        record.inReplyTo = EmailSyntax.messageIDs(headers["in-reply-to"]).first
        record.conversationID =
            EmailSyntax.messageIDs(headers["references"]).first ?? record.inReplyTo ?? record.platformID
        record.conversationTitle = headers["subject"].map { EncodedWords.decode($0) }
        let body = EmailBody(root, in: message)
        record.text = body.text
        var flags = body.flags.sorted()
        if !body.media.isEmpty {
            record.media = body.media
            flags.append("attachments-inside-message")
        }
        if headers.fields.isEmpty { flags.append("no-headers") }
        if !flags.isEmpty { record.flags = flags }
        return ImportedRecord(record: record, bytes: message.bytes)
    }
}

extension String {
    /// The text with CRLF and lone CR line breaks made `\n`.
    var replacingCarriageReturns: String {
        guard contains("\r") else { return self }
        return split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n")
            .split(separator: "\r", omittingEmptySubsequences: false).joined(separator: "\n")
    }
}
