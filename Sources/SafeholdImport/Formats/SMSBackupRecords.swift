import Foundation
import SafeholdCore

/// Turns the fields of one `<sms>` or `<mms>` element into its record.
enum SMSBackupRecords {
    private static let platform = Platform("sms")!

    static func record(_ element: SMSBackupElement, file: ExportFile) -> ImportedRecord? {
        let fields = SMSBackupElementParser.parse(element)
        let location = RecordLocation(
            path: file.path,
            line: element.line,
            offset: element.offset,
            length: UInt64(element.bytes.count)
        )
        var record = NormalizedRecord(kind: .message, platform: platform, location: location)
        switch element.name {
        case "sms": sms(fields, into: &record)
        case "mms": mms(fields, into: &record)
        default: return nil  // call logs and anything else the app may add are sealed only as the file
        }
        if fields.malformed { record.flags = (record.flags ?? []) + ["unreadable-xml"] }
        return ImportedRecord(record: record, bytes: element.bytes)
    }

    private static func sms(_ fields: SMSBackupFields, into record: inout NormalizedRecord) {
        let attributes = fields.attributes
        let other = account(attributes["address"], name: attributes["contact_name"])
        let type = Int(attributes["type"] ?? "") ?? 0
        let sent = (2...6).contains(type)
        record.author = sent ? SMSBackupImporter.phoneOwner : other
        record.recipients = [sent ? other : SMSBackupImporter.phoneOwner]
        record.text = value(attributes["body"])
        record.createdAt = time(attributes["date"])
        record.conversationID = value(attributes["address"])
        record.conversationTitle = contactName(attributes["contact_name"])
        record.flags = [sent ? "direction:sent" : "direction:received"] + (states[type].map { [$0] } ?? [])
    }

    private static func mms(_ fields: SMSBackupFields, into record: inout NormalizedRecord) {
        let attributes = fields.attributes
        let box = Int(attributes["msg_box"] ?? "") ?? 0
        let sent = box != 1
        let from = fields.addresses.first { $0["type"] == "137" }?["address"]
        let single = fields.addresses.filter { $0["type"] != "137" }.count <= 1
        let name = single ? attributes["contact_name"] : nil
        // The contact name belongs to the other party: the sender of a received message, the one
        // recipient of a sent one.
        record.author = sent ? SMSBackupImporter.phoneOwner : account(from ?? attributes["address"], name: name)
        let to = fields.addresses.filter { ["151", "130", "129"].contains($0["type"]) && $0["address"] != from }
        let recipients = to.map { account($0["address"], name: sent ? name : nil) }
        record.recipients = recipients.isEmpty ? [SMSBackupImporter.phoneOwner] : recipients
        record.platformID = value(attributes["m_id"])
        record.createdAt = time(attributes["date"])
        record.conversationID = value(attributes["address"])
        record.conversationTitle = contactName(attributes["contact_name"])
        let texts = fields.parts.filter { $0["ct"] == "text/plain" }.compactMap { value($0["text"]) }
        let subject = value(attributes["sub"]).map { [$0] } ?? []
        let text = (subject + texts).joined(separator: "\n\n")
        record.text = text.isEmpty ? nil : text
        var flags = [sent ? "direction:sent" : "direction:received"] + (mmsStates[box].map { [$0] } ?? [])
        flags += media(fields, into: &record)
        record.flags = flags
    }

    /// Pictures, videos and other files of an MMS, which live base64-encoded inside the backup.
    private static func media(_ fields: SMSBackupFields, into record: inout NormalizedRecord) -> [String] {
        var media = [MediaRef]()
        var missing = false
        var dataIndex = 0
        for part in fields.parts {
            let hasData = part["data"] != nil
            defer { if hasData { dataIndex += 1 } }
            guard let type = part["ct"], type != "text/plain", type != "application/smil" else { continue }
            let name = value(part["name"]) ?? value(part["cl"]) ?? value(part["fn"])
            media.append(MediaRef(path: name, mediaType: type))
            if !hasData || dataIndex >= fields.dataLengths.count || fields.dataLengths[dataIndex] == 0 {
                missing = true
            }
        }
        guard !media.isEmpty else { return [] }
        record.media = media
        return ["attachments-inside-message"] + (missing ? ["attachment-not-in-backup"] : [])
    }

    private static let states = [3: "draft", 4: "outbox", 5: "failed", 6: "queued"]
    private static let mmsStates = [3: "draft", 4: "outbox"]

    /// The app writes `null` for a missing value.
    private static func value(_ text: String?) -> String? {
        guard let text, !text.isEmpty, text != "null" else { return nil }
        return text
    }

    private static func contactName(_ text: String?) -> String? {
        guard let name = value(text), name != "(Unknown)" else { return nil }
        return name
    }

    private static func account(_ address: String?, name: String?) -> AccountRef {
        AccountRef(id: value(address), displayName: contactName(name))
    }

    /// Milliseconds since 1970, as Android keeps message times.
    private static func time(_ text: String?) -> Timestamp? {
        guard let text, let milliseconds = Int64(text), milliseconds > 0 else { return nil }
        return Timestamp(date: Date(timeIntervalSince1970: Double(milliseconds) / 1000), offsetSeconds: 0)
    }
}
