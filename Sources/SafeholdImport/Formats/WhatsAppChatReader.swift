import Foundation
import SafeholdCore

/// What a first pass over one chat file learned: how its dates are ordered and who writes in it.
public struct WhatsAppChatSurvey: Sendable, Hashable {
    /// How the dates are read, and why; `nil` when the file has no dated lines.
    public var dateOrder: WhatsAppDateDecision?
    /// The names that wrote messages, in order of first appearance (at most 256).
    public var participants: [String]
    /// How many lines start a message or notice.
    public var messageLines: Int

    /// Creates a survey.
    public init(dateOrder: WhatsAppDateDecision?, participants: [String], messageLines: Int) {
        self.dateOrder = dateOrder
        self.participants = participants
        self.messageLines = messageLines
    }

    /// Reads the file once, streaming, to settle the date order and the participants.
    static func read(_ file: ExportFile, from source: any ExportSource) throws -> WhatsAppChatSurvey {
        var evidence = WhatsAppDateEvidence()
        var participants = [String]()
        var seen = Set<String>()
        var seenRaw = Set<Substring>()
        try LineReader.read(file, from: source) { line in
            guard let header = WhatsAppLineParser.header(line.bytes) else { return }
            evidence.add(header)
            let rest = String(decoding: line.bytes.dropFirst(header.bodyOffset), as: UTF8.self)
            // Most lines come from someone already counted; only a new name needs the whole line read.
            if let raw = WhatsAppBody.rawName(rest), seenRaw.contains(raw) { return }
            let body = WhatsAppBody.parse(rest, layout: header.layout) { _ in false }
            if let author = body.author, body.kind != .notice, seen.count < 256, seen.insert(author).inserted {
                participants.append(author)
                if let raw = WhatsAppBody.rawName(rest) { seenRaw.insert(raw) }
            }
        }
        return WhatsAppChatSurvey(
            dateOrder: evidence.decide(),
            participants: participants,
            messageLines: evidence.headers
        )
    }
}

/// What every record of one chat shares.
struct WhatsAppChatContext {
    let file: ExportFile
    let survey: WhatsAppChatSurvey
    /// Files that came with the export, by name, as paths inside it.
    let attachments: [String: String]
    let conversationTitle: String?
    let conversationID: String
}

/// The second pass: gathers each message's lines (a message runs until the next dated line) and
/// turns them into records whose bytes are all of its lines exactly as written.
struct WhatsAppChatReader {
    /// The longest message kept as one record; nothing a person writes comes near it.
    static let maximumMessageBytes = 16 << 20

    private struct Pending {
        var header: WhatsAppHeader?
        var line: Int
        var offset: UInt64
        var bytes: [UInt8]
        var firstLine: String
        var continuation: [String]
        var terminator: [UInt8]
        var validUTF8: Bool
    }

    let context: WhatsAppChatContext
    private var pending: Pending?

    init(context: WhatsAppChatContext) { self.context = context }

    mutating func add(_ line: TextLine, emit: (ImportedRecord) throws -> Void) throws {
        let header = WhatsAppLineParser.header(line.bytes)
        guard header == nil, var open = pending else {
            // A dated line starts a message; lines before the first dated one (a damaged start) form a notice.
            try flush(emit)
            let firstLine = header.map { String(decoding: line.bytes.dropFirst($0.bodyOffset), as: UTF8.self) }
            pending = Pending(
                header: header,
                line: line.number,
                offset: line.offset,
                bytes: Array(line.bytes),
                firstLine: firstLine ?? line.text,
                continuation: [],
                terminator: line.terminator,
                validUTF8: line.isValidUTF8
            )
            return
        }
        pending = nil
        guard open.bytes.count + Int(line.length) <= Self.maximumMessageBytes else {
            throw ImportError(
                .tooLarge,
                file: context.file.path,
                "The message starting on line \(open.line) runs on for more than 16 MiB, which no real chat message "
                    + "does. The file may be damaged; Safehold stopped reading it there."
            )
        }
        open.bytes += open.terminator
        open.bytes += line.bytes
        open.terminator = line.terminator
        open.continuation.append(line.text)
        open.validUTF8 = open.validUTF8 && line.isValidUTF8
        pending = open
    }

    mutating func flush(_ emit: (ImportedRecord) throws -> Void) throws {
        guard let open = pending else { return }
        pending = nil
        let blank = open.header == nil && open.firstLine.allSatisfy(\.isWhitespace) && open.continuation.isEmpty
        if blank { return }
        var record = record(open)
        if !open.validUTF8 { record.flags?.append("invalid-utf8") }
        try emit(ImportedRecord(record: record, bytes: open.bytes))
    }

    private func record(_ open: Pending) -> NormalizedRecord {
        let location = RecordLocation(
            path: context.file.path,
            line: open.line,
            offset: open.offset,
            length: UInt64(open.bytes.count)
        )
        var record = NormalizedRecord(kind: .system, platform: Platform("whatsapp")!, location: location)
        record.conversationID = context.conversationID
        record.conversationTitle = context.conversationTitle
        var flags = [context.survey.dateOrder?.flag, "time-zone:unknown"].compactMap { $0 }
        guard let header = open.header else {
            record.text = ([WhatsAppText.clean(open.firstLine)] + open.continuation.map { WhatsAppText.clean($0) })
                .joined(separator: "\n")
            record.flags = flags + ["not-a-chat-line"]
            return record
        }
        if let order = context.survey.dateOrder?.order {
            record.createdAt = header.civilTime(order)?.timestamp(offsetSeconds: 0)
            if record.createdAt == nil { flags.append("date-impossible") }
        }
        let body = WhatsAppBody.parse(open.firstLine, layout: header.layout) { context.attachments[$0] != nil }
        fill(&record, body: body, continuation: open.continuation.map { WhatsAppText.clean($0) }, flags: &flags)
        record.flags = flags
        return record
    }

    private func fill(
        _ record: inout NormalizedRecord,
        body: WhatsAppBody,
        continuation: [String],
        flags: inout [String]
    ) {
        if let author = body.author {
            record.author = Self.account(author)
            let others = context.survey.participants.filter { $0 != author }
            if !others.isEmpty { record.recipients = others.map(Self.account) }
        }
        if body.edited { flags.append("edited") }
        let rest = continuation.isEmpty ? nil : continuation.joined(separator: "\n")
        switch body.kind {
        case .message:
            record.kind = .message
            record.text = ([body.text] + continuation).joined(separator: "\n")
        case .deleted:
            record.kind = .message
            flags.append("deleted")
        case .mediaOmitted:
            record.kind = .message
            record.text = rest
            flags.append("media-omitted")
        case .attachment(let name):
            record.kind = .message
            record.text = rest
            let path = context.attachments[name]
            record.media = [MediaRef(path: path, mediaType: WhatsAppMediaTypes.type(ofFileNamed: name))]
            if path == nil { flags.append("attachment-not-in-export:\(name)") }
        case .call:
            record.text = ([body.text] + continuation).joined(separator: "\n")
            flags.append("call")
        case .notice:
            record.author = nil
            record.recipients = nil
            record.text = ([body.text] + continuation).joined(separator: "\n")
        }
    }

    /// A chat name as an account; a phone number (how unsaved contacts appear) is also its id.
    static func account(_ name: String) -> AccountRef {
        guard let first = name.utf8.first, first == 0x2B || (0x30...0x39).contains(first) else {
            return AccountRef(displayName: name)
        }
        let digits = name.filter { $0.isASCII && $0.isNumber }
        let isPhone = digits.count >= 6 && name.allSatisfy { ($0.isASCII && $0.isNumber) || " +-().".contains($0) }
        return AccountRef(id: isPhone ? (name.hasPrefix("+") ? "+" : "") + digits : nil, displayName: name)
    }
}

/// Media types of the files WhatsApp exports, by file extension.
enum WhatsAppMediaTypes {
    private static let types: [String: String] = [
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif", "webp": "image/webp",
        "heic": "image/heic", "mp4": "video/mp4", "3gp": "video/3gpp", "mov": "video/quicktime",
        "opus": "audio/ogg", "ogg": "audio/ogg", "m4a": "audio/mp4", "mp3": "audio/mpeg", "aac": "audio/aac",
        "amr": "audio/amr", "pdf": "application/pdf", "vcf": "text/vcard", "txt": "text/plain",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "zip": "application/zip",
    ]

    /// The media type a file name's extension suggests; `nil` for one not listed.
    static func type(ofFileNamed name: String) -> String? {
        guard let dot = name.lastIndex(of: ".") else { return nil }
        return types[name[name.index(after: dot)...].lowercased()]
    }
}
