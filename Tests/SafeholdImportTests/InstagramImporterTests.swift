import Foundation
import SafeholdCore
import SafeholdTestSupport
import Testing

@testable import SafeholdImport

@Suite("InstagramImporter")
struct InstagramImporterTests {
    static let jordanThread = "your_instagram_activity/messages/inbox/jreece88_17845012345678901"

    @Test("the fixture export yields each kind of record")
    func countsPerKind() throws {
        let records = try MetaFixture.records(InstagramImporter(), fixture: "instagram")
        #expect(MetaFixture.counts(records) == [.message: 8, .reaction: 2, .comment: 3, .relationship: 11])
        #expect(records.allSatisfy { $0.record.platform == Platform("instagram") })
    }

    @Test("the plan reads data files, seals photos sent in messages as media, and keeps the rest as originals")
    func plan() throws {
        let source = try ExportSources.open(MetaFixture.url("instagram"))
        let roles = Dictionary(
            uniqueKeysWithValues: try InstagramImporter().plan(source).map { ($0.file.path, $0.role) }
        )
        #expect(roles["\(Self.jordanThread)/photos/17912345678901234.png"] == .media)
        #expect(roles["connections/followers_and_following/followers_1.json"] == .records)
        #expect(roles["connections/followers_and_following/removed_suggestions.json"] == .original)
        #expect(roles["your_instagram_activity/likes/liked_posts.json"] == .original)
        #expect(roles.values.filter { $0 == .records }.count == 12)
    }

    @Test("a direct message keeps its people, repaired text, time, conversation, media and exact bytes")
    func message() throws {
        let records = try MetaFixture.records(InstagramImporter(), fixture: "instagram")
        let imported = try #require(records.first { $0.record.text?.hasPrefix("Stop sending me") == true })
        let message = imported.record
        #expect(message.kind == .message)
        #expect(message.author == AccountRef(displayName: "Maya Lindqvist"))
        #expect(message.recipients == [AccountRef(displayName: "Jordan Reece")])
        #expect(message.createdAt?.rfc3339 == "2025-03-03T20:41:37Z")
        #expect(message.conversationID == "inbox/jreece88_17845012345678901")
        #expect(message.location.path == "\(Self.jordanThread)/message_1.json")
        #expect(message.location.jsonPath == "$.messages[2]")
        let file = try Data(contentsOf: MetaFixture.url("instagram").appendingPathComponent(message.location.path))
        let start = Int(try #require(message.location.offset))
        #expect(Array(file[start..<start + Int(try #require(message.location.length))]) == imported.bytes)

        let photo = try #require(records.first { $0.record.media?.first?.mediaType == "photo" }?.record)
        #expect(photo.media?.first?.path == "\(Self.jordanThread)/photos/17912345678901234.png")
        let share = try #require(records.first { $0.record.media?.first?.mediaType == "link" }?.record)
        #expect(share.media?.first?.url == "https://www.instagram.com/p/C4xAbCdEfGh/")
    }

    @Test("a reaction keeps who reacted, the emoji, its own time and the message's author")
    func reactions() throws {
        let records = try MetaFixture.records(InstagramImporter(), fixture: "instagram").map(\.record)
        let reactions = records.filter { $0.kind == .reaction }
        let laugh = try #require(reactions.first { $0.reaction == "😂" })
        #expect(laugh.author?.displayName == "Jordan Reece")
        #expect(laugh.reaction == "😂")
        #expect(laugh.recipients?.first?.displayName == "Maya Lindqvist")
        #expect(laugh.createdAt?.rfc3339 == "2025-03-03T20:42:01Z")
        #expect(reactions.compactMap(\.reaction).sorted() == ["❤️", "😂"])
    }

    @Test("a group chat in Japanese and Arabic keeps every script and is flagged as a group")
    func groupChat() throws {
        let records = try MetaFixture.records(InstagramImporter(), fixture: "instagram").map(\.record)
        let group = records.filter { $0.kind == .message && $0.flags == ["group"] }
        #expect(group.map(\.text) == ["See you Thursday 👋🏾", "مرحبا! أراكم يوم الخميس", "来週のクラス、楽しみ！🎨"])
        #expect(group.last?.author?.displayName == "田中 愛子")
        #expect(group.last?.recipients?.map(\.displayName) == ["Maya Lindqvist", "ليلى حداد"])
        let request = try #require(records.first { $0.flags == ["message-request"] })
        #expect(request.text == "Blocking me won't work. I made another one 🤷🏻‍♂️")
    }

    @Test("comments on posts and reels name the post's owner and keep their text and time")
    func comments() throws {
        let records = try MetaFixture.records(InstagramImporter(), fixture: "instagram").map(\.record)
        let comments = records.filter { $0.kind == .comment }
        #expect(comments.map(\.text) == ["Beautiful glaze! 😍", "Please stop commenting on my posts.", "Ha, so true 😅"])
        #expect(comments.map { $0.recipients?.first?.handle } == ["aiko.makes", "maya.lindqvist", "layla.h"])
        #expect(comments.allSatisfy { $0.author?.handle == "maya.lindqvist" })
        #expect(comments.first?.createdAt?.rfc3339 == "2025-02-20T08:15:00Z")
    }

    @Test(
        "each list of accounts becomes relationships of its kind, with handles and links",
        arguments: [
            (RelationshipKind.follower, ["aiko.makes", "j.reece_88", "layla.h"]),
            (.following, ["aiko.makes", "layla.h"]), (.blocked, ["j.reece_88"]), (.restricted, ["jordanr.backup"]),
            (.closeFriend, ["aiko.makes", "layla.h"]), (.removedFriend, ["j.reece_88"]),
            (.friendRequestReceived, ["jordanr.backup"]),
        ]
    )
    func relationships(kind: RelationshipKind, handles: [String]) throws {
        let records = try MetaFixture.records(InstagramImporter(), fixture: "instagram").map(\.record)
        let matching = records.filter { $0.relationship == kind }
        #expect(matching.compactMap { $0.recipients?.first?.handle }.sorted() == handles)
        for record in matching {
            let handle = try #require(record.recipients?.first?.handle)
            #expect(record.recipients?.first?.url?.hasSuffix("/\(handle)") == true)
            #expect(record.createdAt != nil)
            #expect(record.author?.handle == "maya.lindqvist")
        }
    }

    @Test("the older layout, with `followers_and_following/` at the root and older file names, is read")
    func olderLayout() throws {
        let folder = try MetaFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entry = #"""
            {"title": "", "media_list_data": [], "string_list_data": [
              {"href": "https://www.instagram.com/j.reece_88", "value": "j.reece_88", "timestamp": 1741035000}]}
            """#
        try MetaFixture.write(
            #"{"relationships_followers": [\#(entry)]}"#,
            to: "followers_and_following/followers.json",
            in: folder
        )
        try MetaFixture.write(
            #"{"relationships_blocked_users": [\#(entry)]}"#,
            to: "followers_and_following/blocked_accounts.json",
            in: folder
        )
        try MetaFixture.write(
            #"{"relationships_restricted_users": [\#(entry)]}"#,
            to: "followers_and_following/restricted_accounts.json",
            in: folder
        )
        try MetaFixture.write(
            #"""
            {"comments_media_comments": [{"title": "j.reece_88", "string_list_data": [
              {"href": "", "value": "Leave me alone \u00f0\u009f\u0099\u008f", "timestamp": 1741035100}]}]}
            """#,
            to: "comments/post_comments.json",
            in: folder
        )
        try MetaFixture.copy(
            "instagram",
            [("\(Self.jordanThread)/message_1.json", "messages/inbox/jreece88_17845012345678901/message_1.json")],
            into: folder
        )
        let source = try ExportSources.open(folder)
        #expect(MetaFixture.claimants(source) == ["instagram-dyi"])
        let records = try MetaFixture.records(InstagramImporter(), from: source)
        #expect(MetaFixture.counts(records) == [.message: 4, .reaction: 1, .comment: 1, .relationship: 3])
        #expect(MetaFixture.relationships(records) == [.follower: 1, .blocked: 1, .restricted: 1])
        let comment = try #require(records.first { $0.record.kind == .comment }?.record)
        #expect(comment.text == "Leave me alone 🙏")
        #expect(comment.recipients?.first?.handle == "j.reece_88")
    }

    @Test("a damaged list file is refused as malformed, naming the file")
    func damaged() throws {
        let folder = try MetaFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = "connections/followers_and_following/following.json"
        try MetaFixture.write(
            #"{"relationships_following": [{"title": "j.reece_88", "string_list_data": [{"href": "#,
            to: path,
            in: folder
        )
        let source = try ExportSources.open(folder)
        let error = try #require(throws: ImportError.self) {
            try InstagramImporter().parse(try #require(source.file(at: path)), from: source) { _ in }
        }
        #expect(error.code == .malformed)
        #expect(error.file == path)
    }
}

@Suite("Meta export detection")
struct MetaExportDetectionTests {
    @Test(
        "each fixture export is claimed by its own importer and by no other",
        arguments: [("facebook", "facebook-dyi"), ("instagram", "instagram-dyi"), ("x-archive", "x-archive")]
    )
    func fixtures(fixture: String, importer: String) throws {
        #expect(MetaFixture.claimants(try ExportSources.open(MetaFixture.url(fixture))) == [importer])
    }

    @Test("a generated X archive, with no Meta folders, is claimed by neither Meta importer")
    func generatedXArchive() throws {
        let folder = try MetaFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExportGenerator.xArchive(messages: 20, to: folder)
        #expect(MetaFixture.claimants(try ExportSources.open(folder)) == ["x-archive"])
    }

    @Test("a folder of screenshots that happens to have a `friends` folder is not taken for an export")
    func screenshots() throws {
        let folder = try MetaFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try MetaFixture.write("not really a PNG", to: "friends/screenshot-1.png", in: folder)
        try MetaFixture.write("notes", to: "messages/inbox/notes.txt", in: folder)
        #expect(MetaFixture.claimants(try ExportSources.open(folder)).isEmpty)
    }

    @Test("the generated benchmark export of Messenger threads is read as Facebook")
    func generatedFacebookExport() throws {
        let folder = try MetaFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExportGenerator.facebookExport(messages: 30, to: folder)
        let source = try ExportSources.open(folder)
        #expect(MetaFixture.claimants(source) == ["facebook-dyi"])
        let records = try MetaFixture.records(FacebookImporter(), from: source)
        #expect(MetaFixture.counts(records) == [.message: 30])
        #expect(records.allSatisfy { $0.record.text?.hasSuffix(" café") == true })
    }
}
