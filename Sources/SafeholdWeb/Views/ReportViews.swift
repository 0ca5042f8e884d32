import Foundation
import SafeholdCore
import SafeholdGuide
import Safehold
import SafeholdCore

/// The reports page.
struct ReportsModel {
    let audiences: [Choice]
    let severities: [Choice]
    let platforms: [Choice]
    let kinds: [Choice]
    let records: [RecordRow]
    let hasRecords: Bool
    let recorded: Bool
}

/// A report the person recorded.
struct RecordRow {
    let when: String
    let platform: String
    let kind: String
    let items: String
    let reference: String?
    let answer: String?
    let followUp: String?

    init(_ note: StoredNote<ReportRecord>) {
        let record = note.value
        when = ItemText.time(record.reportedAt)
        platform = Platform.displayName(of: record.platform)
        kind = record.kind
        items = record.items.isEmpty ? "" : record.items.map(\.description).joined(separator: ", ")
        reference = record.reference.map { DisplaySafe.text($0) }
        answer = record.answer.map { DisplaySafe.text($0, keepingLineBreaks: true) }
        followUp = record.followUp.map { DisplaySafe.text($0) }
    }
}

/// A packet for reporting to a platform.
struct PacketView {
    struct Item {
        let id: String
        let when: String
        let from: String
        let link: String?
        let reason: String?
    }

    let platform: String
    let platformName: String
    let kind: String
    let howTo: String?
    let source: String?
    let attach: String
    let items: [Item]
    let ids: String
    let description: String
    let friendsMessage: String

    init(_ packet: ReportPacket) {
        platform = packet.platform
        platformName = packet.platformName
        kind = packet.kind.rawValue
        howTo = packet.howTo?.text
        source = packet.howTo.map { howTo in
            let checked = howTo.verify || howTo.checked == nil ? "not yet confirmed" : "checked \(howTo.checked ?? "")"
            return "\(howTo.source) (\(checked))"
        }
        attach = packet.attach
        items = packet.items.map { item in
            Item(
                id: item.id.description,
                when: item.postedAt.map { String($0.prefix(16)).replacingOccurrences(of: "T", with: " ") } ?? "date unknown",
                from: DisplaySafe.text(item.sender ?? "unknown sender"),
                link: item.link.map { DisplaySafe.text($0) },
                reason: item.reason)
        }
        ids = packet.items.map(\.id.description).joined(separator: ",")
        description = DisplaySafe.text(packet.description, keepingLineBreaks: true)
        friendsMessage = DisplaySafe.text(packet.friendsMessage, keepingLineBreaks: true)
    }
}
