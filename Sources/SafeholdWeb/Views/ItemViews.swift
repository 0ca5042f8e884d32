import Foundation
import SafeholdCore

/// One row of the items list: never the words themselves.
struct ItemRow {
    let id: String
    let kind: String
    let platform: String
    let when: String
    let from: String

    init(_ record: CaptureRecord) {
        id = record.id.description
        kind = ItemText.kind(of: record)
        platform = (record.details.platform ?? record.record?.platform)?.displayName ?? ""
        when = ItemText.time(record.details.postedAt ?? record.record?.createdAt)
        from = (record.details.author ?? record.record?.author?.label).map {
            DisplaySafe.sender($0, platform: record.details.platform ?? record.record?.platform)
        } ?? ""
    }
}

/// One labelled line of an item's capture record.
struct Field {
    let label: String
    let value: String
}

/// The item page.
struct ItemModel {
    let id: String
    let fields: [Field]
    /// What a court or an expert may want: how it was captured, sealed and stored.
    let technical: [Field]
    let canReveal: Bool
    /// The words in plain and marked pieces, only after the person pressed "Show the text".
    let segments: [TextSegment]
    let revealed: Bool
    let textCut: Bool
    /// What the analysis found, if anything.
    let finding: FindingView?
}

/// Wording shared by the item pages.
enum ItemText {
    /// The most text shown on one page, in characters; the rest stays in the original.
    static let shownCharacters = 200_000

    /// What kind of item it is, in the words `safehold list` uses.
    static func kind(of record: CaptureRecord) -> String {
        if let normalized = record.record { return normalized.kind == .media ? "file" : normalized.kind.rawValue }
        return record.source.kind == .typedText ? "text" : "file"
    }

    /// A time as the person reads it: date and minutes, with its offset.
    static func time(_ timestamp: Timestamp?) -> String {
        guard let timestamp else { return "" }
        return String(timestamp.rfc3339.replacingOccurrences(of: "T", with: " ").prefix(16))
    }

    /// The capture record as labelled lines a person reads first: where, when, from whom. Everything from
    /// the export is made display-safe here and HTML-escaped by the template.
    static func fields(_ record: CaptureRecord) -> [Field] {
        var lines = [Field(label: "Kind", value: kind(of: record))]
        let details = record.details
        func add(_ label: String, _ value: String?) {
            if let value, !value.isEmpty { lines.append(Field(label: label, value: DisplaySafe.text(value))) }
        }
        add("Platform", (details.platform ?? record.record?.platform)?.displayName)
        if let from = details.author ?? record.record?.author?.label {
            let platform = details.platform ?? record.record?.platform
            lines.append(Field(label: "From", value: DisplaySafe.sender(from, platform: platform)))
        }
        add("Posted", time(details.postedAt ?? record.record?.createdAt))
        add("Link (not opened by Safehold)", details.url ?? record.record?.url)
        add("Conversation", record.record?.conversationTitle ?? record.record?.conversationID)
        add("Your note", details.note)
        return lines
    }

    /// The rest of the capture record: how it was captured, sealed and stored, for a court or an expert.
    static func technical(_ record: CaptureRecord) -> [Field] {
        var lines: [Field] = [
            Field(label: "Fingerprint (SHA-256)", value: record.sha256.hex),
            Field(label: "Type", value: record.mediaType.rawValue),
            Field(label: "Size", value: "\(record.size) bytes"),
            Field(label: "Captured by", value: "\(record.source.importer) \(record.source.importerVersion)"),
        ]
        func add(_ label: String, _ value: String?) {
            if let value, !value.isEmpty { lines.append(Field(label: label, value: DisplaySafe.text(value))) }
        }
        add("File name", record.source.fileName)
        add("Path in the export", record.source.pathInArchive ?? record.record?.location.path)
        add("Platform's id", record.record?.platformID)
        add("Sealed", record.capturedAt.rfc3339 + " (this computer's clock)")
        add("Log position", String(record.logIndex))
        if let part = record.part { add("Read from", "item \(part.container), from byte \(part.offset)") }
        return lines
    }

    /// Whether the item has words Safehold can show.
    static func hasText(_ record: CaptureRecord) -> Bool {
        record.record?.text != nil || record.mediaType == .plainText
    }
}
