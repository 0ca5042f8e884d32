import Foundation
import SafeholdCore
import SafeholdTestSupport
import Testing

@testable import SafeholdImport

@Suite("TikTokImporter")
struct TikTokImporterTests {
    static let maya = AccountRef(handle: "maya.draws", displayName: "Maya L", url: "https://www.tiktok.com/@maya.draws")
    static let jordan = AccountRef(handle: "jordan.reece.88", url: "https://www.tiktok.com/@jordan.reece.88")

    @Test("recognizes its own export and no other fixture", arguments: FormatFixture.all)
    func detection(fixture: String) throws {
        let claims = try FormatFixture.claims(TikTokImporter(), fixture)
        #expect(claims.ours == FormatFixture.fixtures(of: TikTokImporter()).contains(fixture))
        if claims.ours { #expect(!claims.earlier) }
    }

    @Test("the export gives messages, comments, a post, the profile, followers, following and a block")
    func counts() throws {
        let records = try FormatFixture.records(TikTokImporter(), "tiktok")
        #expect(FormatFixture.counts(records) == [.message: 4, .comment: 2, .post: 1, .profile: 1, .relationship: 4])
        #expect(records.allSatisfy { $0.record.platform == Platform("tiktok") })
    }

    @Test("a direct message keeps its author, recipient, text, UTC time, conversation and exact bytes")
    func fullyCheckedMessage() throws {
        let records = try FormatFixture.records(TikTokImporter(), "tiktok")
        let imported = try #require(records.first { $0.record.text == "Do not contact me again." })
        let message = imported.record
        #expect(message.kind == .message)
        #expect(message.author == Self.maya)
        #expect(message.recipients == [Self.jordan])
        #expect(message.createdAt?.rfc3339 == "2026-11-18T23:12:40Z")
        #expect(message.conversationID == "jordan.reece.88")
        #expect(message.conversationTitle == "jordan.reece.88")
        #expect(message.platformID == nil)
        #expect(message.location.path == "user_data_tiktok.json")
        #expect(
            message.location.jsonPath
                == "$.Direct Message.Direct Messages.ChatHistory.Chat History with jordan.reece.88:[1]"
        )
        let bytes = try FormatFixture.bytes(at: message.location, in: "tiktok")
        #expect(bytes == imported.bytes)
        #expect(String(decoding: bytes, as: UTF8.self).contains(#""From": "maya.draws""#))
    }

    @Test("messages from the other person are sent to the owner, whose name comes later in the file")
    func ownerLearnedFirst() throws {
        let records = try FormatFixture.records(TikTokImporter(), "tiktok").map(\.record).filter { $0.kind == .message }
        let fromJordan = records.filter { $0.author?.handle == "jordan.reece.88" }
        #expect(fromJordan.count == 2)
        #expect(fromJordan.allSatisfy { $0.recipients == [Self.maya] })
        let sam = try #require(records.first { $0.conversationID == "sam.okafor" })
        #expect(sam.text == "I reported his video. Are you okay?")
    }

    @Test("comments, the post, the profile and the lists carry what TikTok gives, N/A dropped")
    func otherSections() throws {
        let records = try FormatFixture.records(TikTokImporter(), "tiktok").map(\.record)
        let comment = try #require(records.first { $0.kind == .comment })
        #expect(comment.text == "This is my drawing, please credit me.")
        #expect(comment.author == Self.maya && comment.media == nil && comment.url == nil)
        let post = try #require(records.first { $0.kind == .post })
        #expect(post.text == "Heron timelapse, 6 hours in 60 seconds")
        #expect(post.url == "https://www.tiktok.com/@maya.draws/video/7309000000000000042")
        let profile = try #require(records.first { $0.kind == .profile })
        #expect(profile.author == Self.maya && profile.text == "Illustrator 🎨 Stockholm")
        let lists = records.filter { $0.kind == .relationship }.map {
            "\($0.relationship!.rawValue) \($0.recipients![0].handle!)"
        }
        #expect(
            lists == [
                "blocked jordan.reece.88", "follower sam.okafor", "follower truth_about_maya", "following sam.okafor",
            ]
        )
        let blocked = try #require(records.first { $0.relationship == .blocked })
        #expect(blocked.createdAt?.rfc3339 == "2026-11-19T07:45:12Z")
    }

    @Test("conversations read whole and conversations too large to hold give the same records and locations")
    func wholeOrStreamed() throws {
        let source = try ExportSources.open(Fixture.url("tiktok"))
        var whole = [ImportedRecord]()
        var streamed = [ImportedRecord]()
        try TikTokImporter.read(source.files[0], from: source, wholeLimit: 8 << 20) { whole.append($0) }
        try TikTokImporter.read(source.files[0], from: source, wholeLimit: 0) { streamed.append($0) }
        #expect(whole.map(\.record) == streamed.map(\.record))
        #expect(whole.map(\.bytes) == streamed.map(\.bytes))
        let survey = try TikTokSurvey.read(source.files[0], from: source)
        #expect(survey.chats == ["Chat History with jordan.reece.88:", "Chat History with sam.okafor:"])
        #expect(survey.sizes["Chat History with sam.okafor:"] == 174)  // from after the colon to the closing bracket
        #expect(survey.currentLayout && survey.owner?.handle == "maya.draws")
    }

    @Test("the key collector finds conversation keys and ignores strings that are values or escaped")
    func keyCollector() {
        let json =
            #"{"a": "Chat History with fake:", "Chat History with x.y:": [], "b": "\"Chat History with z:\": 1", "Chat History with \u00e9:": 2}"#
        var collector = TikTokKeyCollector(prefix: Array(TikTokImporter.chatPrefix.utf8))
        for byte in Array(json.utf8) { [byte].withUnsafeBytes { collector.feed($0) } }
        #expect(collector.found == ["Chat History with x.y:", "Chat History with é:"])
    }

    @Test("the older section names are read too")
    func olderNames() throws {
        let json = #"""
            {"Activity": {"Follower List": {"FansList": [{"Date": "2021-03-04 05:06:07", "UserName": "old.fan"}]}},
             "Direct Messages": {"Chat History": {"ChatHistory": {"Chat History with old.friend:": [
               {"Date": "2021-03-04 05:06:08", "From": "old.friend", "Content": "hello"}]}}}}
            """#
        let home = try FormatFixture.folder(["user_data.json": Array(json.utf8)])
        let records = try FormatFixture.records(TikTokImporter(), at: home.url).map(\.record)
        #expect(records.map(\.kind) == [.relationship, .message])
        #expect(records[1].conversationID == "old.friend" && records[1].recipients == nil)
    }

    @Test("a data file cut short gives an error naming it")
    func truncated() throws {
        let full = try Data(contentsOf: Fixture.url("tiktok").appendingPathComponent("user_data_tiktok.json"))
        let home = try FormatFixture.folder(["user_data_tiktok.json": Array(full.prefix(1200))])
        let source = try ExportSources.open(home.url)
        let error = #expect(throws: ImportError.self) {
            try TikTokImporter().parse(source.files[0], from: source) { _ in }
        }
        #expect(error?.code == .malformed && error?.file == "user_data_tiktok.json")
    }
}
