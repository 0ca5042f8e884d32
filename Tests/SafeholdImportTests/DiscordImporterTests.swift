import Foundation
import SafeholdCore
import SafeholdTestSupport
import Testing

@testable import SafeholdImport

@Suite("DiscordImporter")
struct DiscordImporterTests {
    static let maya = AccountRef(id: "900000000000000001", handle: "maya.lindqvist", displayName: "Maya")

    @Test("recognizes its own package and no other fixture", arguments: FormatFixture.all)
    func detection(fixture: String) throws {
        let claims = try FormatFixture.claims(DiscordImporter(), fixture)
        #expect(claims.ours == FormatFixture.fixtures(of: DiscordImporter()).contains(fixture))
        if claims.ours { #expect(!claims.earlier) }
    }

    @Test("the package gives the owner's own messages and their blocks, friends and friend requests")
    func counts() throws {
        let records = try FormatFixture.records(DiscordImporter(), "discord")
        #expect(FormatFixture.counts(records) == [.message: 5, .relationship: 3])
        let messages = records.map(\.record).filter { $0.kind == .message }
        #expect(messages.allSatisfy { $0.author == Self.maya && $0.flags?.first == "sent-by-package-owner" })
    }

    @Test("a direct message keeps its id, author, recipient, text, time, conversation, link, media and exact bytes")
    func fullyCheckedMessage() throws {
        let records = try FormatFixture.records(DiscordImporter(), "discord")
        let imported = try #require(records.first { $0.record.platformID == "1572743486112399361" })
        let message = imported.record
        #expect(message.kind == .message)
        #expect(message.platform == Platform("discord"))
        #expect(message.author == Self.maya)
        #expect(message.recipients == [AccountRef(id: "900000000000000002", handle: "jordan.reece")])
        #expect(message.text == "I am keeping every screenshot.")
        #expect(message.createdAt?.rfc3339 == "2026-11-18T22:41:07Z")
        #expect(message.conversationID == "1100000000000000001")
        #expect(message.conversationTitle == "Direct Message with jordan.reece")
        #expect(message.url == "https://discord.com/channels/@me/1100000000000000001/1572743486112399361")
        let attachment = "https://cdn.discordapp.com/attachments/1100000000000000001/1140000000000000077/screenshot.png"
        #expect(message.media == [MediaRef(url: attachment, mediaType: "attachment")])
        #expect(message.flags == ["sent-by-package-owner", "dm"])
        #expect(message.location.path == "messages/c1100000000000000001/messages.json")
        #expect(message.location.jsonPath == "$[0]")
        let bytes = try FormatFixture.bytes(at: message.location, in: "discord")
        #expect(bytes == imported.bytes)
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix(#"{"ID": 1572743486112399361, "Timestamp""#))
    }

    @Test("a server channel is titled with its server, and its link names the server")
    func serverChannel() throws {
        let message = try #require(
            try FormatFixture.records(DiscordImporter(), "discord").first {
                $0.record.conversationID == "1100000000000000002"
            }
        ).record
        #expect(message.conversationTitle == "Stockholm Sketchers #general")
        #expect(
            message.url == "https://discord.com/channels/1200000000000000001/1100000000000000002/1572887911308328961"
        )
        #expect(message.recipients == nil)
        #expect(message.text == "Morning all! Posting my heron sketch in #art later 🐦")
        #expect(message.flags == ["sent-by-package-owner", "guild-text"])
    }

    @Test("the older CSV layout is read: quoted commas, doubled quotes, line breaks, offsets in the zone written")
    func olderCSV() throws {
        let records = try FormatFixture.records(DiscordImporter(), "discord").filter {
            $0.record.conversationID == "1100000000000000003"
        }
        #expect(records.count == 2)
        let first = records[0].record
        #expect(first.text == "Fine, I'll say it: \"leave me alone\".\nThat is all.")
        #expect(first.createdAt?.rfc3339 == "2021-05-02T17:05:09.530Z")
        #expect(first.conversationTitle == "Old friends")
        #expect(first.recipients?.map(\.id) == ["900000000000000002", "900000000000000003"])
        #expect(first.flags == ["sent-by-package-owner", "group-dm"])
        #expect(first.location.line == 2)
        #expect(try FormatFixture.bytes(at: first.location, in: "discord") == records[0].bytes)
        #expect(records[1].record.location.line == 4)
        #expect(records[1].record.media?.first?.url?.hasSuffix("/cake.jpg") == true)
    }

    @Test("blocked accounts, friends and friend requests from user.json become relationships")
    func relationships() throws {
        let records = try FormatFixture.records(DiscordImporter(), "discord").map(\.record).filter {
            $0.kind == .relationship
        }
        #expect(records.map(\.relationship) == [.blocked, .friend, .friendRequestReceived])
        #expect(
            records[0].recipients == [
                AccountRef(id: "900000000000000002", handle: "jordan.reece", displayName: "Jordan")
            ]
        )
        #expect(
            records[1].recipients == [
                AccountRef(id: "900000000000000003", handle: "samokafor", displayName: "Sam (school)")
            ]
        )
        #expect(records[2].recipients?.first?.handle == "Reece_Alt#4471")
        #expect(records[0].author == Self.maya)
        #expect(records[0].location.jsonPath == "$.relationships[0]")
    }

    @Test("a snowflake id carries its own creation time")
    func snowflake() {
        #expect(DiscordSnowflake.time("1572743486112399361")?.rfc3339 == "2026-11-18T22:41:07.250Z")
        #expect(DiscordSnowflake.time("not a number") == nil)
    }

    @Test("channel files are read; the avatar is media; indexes and channel descriptions are originals")
    func plan() throws {
        let source = try ExportSources.open(Fixture.url("discord"))
        let plan = Dictionary(uniqueKeysWithValues: try DiscordImporter().plan(source).map { ($0.file.path, $0.role) })
        #expect(plan["messages/c1100000000000000001/messages.json"] == .records)
        #expect(plan["messages/1100000000000000003/messages.csv"] == .records)
        #expect(plan["account/user.json"] == .records)
        #expect(plan["account/avatar.png"] == .media)
        #expect(
            plan["messages/index.json"] == .original && plan["messages/c1100000000000000001/channel.json"] == .original
        )
    }

    @Test("newer packages with capitalized folders one level down are read the same way")
    func capitalizedFolders() throws {
        let home = try FormatFixture.folder([
            "package/Account/user.json": Array(
                #"{"id": "1", "username": "maya.lindqvist", "email": "m@example.com"}"#.utf8
            ),
            "package/Messages/c55/channel.json": Array(#"{"id": "55", "type": 1, "recipients": ["1", "2"]}"#.utf8),
            "package/Messages/c55/messages.json": Array(
                #"[{"ID": 7, "Timestamp": "2026-01-02 03:04:05", "Contents": "hi", "Attachments": ""}]"#.utf8
            ),
            "package/Messages/index.json": Array(#"{"55": "Direct Message with jordan.reece"}"#.utf8),
        ])
        let source = try ExportSources.open(home.url)
        #expect(DiscordImporter().recognizes(source))
        let records = try FormatFixture.records(DiscordImporter(), at: home.url)
        #expect(records.count == 1)
        #expect(records[0].record.author == AccountRef(id: "1", handle: "maya.lindqvist"))
        #expect(records[0].record.recipients == [AccountRef(id: "2", handle: "jordan.reece")])
    }

    @Test("a truncated messages file gives an error naming it; a 20 MB message in a CSV is refused plainly")
    func hostile() throws {
        let channel = Array(#"{"id": "9", "type": 1, "recipients": ["1", "2"]}"#.utf8)
        let huge =
            Array("ID,Timestamp,Contents,Attachments\n1,2021-01-01 00:00:00+00:00,\"".utf8)
            + [UInt8](repeating: 0x61, count: 20 << 20)
            + Array("\",\n".utf8)
        let home = try FormatFixture.folder([
            "messages/c9/channel.json": channel,
            "messages/c9/messages.json": Array(
                #"[{"ID": 7, "Timestamp": "2026-01-02 03:04:05", "Contents": "cut"#.utf8
            ),
            "messages/8/channel.json": channel, "messages/8/messages.csv": huge,
        ])
        let source = try ExportSources.open(home.url)
        let cut = #expect(throws: ImportError.self) {
            try DiscordImporter().parse(source.file(at: "messages/c9/messages.json")!, from: source) { _ in }
        }
        #expect(cut?.code == .malformed && cut?.file == "messages/c9/messages.json")
        let large = #expect(throws: ImportError.self) {
            try DiscordImporter().parse(source.file(at: "messages/8/messages.csv")!, from: source) { _ in }
        }
        #expect(large?.code == .tooLarge && large?.file == "messages/8/messages.csv")
        #expect(large?.message.contains("larger than Safehold reads (8 MB)") == true)
    }
}
