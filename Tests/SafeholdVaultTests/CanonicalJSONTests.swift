import Foundation
import SafeholdCore
@testable import SafeholdVault
import Testing

@Suite("Canonical JSON of log entries")
struct CanonicalJSONTests {
    static func sampleRecord() -> NormalizedRecord {
        var record = NormalizedRecord(
            kind: .message, platform: Platform("x")!,
            location: RecordLocation(path: "data/direct-messages.js", jsonPath: "$[0].dmConversation.messages[3]", offset: 120, length: 318))
        record.platformID = "7000000000000000003"
        record.url = "https://x.com/messages/1001-2002?message=7000000000000000003"
        record.author = AccountRef(id: "2002", handle: "j_reece88", displayName: "Jordan \"J\" Reece")
        record.recipients = [AccountRef(id: "1001"), AccountRef(handle: "maya", url: "https://x.com/maya")]
        record.text = "line one\nline two\t\"quoted\" back\\slash /slash \u{1}\u{1F} é 🙂 \u{202E}"
        record.createdAt = Timestamp(parsing: "2026-10-10T22:01:00.250+02:00")
        record.conversationID = "1001-2002"
        record.conversationTitle = "a title"
        record.inReplyTo = "69"
        record.relationship = .closeFriend
        record.reaction = "❤️"
        record.media = [MediaRef(path: "data/a.png", url: "https://example.org/a.png", mediaType: "image/png")]
        record.flags = ["deleted", "group"]
        return record
    }

    static func samples() -> [LogEntry] {
        let digest = ContentDigest(hex: String(repeating: "ab", count: 32))!
        let full = ItemEntry(
            id: EvidenceID(42), sha256: digest, size: 318, mediaType: MediaType("application/json"),
            object: String(repeating: "cd", count: 32),
            source: ItemSource(kind: .export, fileName: "x.zip", pathInArchive: "data/direct-messages.js", importer: "x-archive", importerVersion: "1.0.0"),
            details: ItemDetails(platform: Platform("x"), url: "https://x.com/a/b", author: "@j_reece88", postedAt: Timestamp(parsing: "2026-10-10T22:01:00Z"), note: "a \"note\""),
            capturedAt: Timestamp(parsing: "2026-11-24T16:01:03.615Z")!, clock: "system",
            part: ItemPart(container: EvidenceID(7), offset: 120), record: sampleRecord())
        let bare = ItemEntry(
            id: EvidenceID(1), sha256: digest, size: 0, mediaType: .plainText, object: "00",
            source: ItemSource(kind: .typedText, importer: "safehold-add", importerVersion: "0.1.0"), details: ItemDetails(),
            capturedAt: Timestamp(parsing: "1969-07-20T20:17:40Z")!, clock: "system")
        let note = Annotation(
            kind: "finding", key: "item:7", about: [EvidenceID(7)], at: Timestamp(parsing: "2026-02-03T04:05:06Z")!,
            retracted: true, body: #"{"labels":["threat"],"quote":"\"a/b\" \u2028"}"#)
        return [
            .item(full), .item(bare),
            .vaultEvent(VaultEvent(event: .passphraseChanged, at: Timestamp(parsing: "2026-01-01T00:00:00-05:00")!)),
            .annotation(note), .annotation(Annotation(kind: "fact", key: "f1", at: Timestamp(parsing: "2026-02-03T04:05:06Z")!)),
        ]
    }

    /// The Codable mirror of an entry, encoded by Foundation, to compare with the hand-written writer.
    private struct Envelope: Encodable {
        var format = LogEntry.format
        var kind: String
        var item: ItemEntry?
        var event: VaultEvent?
        var annotation: Annotation?
    }

    @Test("the hand-written writer produces exactly what JSONEncoder with sorted keys produces")
    func matchesJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for entry in Self.samples() {
            let envelope: Envelope
            switch entry {
            case .item(let item): envelope = Envelope(kind: "item", item: item)
            case .vaultEvent(let event): envelope = Envelope(kind: "vault-event", event: event)
            case .annotation(let note): envelope = Envelope(kind: "annotation", annotation: note)
            case .unknown: continue
            }
            let expected = String(decoding: try encoder.encode(envelope), as: UTF8.self)
            let written = String(decoding: try entry.canonicalJSON(), as: UTF8.self)
            #expect(written == expected)
            #expect(try LogEntry.decode(try entry.canonicalJSON()) == entry)
        }
    }
}
