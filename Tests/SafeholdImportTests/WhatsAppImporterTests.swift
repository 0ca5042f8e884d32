import Foundation
import SafeholdCore
import SafeholdTestSupport
import Testing

@testable import SafeholdImport

/// The chat, mail and SMS fixtures, read with one importer.
enum MessageFixture {
    static func url(_ name: String) -> URL { Fixture.url(name) }

    static func records(_ importer: any Importer, from source: any ExportSource) throws -> [ImportedRecord] {
        try Fixture.records(importer, from: source)
    }

    static func records(_ importer: any Importer, fixture: String) throws -> [ImportedRecord] {
        try records(importer, from: try ExportSources.open(url(fixture)))
    }

    /// Whether a record's bytes are exactly the bytes its location names in the fixture.
    static func bytesMatch(_ imported: ImportedRecord, in root: URL) throws -> Bool {
        let location = imported.record.location
        let fileURL = root.hasDirectoryPath ? root.appendingPathComponent(location.path) : root
        let file = try Data(contentsOf: fileURL)
        let start = Int(try #require(location.offset))
        let end = start + Int(try #require(location.length))
        return end <= file.count && Array(file[start..<end]) == imported.bytes
    }

    static func counts(_ records: [ImportedRecord]) -> [RecordKind: Int] { Fixture.counts(records) }
}

/// One date, clock and language variant: its file, the first message's time in UTC, and how the order was settled.
struct ChatVariant: Sendable, CustomTestStringConvertible {
    let file: String
    let firstTime: String
    let secondTime: String
    let order: String
    var testDescription: String { file }
}

@Suite("WhatsAppImporter")
struct WhatsAppImporterTests {
    static let variants = [
        ChatVariant(
            file: "whatsapp-german-24h.txt",
            firstTime: "2023-12-31T21:41:00Z",
            secondTime: "2024-01-01T09:05:00Z",
            order: "date-order:day-first(decided-by:values>12)"
        ),
        ChatVariant(
            file: "whatsapp-german-12h.txt",
            firstTime: "2023-12-31T21:41:00Z",
            secondTime: "2024-01-01T09:05:00Z",
            order: "date-order:day-first(decided-by:values>12)"
        ),
        ChatVariant(
            file: "whatsapp-spanish-pm.txt",
            firstTime: "2023-12-31T21:41:00Z",
            secondTime: "2024-01-01T00:15:00Z",
            order: "date-order:day-first(decided-by:values>12)"
        ),
        ChatVariant(
            file: "whatsapp-japanese.txt",
            firstTime: "2023-12-31T21:41:00Z",
            secondTime: "2024-01-01T00:15:00Z",
            order: "date-order:year-first(decided-by:four-digit-year)"
        ),
        ChatVariant(
            file: "whatsapp-korean.txt",
            firstTime: "2023-12-31T21:41:00Z",
            secondTime: "2023-12-31T23:02:00Z",
            order: "date-order:year-first(decided-by:layout)"
        ),
        ChatVariant(
            file: "whatsapp-us-month-first.txt",
            firstTime: "2023-12-31T21:41:05Z",
            secondTime: "2024-01-01T00:03:00Z",
            order: "date-order:month-first(decided-by:values>12)"
        ),
        ChatVariant(
            file: "whatsapp-year-first.txt",
            firstTime: "2023-12-31T21:41:00Z",
            secondTime: "2024-01-01T08:00:00Z",
            order: "date-order:year-first(decided-by:four-digit-year)"
        ),
        ChatVariant(
            file: "whatsapp-no-seconds.txt",
            firstTime: "2023-12-31T21:41:00Z",
            secondTime: "2024-01-01T07:12:00Z",
            order: "date-order:day-first(decided-by:values>12)"
        ),
        ChatVariant(
            file: "whatsapp-arabic.txt",
            firstTime: "2023-12-31T21:41:00Z",
            secondTime: "2024-01-01T08:05:00Z",
            order: "date-order:day-first(decided-by:values>12)"
        ),
        ChatVariant(
            file: "whatsapp-ambiguous-chronology.txt",
            firstTime: "2024-01-05T19:02:00Z",
            secondTime: "2024-01-06T08:30:00Z",
            order: "date-order:day-first(decided-by:chronology)"
        ),
        ChatVariant(
            file: "whatsapp-ambiguous-default.txt",
            firstTime: "2024-04-03T19:02:00Z",
            secondTime: "2024-04-03T19:03:00Z",
            order: "date-order:day-first(decided-by:default)"
        ),
    ]

    @Test(
        "each date, clock and language variant gives exact UTC times and says how its date order was decided",
        arguments: variants
    )
    func variant(_ variant: ChatVariant) throws {
        let source = try ExportSources.open(MessageFixture.url(variant.file))
        #expect(WhatsAppImporter().recognizes(source))
        let records = try MessageFixture.records(WhatsAppImporter(), from: source)
        try #require(records.count >= 2)
        #expect(records.prefix(2).map { $0.record.createdAt?.rfc3339 } == [variant.firstTime, variant.secondTime])
        #expect(records.first?.record.author?.displayName == "Jordan Reece")
        #expect(records.last?.record.author?.displayName == "Maya Lindqvist")
        #expect(records.allSatisfy { $0.record.kind == .message && $0.record.platform == Platform("whatsapp") })
        for imported in records {
            #expect(imported.record.flags == [variant.order, "time-zone:unknown"])
            #expect(try MessageFixture.bytesMatch(imported, in: MessageFixture.url(variant.file)))
        }
    }

    @Test("the survey of an ambiguous chat reports the order, the reason and a sentence for the summary")
    func surveyReportsTheDecision() throws {
        let source = try ExportSources.open(MessageFixture.url("whatsapp-ambiguous-chronology.txt"))
        let survey = try WhatsAppImporter().survey(try #require(source.files.first), from: source)
        #expect(survey.dateOrder == WhatsAppDateDecision(order: .dayFirst, reason: .chronology))
        #expect(survey.dateOrder?.explanation.contains("time order") == true)
        #expect(survey.participants == ["Jordan Reece", "Maya Lindqvist"])
        #expect(survey.messageLines == 4)
    }

    @Test("the Android fixture yields messages, notices, a matched photo and flags for what WhatsApp left out")
    func android() throws {
        let folder = MessageFixture.url("whatsapp-android")
        let source = try ExportSources.open(folder)
        let roles = Dictionary(
            uniqueKeysWithValues: try WhatsAppImporter().plan(source).map { ($0.file.name, $0.role) }
        )
        #expect(roles == ["WhatsApp Chat with Jordan Reece.txt": .records, "IMG-20231230-WA0001.jpg": .media])
        let records = try MessageFixture.records(WhatsAppImporter(), from: source)
        #expect(MessageFixture.counts(records) == [.message: 10, .system: 2])
        #expect(try records.allSatisfy { try MessageFixture.bytesMatch($0, in: folder) })
        let long = try #require(records.first { $0.record.text?.hasPrefix("Space?") == true }).record
        #expect(
            long.text
                == "Space? After everything I did for you.\nYou owe me a conversation.\nI'll keep writing until you answer."
        )
        #expect(long.location.line == 5)
        #expect(long.createdAt?.rfc3339 == "2023-12-29T21:41:00Z")
        #expect(
            long.recipients == [
                AccountRef(displayName: "Maya Lindqvist"),
                AccountRef(id: "+15555550147", displayName: "+1 555-555-0147"),
            ]
        )
        #expect(long.conversationTitle == "Jordan Reece")
        let photo = try #require(records.first { $0.record.media != nil }).record
        #expect(photo.media == [MediaRef(path: "IMG-20231230-WA0001.jpg", mediaType: "image/jpeg")])
        #expect(photo.text == "Recognise this? Your car, outside your sister's place.")
        let flagged = records.compactMap { $0.record.flags?.dropFirst(2).first }
        #expect(flagged == ["deleted", "media-omitted", "edited"])
        let notices = records.filter { $0.record.kind == .system }.map(\.record)
        #expect(notices.allSatisfy { $0.author == nil })
        #expect(notices.last?.text?.hasPrefix("Jordan Reece changed their phone number") == true)
        #expect(records.last?.record.author == AccountRef(id: "+15555550147", displayName: "+1 555-555-0147"))
    }

    @Test("the iOS fixture strips invisible marks from names and text but keeps every byte, across CRLF line ends")
    func ios() throws {
        let folder = MessageFixture.url("whatsapp-ios")
        let records = try MessageFixture.records(WhatsAppImporter(), fixture: "whatsapp-ios")
        #expect(MessageFixture.counts(records) == [.message: 7, .system: 2])
        #expect(try records.allSatisfy { try MessageFixture.bytesMatch($0, in: folder) })
        let marked = try #require(records.first { $0.record.text?.hasPrefix("I can see") == true })
        #expect(marked.record.author?.displayName == "Jordan Reece")
        #expect(marked.record.text == "I can see the balcony from here.")
        #expect(
            marked.bytes.count
                == "[31/12/2023, 21:41:30] \u{200E}Jordan Reece\u{200E}: I can see the balcony from\u{200E} here.".utf8
                .count
        )
        let multiLine = try #require(records.first { $0.record.text?.hasPrefix("Leave me") == true }).record
        #expect(multiLine.text == "Leave me alone, Jordan.\nI mean it.\n\nDo not come to the flat.")
        #expect(
            multiLine.location.length
                == UInt64(
                    "[31/12/2023, 22:05:13] Maya Lindqvist: Leave me alone, Jordan.\r\nI mean it.\r\n\r\nDo not come to the flat."
                        .utf8.count
                )
        )
        let photo = try #require(records.first { $0.record.media != nil }).record
        #expect(photo.media == [MediaRef(path: "00000012-PHOTO-2023-12-31-21-41-05.jpg", mediaType: "image/jpeg")])
        #expect(photo.createdAt?.rfc3339 == "2023-12-31T21:41:05Z")
        let encryption = try #require(records.first).record
        #expect(encryption.kind == .system && encryption.author == nil)
        let call = try #require(records.first { $0.record.flags?.contains("call") == true }).record
        #expect(call.kind == .system && call.author?.displayName == "Jordan Reece")
        #expect(records.first { $0.record.flags?.contains("deleted") == true }?.record.text == nil)
        #expect(records.last?.record.text == "You'll regret ignoring me.")
        #expect(records.last?.record.flags?.contains("edited") == true)
    }

    @Test("a ZIP with _chat.txt and its photo is recognized, and the photo is matched inside the ZIP")
    func zipExport() throws {
        let directory = try TemporaryDirectory()
        let zip = directory.path("WhatsApp Chat - Jordan Reece.zip")
        try ZipWriter.zip(folder: MessageFixture.url("whatsapp-ios"), to: zip)
        let source = try ExportSources.open(zip)
        #expect(WhatsAppImporter().recognizes(source))
        let records = try MessageFixture.records(WhatsAppImporter(), from: source)
        #expect(records.count == 9)
        #expect(
            records.contains {
                $0.record.media?.first?.path?.hasSuffix("00000012-PHOTO-2023-12-31-21-41-05.jpg") == true
            }
        )
        #expect(records.first?.record.conversationTitle == "Jordan Reece")
    }

    @Test(
        "the chat, mail and SMS importers each claim only their own fixtures, and never another platform's export",
        arguments: [
            ("whatsapp-android", "whatsapp-chat"), ("whatsapp-ios", "whatsapp-chat"),
            ("whatsapp-japanese.txt", "whatsapp-chat"), ("email", "email"), ("sms", "sms-backup-restore"),
            ("x-archive", nil), ("facebook", nil), ("instagram", nil), ("screenshots", nil),
        ] as [(String, String?)]
    )
    func claims(_ fixture: String, _ claimant: String?) throws {
        let source = try ExportSources.open(MessageFixture.url(fixture))
        let importers: [any Importer] = [WhatsAppImporter(), EmailImporter(), SMSBackupImporter()]
        #expect(importers.filter { $0.recognizes(source) }.map(\.name) == (claimant.map { [$0] } ?? []))
    }

    @Test("a text file that is not a chat is left to other importers")
    func notAChat() throws {
        let directory = try TemporaryDirectory()
        try Data("Shopping list\n2 eggs\n12/31/23 remember the bins\n".utf8).write(to: directory.path("notes.txt"))
        #expect(!WhatsAppImporter().recognizes(try ExportSources.open(directory.url)))
    }

    @Test("a line of 10 MB stops the import with a plain error naming the line")
    func hugeLine() throws {
        let directory = try TemporaryDirectory()
        var text = Data("31/12/2023, 21:41 - Jordan Reece: hello\n31/12/2023, 21:42 - Jordan Reece: ".utf8)
        text.append(Data(repeating: 0x61, count: 10 << 20))
        try text.write(to: directory.path("WhatsApp Chat with Jordan Reece.txt"))
        let source = try ExportSources.open(directory.url)
        let error = try #require(throws: ImportError.self) {
            try MessageFixture.records(WhatsAppImporter(), from: source)
        }
        #expect(error.code == .tooLarge)
        #expect(error.message.contains("Line 2"))
    }

    @Test("bytes that are not UTF-8 are kept exactly and the record is flagged")
    func invalidUTF8() throws {
        let directory = try TemporaryDirectory()
        var bytes = Array("31/12/2023, 21:41 - Jordan Reece: caf".utf8) + [0xE9, 0xFF] + Array(" ok\n".utf8)
        bytes += Array("31/12/2023, 21:42 - Maya Lindqvist: fine\n".utf8)
        try Data(bytes).write(to: directory.path("_chat.txt"))
        let records = try MessageFixture.records(WhatsAppImporter(), from: try ExportSources.open(directory.url))
        try #require(records.count == 2)
        #expect(records[0].bytes == Array(bytes[0..<(bytes.firstIndex(of: 0x0A)!)]))
        #expect(records[0].record.flags?.contains("invalid-utf8") == true)
        #expect(records[0].record.text == "caf\u{FFFD}\u{FFFD} ok")
        #expect(records[1].record.flags?.contains("invalid-utf8") == false)
    }

    @Test("the benchmark generator writes an Android chat the importer reads whole")
    func generator() throws {
        let directory = try TemporaryDirectory()
        let url = directory.path("WhatsApp Chat with Jordan Reece.txt")
        try ExportGenerator.whatsAppChat(lines: 2000, to: url)
        let records = try MessageFixture.records(WhatsAppImporter(), from: try ExportSources.open(url))
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").count
        #expect(lines == 2000)
        #expect(records.count > 1000 && records.count < 2000)
        #expect(records.contains { $0.record.kind == .system })
        #expect(records.allSatisfy { $0.record.createdAt != nil })
    }
}
