import Foundation
import SafeholdCore
import SafeholdTestSupport
import Testing

@testable import SafeholdImport

@Suite("RedditImporter")
struct RedditImporterTests {
    static let maya = AccountRef(handle: "maya_draws", url: "https://www.reddit.com/user/maya_draws")
    static let jordan = AccountRef(handle: "j_reece_88", url: "https://www.reddit.com/user/j_reece_88")

    @Test("recognizes its own export and no other fixture", arguments: FormatFixture.all)
    func detection(fixture: String) throws {
        let claims = try FormatFixture.claims(RedditImporter(), fixture)
        #expect(claims.ours == FormatFixture.fixtures(of: RedditImporter()).contains(fixture))
        if claims.ours { #expect(!claims.earlier) }
    }

    @Test("the export gives a post, comments, private and chat messages, a follow and a block")
    func counts() throws {
        let records = try FormatFixture.records(RedditImporter(), "reddit")
        #expect(FormatFixture.counts(records) == [.post: 1, .comment: 2, .message: 5, .relationship: 2])
        #expect(records.allSatisfy { $0.record.platform == Platform("reddit") })
    }

    @Test("a private message keeps its id, sender, recipient, text, UTC time, thread, link and exact bytes")
    func fullyCheckedMessage() throws {
        let records = try FormatFixture.records(RedditImporter(), "reddit")
        let imported = try #require(records.first { $0.record.platformID == "2c4r7x1" })
        let message = imported.record
        #expect(message.kind == .message)
        #expect(message.author == Self.jordan)
        #expect(message.recipients == [Self.maya])
        #expect(message.text == "Saw your post. Nice of you to tell everyone you're \"fine\".")
        #expect(message.createdAt?.rfc3339 == "2026-11-19T21:44:03Z")
        #expect(message.conversationID == nil)
        #expect(message.conversationTitle == "you")
        #expect(message.url == "https://www.reddit.com/message/messages/2c4r7x1")
        #expect(message.location.path == "messages.csv")
        #expect(message.location.line == 2)
        // The file starts with a byte-order mark and a CRLF header: the row begins after both.
        #expect(message.location.offset == 3 + 53)
        let bytes = try FormatFixture.bytes(at: message.location, in: "reddit")
        #expect(bytes == imported.bytes)
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("2c4r7x1,https://"))
        #expect(String(decoding: bytes, as: UTF8.self).hasSuffix(#""fine"".""#))
        let reply = try #require(records.first { $0.record.platformID == "2c4r8b2" }).record
        #expect(reply.conversationID == "2c4r7x1" && reply.author == Self.maya && reply.recipients == [Self.jordan])
    }

    @Test("posts and comments carry the owner from statistics.csv, their subreddit, parent and text")
    func postsAndComments() throws {
        let records = try FormatFixture.records(RedditImporter(), "reddit").map(\.record)
        let post = try #require(records.first { $0.kind == .post })
        #expect(post.author == Self.maya)
        #expect(post.text == "Heron study in ink\n\nSix hours, one pen.\nFeedback welcome!")
        #expect(post.conversationTitle == "r/Illustration")
        #expect(post.media == [MediaRef(url: "https://i.redd.it/k2m9heron.png", mediaType: "link")])
        let comment = try #require(records.first { $0.platformID == "m3k9x2a" })
        #expect(comment.text == "Thanks! The \"wet\" look is just diluted ink,\r\nlayered twice.")
        #expect(comment.inReplyTo == "t1_m3k8zz0")
        #expect(comment.conversationID == "https://www.reddit.com/r/Illustration/comments/1h7x2qa/heron_study_in_ink/")
        #expect(comment.location.line == 2)
        let next = try #require(records.first { $0.platformID == "m3kb001" })
        #expect(next.location.line == 4)
        #expect(next.inReplyTo == "t3_1h7x2qa")
    }

    @Test("chat lines name each sender and mark an edit when the update time differs")
    func chat() throws {
        let records = try FormatFixture.records(RedditImporter(), "reddit").map(\.record)
        let first = try #require(records.first { $0.platformID == "e8f1a2b3-0001" })
        #expect(first.author?.handle == "jordan_throwaway_1")
        #expect(first.text == "answer me")
        #expect(first.conversationID == "sendbird_group_channel_7f3a1")
        #expect(first.flags == ["direct", "edited", "edited-at:2026-11-20T07:16:30Z"])
        let second = try #require(records.first { $0.platformID == "e8f1a2b3-0002" })
        #expect(second.inReplyTo == "e8f1a2b3-0001" && second.flags == ["direct"])
    }

    @Test("friends are followed accounts and blocked users blocks")
    func relationships() throws {
        let records = try FormatFixture.records(RedditImporter(), "reddit").map(\.record).filter {
            $0.kind == .relationship
        }
        #expect(records.map(\.relationship) == [.blocked, .following])
        #expect(records[0].recipients == [Self.jordan] && records[0].createdAt?.rfc3339 == "2026-11-19T21:52:00Z")
        #expect(records[1].text == "school friend")
    }

    @Test("another site's messages.csv is not taken for Reddit's, and header-only files are sealed as they are")
    func lookAlikes() throws {
        let linkedIn = try FormatFixture.folder([
            "messages.csv": Array("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,CONTENT\n".utf8)
        ])
        #expect(!RedditImporter().recognizes(try ExportSources.open(linkedIn.url)))
        let plan = try RedditImporter().plan(try ExportSources.open(Fixture.url("reddit")))
        #expect(plan.first { $0.file.path == "post_headers.csv" }?.role == .original)
        #expect(plan.first { $0.file.path == "statistics.csv" }?.role == .original)
        #expect(RedditImporter.kind(of: "comments_2.csv") == .comments)
    }

    @Test("a comments file cut inside a quoted body gives an error naming the file")
    func truncated() throws {
        let home = try FormatFixture.folder([
            "comments.csv": Array(
                "id,permalink,date,ip,subreddit,gildings,link,parent,body,media\nx1,,2026-01-01 00:00:00 UTC,,s,0,,,\"cut sh"
                    .utf8
            )
        ])
        let source = try ExportSources.open(home.url)
        let error = #expect(throws: ImportError.self) {
            try RedditImporter().parse(source.file(at: "comments.csv")!, from: source) { _ in }
        }
        #expect(error?.code == .malformed && error?.file == "comments.csv")
        #expect(error?.message.contains("line 2") == true)
    }
}
