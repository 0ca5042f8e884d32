import Foundation
import SafeholdCore
import SafeholdTestSupport
import Testing

@testable import SafeholdImport

/// Reading the fixtures of the Telegram, Mastodon, Discord, TikTok and Reddit importers.
enum FormatFixture {
    /// Each of these importers and the fixtures it, and only it, must recognize.
    static let owners: [(importer: any Importer, fixtures: [String])] = [
        (TelegramImporter(), ["telegram-chat", "telegram-account"]), (MastodonImporter(), ["mastodon"]),
        (DiscordImporter(), ["discord"]), (TikTokImporter(), ["tiktok"]), (RedditImporter(), ["reddit"]),
    ]

    /// Every fixture of the test target: these importers' and the other platforms' (X, Facebook, …).
    static var all: [String] {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// The fixtures one importer must recognize.
    static func fixtures(of importer: any Importer) -> [String] {
        owners.first { $0.importer.name == importer.name }?.fixtures ?? []
    }

    /// Every record `importer` reads from the fixture, file by file as the plan lists them.
    static func records(_ importer: any Importer, _ name: String) throws -> [ImportedRecord] {
        try records(importer, at: Fixture.url(name))
    }

    /// Every record `importer` reads from the export at `url`.
    static func records(_ importer: any Importer, at url: URL) throws -> [ImportedRecord] {
        try Fixture.records(importer, from: try ExportSources.open(url))
    }

    static func counts(_ records: [ImportedRecord]) -> [RecordKind: Int] {
        Fixture.counts(records)
    }

    /// The bytes a record's location points at, read from the fixture file itself.
    static func bytes(at location: RecordLocation, in name: String) throws -> [UInt8] {
        let file = try Data(contentsOf: Fixture.url(name).appendingPathComponent(location.path))
        let start = Int(try #require(location.offset))
        return Array(file[start..<start + Int(try #require(location.length))])
    }

    /// Whether the importer recognizes the fixture, and whether X, Facebook and Instagram leave it alone.
    static func claims(_ importer: any Importer, _ name: String) throws -> (ours: Bool, earlier: Bool) {
        let source = try ExportSources.open(Fixture.url(name))
        let earlier: [any Importer] = [XArchiveImporter(), FacebookImporter(), InstagramImporter()]
        return (importer.recognizes(source), earlier.contains { $0.recognizes(source) })
    }

    /// A folder with these files, written for one test.
    static func folder(_ files: [String: [UInt8]]) throws -> TemporaryDirectory {
        let home = try TemporaryDirectory()
        for (path, bytes) in files {
            let url = home.path(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(bytes).write(to: url)
        }
        return home
    }
}

@Suite("TelegramImporter")
struct TelegramImporterTests {
    @Test("recognizes its own exports and no other fixture", arguments: FormatFixture.all)
    func detection(fixture: String) throws {
        let claims = try FormatFixture.claims(TelegramImporter(), fixture)
        #expect(claims.ours == FormatFixture.fixtures(of: TelegramImporter()).contains(fixture))
        if claims.ours { #expect(!claims.earlier) }
    }

    @Test("a one-chat export gives eight messages, a missed call and a reaction")
    func chatCounts() throws {
        let records = try FormatFixture.records(TelegramImporter(), "telegram-chat")
        #expect(FormatFixture.counts(records) == [.message: 8, .system: 1, .reaction: 1])
        #expect(
            records.allSatisfy {
                $0.record.platform == Platform("telegram") && $0.record.conversationID == "5123456789"
            }
        )
    }

    @Test("a whole-account export gives the owner's profile and every chat, left chats included")
    func accountCounts() throws {
        let records = try FormatFixture.records(TelegramImporter(), "telegram-account")
        #expect(FormatFixture.counts(records) == [.profile: 1, .message: 5, .system: 1])
        let profile = try #require(records.first { $0.record.kind == .profile }).record
        #expect(
            profile.author
                == AccountRef(
                    id: "user1122334455",
                    handle: "maya_lindqvist",
                    displayName: "Maya Lindqvist",
                    url: "https://t.me/maya_lindqvist"
                )
        )
        #expect(profile.text == "Illustrator in Stockholm. Commissions open.")
        let left = try #require(records.first { $0.record.platformID == "5001" }).record
        #expect(left.conversationTitle == "Stockholm Illustrators")
        #expect(left.flags == ["left-chat", "public-supergroup"])
        #expect(left.author?.handle == "maya_lindqvist")
    }

    @Test("a message keeps its ids, people, exact time and offset, conversation and exact bytes")
    func fullyCheckedMessage() throws {
        let records = try FormatFixture.records(TelegramImporter(), "telegram-chat")
        let imported = try #require(records.first { $0.record.platformID == "102" })
        let message = imported.record
        #expect(message.kind == .message)
        #expect(message.author == AccountRef(id: "user1122334455", displayName: "Maya Lindqvist"))
        #expect(message.recipients == [AccountRef(id: "user5123456789", displayName: "Jordan Reece")])
        #expect(message.text == "Please stop contacting me.")
        #expect(message.createdAt?.rfc3339 == "2026-11-20T21:15:40+01:00")
        #expect(message.createdAt?.date == Date(timeIntervalSince1970: 1_795_205_740))
        #expect(message.conversationID == "5123456789")
        #expect(message.conversationTitle == "Jordan Reece")
        #expect(message.inReplyTo == "101")
        #expect(message.flags == nil && message.media == nil)
        #expect(message.location.path == "result.json")
        #expect(message.location.jsonPath == "$.messages[1]")
        let bytes = try FormatFixture.bytes(at: message.location, in: "telegram-chat")
        #expect(bytes == imported.bytes)
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("{\n   \"id\": 102,"))
    }

    @Test("text written as an array of strings and entities is joined, and a linked word's address kept")
    func entityArrays() throws {
        let message = try #require(
            try FormatFixture.records(TelegramImporter(), "telegram-chat").first { $0.record.platformID == "103" }
        ).record
        #expect(message.text == "I know you were at Café Lykke tonight. Look.")
        #expect(message.media == [MediaRef(url: "https://example.com/maya-photos", mediaType: "link")])
        #expect(message.flags == ["edited", "edited-at:2026-11-20T21:20:41+01:00"])
        // A one-chat export does not say whose it is, so Jordan's messages name no recipient.
        #expect(message.recipients == nil)
    }

    @Test("forwards, photos, voice messages, files not exported, calls and reactions are each recorded")
    func edgeCases() throws {
        let records = try FormatFixture.records(TelegramImporter(), "telegram-chat").map(\.record)
        let byID = Dictionary(records.filter { $0.kind != .reaction }.map { ($0.platformID!, $0) }) { first, _ in first
        }
        #expect(byID["104"]?.flags == ["forwarded", "forwarded-from:Sam Okafor"])
        #expect(byID["105"]?.media == [MediaRef(path: "photos/photo_1@20-11-2026_21-25-10.jpg", mediaType: "photo")])
        #expect(
            byID["107"]?.media == [
                MediaRef(path: "voice_messages/audio_1@20-11-2026_23-02-44.ogg", mediaType: "voice_message")
            ]
        )
        #expect(byID["107"]?.text == nil)
        #expect(byID["109"]?.media == [MediaRef(mediaType: "photo")])
        #expect(byID["109"]?.flags == ["media-not-exported"])
        let call = try #require(byID["106"])
        #expect(call.kind == .system)
        #expect(call.text == "phone_call: missed")
        #expect(call.flags == ["missed-call"])
        #expect(call.author?.displayName == "Jordan Reece")
        let reaction = try #require(records.first { $0.kind == .reaction })
        #expect(reaction.reaction == "🤬")
        #expect(reaction.inReplyTo == "108")
        #expect(reaction.author?.id == "user5123456789")
        #expect(reaction.createdAt?.rfc3339 == "2026-11-20T23:05:31+01:00")
    }

    @Test("group chats name their members, and a chat without a name does not take the previous chat's")
    func accountChats() throws {
        let records = try FormatFixture.records(TelegramImporter(), "telegram-account").map(\.record)
        let created = try #require(records.first { $0.kind == .system })
        #expect(created.text == "create_group: Jordan & friends: Jordan Reece, Sam Okafor, Maya Lindqvist")
        #expect(created.flags == ["private-group"])
        let nameless = try #require(records.first { $0.platformID == "4001" })
        #expect(nameless.conversationTitle == nil)
        #expect(nameless.conversationID == "7788990011")
        #expect(nameless.author == AccountRef(id: "user7788990011"))
        #expect(
            nameless.recipients == [
                AccountRef(
                    id: "user1122334455",
                    handle: "maya_lindqvist",
                    displayName: "Maya Lindqvist",
                    url: "https://t.me/maya_lindqvist"
                )
            ]
        )
        let photo = try #require(records.first { $0.platformID == "2002" })
        #expect(
            photo.media == [MediaRef(path: "chats/chat_001/photos/photo_2@21-11-2026_08-02-11.jpg", mediaType: "photo")]
        )
        #expect(photo.location.jsonPath == "$.chats.list[0].messages[1]")
    }

    @Test("linked photos and voice messages are planned as media, the HTML page as an original")
    func plan() throws {
        let source = try ExportSources.open(Fixture.url("telegram-chat"))
        let plan = Dictionary(uniqueKeysWithValues: try TelegramImporter().plan(source).map { ($0.file.path, $0.role) })
        #expect(plan["result.json"] == .records)
        #expect(plan["photos/photo_1@20-11-2026_21-25-10.jpg"] == .media)
        #expect(plan["voice_messages/audio_1@20-11-2026_23-02-44.ogg"] == .media)
        #expect(plan["messages.html"] == .original)
    }

    @Test("a result.json cut short gives an error naming the file; another program's result.json is not claimed")
    func hostile() throws {
        let full = try Data(contentsOf: Fixture.url("telegram-chat").appendingPathComponent("result.json"))
        let home = try FormatFixture.folder(["result.json": Array(full.prefix(900))])
        let source = try ExportSources.open(home.url)
        #expect(TelegramImporter().recognizes(source))
        let error = #expect(throws: ImportError.self) {
            try TelegramImporter().parse(source.file(at: "result.json")!, from: source) { _ in }
        }
        #expect(error?.code == .malformed)
        #expect(error?.file == "result.json")
        let other = try FormatFixture.folder(["result.json": Array(#"{"accuracy": 0.93, "loss": 0.2}"#.utf8)])
        #expect(!TelegramImporter().recognizes(try ExportSources.open(other.url)))
    }

    @Test("without date_unixtime the wall-clock time is kept as UTC; with both, the offset is their difference")
    func times() {
        #expect(
            TelegramTime.parse(local: "2026-07-01T10:00:00", unix: "1782892800")?.rfc3339 == "2026-07-01T10:00:00+02:00"
        )
        #expect(TelegramTime.parse(local: "2026-07-01T10:00:00", unix: nil)?.rfc3339 == "2026-07-01T10:00:00Z")
        #expect(TelegramTime.parse(local: "2026-07-01T10:00:07", unix: "1782892800")?.rfc3339 == "2026-07-01T08:00:00Z")
    }
}

@Suite("TelegramImporter: small numbers")
struct TelegramSmallNumberTests {
    @Test("message 1 replying to message 0 keeps both ids, though Foundation reads 0 and 1 as booleans")
    func firstMessage() throws {
        let json =
            #"{"name": "J", "type": "personal_chat", "id": 1, "messages": [{"id": 1, "type": "message", "reply_to_message_id": 0, "date": "2026-01-01T00:00:00", "from": "J", "from_id": "user1", "text": "first"}]}"#
        let home = try FormatFixture.folder(["result.json": Array(json.utf8)])
        let records = try FormatFixture.records(TelegramImporter(), at: home.url).map(\.record)
        #expect(records.map(\.platformID) == ["1"])
        #expect(records[0].inReplyTo == "0" && records[0].conversationID == "1")
    }
}
