import Foundation
import SafeholdCore
import SafeholdTestSupport
@testable import SafeholdImport
import Testing

@Suite("XArchiveImporter")
struct XArchiveImporterTests {
    @Test("the fixture archive is recognized as an X archive, and each kind of record is read")
    func countsPerKind() throws {
        let (importer, records) = try Fixture.records("x-archive")
        #expect(importer.name == "x-archive")
        var counts = [RecordKind: Int]()
        for record in records { counts[record.record.kind, default: 0] += 1 }
        #expect(counts == [.post: 3, .reply: 1, .message: 4, .reaction: 2, .system: 2, .relationship: 7, .profile: 2])
    }

    @Test("a direct message keeps its ids, people, time, conversation, link, media and exact bytes")
    func directMessage() throws {
        let (_, records) = try Fixture.records("x-archive")
        let imported = try #require(records.first { $0.record.platformID == "7000000000000000001" })
        let message = imported.record
        #expect(message.kind == .message)
        #expect(message.platform == Platform("x"))
        #expect(message.author == AccountRef(id: "2002", url: "https://x.com/i/user/2002"))
        #expect(message.recipients?.first?.handle == "maya_lindqvist")
        #expect(message.text == "Answer me. Now.")
        #expect(message.createdAt?.rfc3339 == "2026-10-10T21:55:00Z")
        #expect(message.conversationID == "1001-2002")
        #expect(message.url == "https://x.com/messages/1001-2002?message=7000000000000000001")
        #expect(message.media?.first?.url == "https://ton.x.com/dm/7000000000000000001/1/photo.png")
        let location = message.location
        #expect(location.path == "data/direct-messages.js")
        #expect(location.jsonPath == "$[0].dmConversation.messages[2]")
        let file = try Data(contentsOf: Fixture.url("x-archive").appendingPathComponent("data/direct-messages.js"))
        let start = Int(location.offset!)
        #expect(Array(file[start..<start + Int(location.length!)]) == imported.bytes)
    }

    @Test("tweets keep their time zone, replies their target, deleted tweets their flag, and text its emoji")
    func tweets() throws {
        let records = try Fixture.records("x-archive").1.map(\.record)
        let reply = try #require(records.first { $0.kind == .reply })
        #expect(reply.inReplyTo == "1849999999999999999")
        #expect(reply.recipients?.first?.handle == "j_reece88")
        #expect(reply.createdAt?.rfc3339 == "2026-10-09T21:14:05Z")
        #expect(reply.url == "https://x.com/maya_lindqvist/status/1850000000000000002")
        let deleted = try #require(records.first { $0.flags?.contains("deleted") == true })
        #expect(deleted.platformID == "1850000000000000004")
        #expect(records.contains { $0.text?.contains("友達 — thank you ❤️") == true })
    }

    @Test("followers, following, blocks and mutes become relationships")
    func relationships() throws {
        let records = try Fixture.records("x-archive").1.map(\.record).filter { $0.kind == .relationship }
        var kinds = [RelationshipKind: [String]]()
        for record in records { kinds[record.relationship!, default: []].append(record.recipients?.first?.id ?? "") }
        #expect(kinds == [.follower: ["2002", "3003", "4004"], .following: ["4004", "5005"], .blocked: ["2002"], .muted: ["3003"]])
    }

    @Test("group conversation events are kept as system records with the conversation's name")
    func groupEvents() throws {
        let records = try Fixture.records("x-archive").1.map(\.record)
        let rename = try #require(records.first { $0.kind == .system && $0.text?.hasPrefix("conversationNameUpdate") == true })
        #expect(rename.conversationTitle == "the truth about maya")
        let group = try #require(records.first { $0.flags == ["group"] })
        #expect(group.author?.id == "3003")
    }

    @Test("media folders are planned as media and data files as records")
    func plan() throws {
        let source = try ExportSources.open(Fixture.url("x-archive"))
        let plan = try XArchiveImporter().plan(source)
        let media = plan.filter { $0.role == .media }.map(\.file.path)
        #expect(media == ["data/direct_messages_media/7000000000000000001-photo.png", "data/tweets_media/1850000000000000001-Fx1.png"])
        #expect(plan.first { $0.file.path == "data/tweets.js" }?.role == .records)
        #expect(plan.first { $0.file.path == "data/README.txt" }?.role == .original)
    }

    @Test("the older schema (unwrapped tweets in tweet.js, singular direct-message.js) is read too")
    func olderSchema() throws {
        let home = try TemporaryDirectory()
        let data = home.path("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data(#"window.YTD.account.part0 = [ { "account" : { "username" : "maya_lindqvist", "accountId" : "1001" } } ]"#.utf8)
            .write(to: data.appendingPathComponent("account.js"))
        try Data(
            #"window.YTD.tweet.part0 = [ { "id_str" : "11", "full_text" : "old style", "created_at" : "Mon Jan 07 10:00:00 +0100 2019" } ]"#
                .utf8
        ).write(to: data.appendingPathComponent("tweet.js"))
        let source = try ExportSources.open(home.url)
        let importer = Importers.detect(source)
        #expect(importer.name == "x-archive")
        var records = [NormalizedRecord]()
        try importer.parse(source.file(at: "data/tweet.js")!, from: source) { records.append($0.record) }
        #expect(records.count == 1)
        #expect(records[0].text == "old style")
        #expect(records[0].createdAt?.rfc3339 == "2019-01-07T10:00:00+01:00")
    }

    @Test("a truncated data file, or another file renamed to look like one, gives an error naming the file")
    func brokenFiles() throws {
        let home = try TemporaryDirectory()
        let data = home.path("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data(#"window.YTD.account.part0 = [ { "account" : { "accountId" : "1001" } } ]"#.utf8).write(to: data.appendingPathComponent("account.js"))
        try Data(#"window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "1", "full_text" : "cut sh"#.utf8).write(to: data.appendingPathComponent("tweets.js"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: data.appendingPathComponent("like.js"))
        let source = try ExportSources.open(home.url)
        for name in ["data/tweets.js", "data/like.js"] {
            let error = #expect(throws: ImportError.self) { try XArchiveImporter().parse(source.file(at: name)!, from: source) { _ in } }
            #expect(error?.code == .malformed)
            #expect(error?.file == name)
        }
    }
}


@Suite("XArchiveImporter: invalid UTF-8")
struct XArchiveInvalidUTF8Tests {
    @Test("a tweet with bytes that are not UTF-8 is still read, the bad bytes shown as U+FFFD and kept as they were")
    func invalidUTF8() throws {
        let home = try TemporaryDirectory()
        let data = home.path("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data(#"window.YTD.account.part0 = [ { "account" : { "accountId" : "1001" } } ]"#.utf8).write(to: data.appendingPathComponent("account.js"))
        let tweet = Array(#"window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "1", "full_text" : "bad "#.utf8) + [0xFF, 0xC0]
            + Array(#" bytes" } } ]"#.utf8)
        try Data(tweet).write(to: data.appendingPathComponent("tweets.js"))
        let source = try ExportSources.open(home.url)
        var records = [ImportedRecord]()
        try XArchiveImporter().parse(source.file(at: "data/tweets.js")!, from: source) { records.append($0) }
        #expect(records.count == 1)
        #expect(records[0].record.text == "bad \u{FFFD}\u{FFFD} bytes")
        #expect(records[0].bytes.contains(0xFF))
    }
}

@Suite("JSONValue")
struct JSONValueTests {
    @Test("the numbers 0 and 1 read as strings, while true and false do not", arguments: [("0", "0"), ("1", "1"), ("42", "42"), ("\"7\"", "7")])
    func numbersAsStrings(json: String, expected: String) throws {
        let capture = JSONCapture(pattern: 0, bytes: Array(json.utf8), offset: 0, path: "$")
        #expect(try JSONValue.parse(capture, file: "f").string == expected)
    }

    @Test("booleans are not strings")
    func booleans() throws {
        for json in ["true", "false"] {
            let capture = JSONCapture(pattern: 0, bytes: Array(json.utf8), offset: 0, path: "$")
            #expect(try JSONValue.parse(capture, file: "f").string == nil)
        }
    }
}
