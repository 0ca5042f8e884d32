import Foundation
import SafeholdCore
import SafeholdTestSupport
import Testing

@testable import SafeholdImport

@Suite("MastodonImporter")
struct MastodonImporterTests {
    static let maya = AccountRef(
        id: "https://fedi.example/users/mayalind",
        handle: "mayalind@fedi.example",
        displayName: "Maya Lindqvist",
        url: "https://fedi.example/@mayalind"
    )

    @Test("recognizes its own exports and no other fixture", arguments: FormatFixture.all)
    func detection(fixture: String) throws {
        let claims = try FormatFixture.claims(MastodonImporter(), fixture)
        #expect(claims.ours == FormatFixture.fixtures(of: MastodonImporter()).contains(fixture))
        if claims.ours { #expect(!claims.earlier) }
    }

    @Test("the archive and the CSV lists give posts, a reply, a direct message, reactions, a profile and relationships")
    func counts() throws {
        let records = try FormatFixture.records(MastodonImporter(), "mastodon")
        #expect(
            FormatFixture.counts(records) == [
                .post: 2, .reply: 1, .message: 1, .reaction: 4, .profile: 1, .relationship: 7,
            ]
        )
        #expect(records.allSatisfy { $0.record.platform == Platform("mastodon") })
    }

    @Test("a reply keeps its ids, author, recipient, text, time, conversation, target and exact bytes")
    func fullyCheckedReply() throws {
        let records = try FormatFixture.records(MastodonImporter(), "mastodon")
        let imported = try #require(records.first { $0.record.kind == .reply })
        let reply = imported.record
        #expect(reply.platformID == "https://fedi.example/users/mayalind/statuses/113510442981230017")
        #expect(reply.url == "https://fedi.example/@mayalind/113510442981230017")
        #expect(reply.author == Self.maya)
        #expect(
            reply.recipients == [AccountRef(handle: "jreece@toot.example", url: "https://toot.example/users/jreece")]
        )
        #expect(reply.text == "@jreece Please stop posting about me. I have asked you three times.")
        #expect(reply.createdAt?.rfc3339 == "2026-11-20T20:41:12Z")
        #expect(reply.createdAt?.offsetSeconds == 0)
        #expect(reply.conversationID == "tag:toot.example,2026-11-20:objectId=884213:objectType=Conversation")
        #expect(reply.inReplyTo == "https://toot.example/users/jreece/statuses/113510301772650044")
        #expect(reply.flags == ["public"])
        #expect(reply.location.path == "outbox.json")
        #expect(reply.location.jsonPath == "$.orderedItems[1]")
        let bytes = try FormatFixture.bytes(at: reply.location, in: "mastodon")
        #expect(bytes == imported.bytes)
        #expect(
            String(decoding: bytes, as: UTF8.self).hasPrefix(
                #"{"id":"https://fedi.example/users/mayalind/statuses/113510442981230017/activity","type":"Create""#
            )
        )
    }

    @Test("HTML content becomes text: a <script> and its contents vanish, entities are decoded, paragraphs kept")
    func htmlContent() throws {
        let records = try FormatFixture.records(MastodonImporter(), "mastodon").map(\.record)
        let direct = try #require(records.first { $0.kind == .message })
        #expect(direct.text == "@samokafor he posted my street name again. Could you report it too? <3")
        #expect(direct.text?.contains("script") == false && direct.text?.contains("cookie") == false)
        #expect(direct.flags == ["direct"])
        #expect(
            direct.recipients == [
                AccountRef(handle: "samokafor@social.example", url: "https://social.example/users/samokafor")
            ]
        )
        let post = try #require(records.first { $0.platformID?.hasSuffix("113502118204771903") == true })
        #expect(post.text == "New illustration series coming next week!\n\nThanks for all the kind words & support 💛")
        #expect(
            post.media == [
                MediaRef(
                    path: "media_attachments/files/113/502/118/204/771/903/original/3f9a1c2b7d.png",
                    mediaType: "image/png"
                )
            ]
        )
    }

    @Test(
        "the stripper drops hostile markup and keeps what a reader sees",
        arguments: [
            ("<p>a</p><p>b</p>", "a\n\nb"), ("x<br>y<br/>z", "x\ny\nz"), ("<SCRIPT type=x>bad()</script >ok", "ok"),
            ("<style>p{}</style><p>t</p>", "t"), ("a &amp;&lt;b&gt; &#39;q&#x27; &#128165;", "a &<b> 'q' 💥"),
            ("<!-- hidden -->shown", "shown"), ("1 < 2 & 3 > 2", "1 < 2 & 3 > 2"), ("<script>never closed", ""),
            ("&#0; &#xD800; &bogus;", "\u{FFFD} \u{FFFD} &bogus;"), ("<a href=\"x>y\">link</a>", "link"),
        ]
    )
    func stripper(html: String, text: String) {
        #expect(MastodonHTML.text(html) == text)
    }

    @Test("boosts, likes and bookmarks are reactions naming the post and, from its address, its author")
    func reactions() throws {
        let records = try FormatFixture.records(MastodonImporter(), "mastodon").map(\.record).filter {
            $0.kind == .reaction
        }
        #expect(records.compactMap(\.reaction).sorted() == ["bookmark", "boost", "like", "like"])
        let boost = try #require(records.first { $0.reaction == "boost" })
        #expect(boost.inReplyTo == "https://social.example/users/samokafor/statuses/113510598812004561")
        #expect(
            boost.recipients == [
                AccountRef(handle: "samokafor@social.example", url: "https://social.example/users/samokafor")
            ]
        )
        #expect(boost.createdAt?.rfc3339 == "2026-11-20T21:21:36Z")
        let bookmark = try #require(records.first { $0.reaction == "bookmark" })
        #expect(bookmark.recipients?.first?.handle == "jreece@toot.example")
        #expect(bookmark.author == Self.maya)
    }

    @Test("a followers-only post with a content warning and an edit carries all three")
    func warningAndEdit() throws {
        let records = try FormatFixture.records(MastodonImporter(), "mastodon").map(\.record)
        let post = try #require(records.first { $0.platformID?.hasSuffix("113516002233445566") == true })
        #expect(post.kind == .post)
        #expect(
            post.text == "personal, harassment\n\nTaking a break from here for a while. Friends know how to reach me."
        )
        #expect(
            post.flags == [
                "followers-only", "content-warning", "sensitive", "edited", "edited-at:2026-11-21T19:10:03Z",
            ]
        )
    }

    @Test("the actor becomes a profile with the bio, the profile fields and the avatar")
    func profile() throws {
        let profile = try #require(
            try FormatFixture.records(MastodonImporter(), "mastodon").first { $0.record.kind == .profile }
        ).record
        #expect(profile.author == Self.maya)
        #expect(profile.text == "Illustrator. Herons, harbours & hand lettering.\nPortfolio: https://maya.example")
        #expect(profile.media == [MediaRef(path: "avatar.png", mediaType: "avatar")])
        #expect(profile.createdAt?.rfc3339 == "2023-02-14T00:00:00Z")
    }

    @Test("the CSV lists become relationships to user@instance handles, headers skipped")
    func lists() throws {
        let records = try FormatFixture.records(MastodonImporter(), "mastodon").map(\.record).filter {
            $0.kind == .relationship
        }
        let summary = records.map {
            "\($0.relationship!.rawValue) \($0.recipients![0].handle ?? $0.recipients![0].displayName!)"
        }
        #expect(
            summary == [
                "blocked jreece@toot.example", "blocked jordan_r_backup@toot.example", "blocked harass.example",
                "following samokafor@social.example", "following linnea@art.example",
                "following heronwatch@birds.example",
                "muted truthaboutmaya@toot.example",
            ]
        )
        let blocked = records[0]
        #expect(blocked.recipients == [AccountRef(handle: "jreece@toot.example", url: "https://toot.example/@jreece")])
        #expect(blocked.location.line == 1 && blocked.location.offset == 0)
        #expect(blocked.author == Self.maya)
        #expect(records[2].flags == ["domain"])
        #expect(records[6].flags == ["hide-notifications"])
        let heron = records[5]
        #expect(heron.location.line == 4)
        #expect(
            try FormatFixture.bytes(at: heron.location, in: "mastodon")
                == Array(#"heronwatch@birds.example,false,false,"en,sv""#.utf8)
        )
    }

    @Test("a CSV list on its own is recognized and read without an archive")
    func loneList() throws {
        let home = try FormatFixture.folder([
            "muted_accounts.csv": Array("Account address,Hide notifications\nx@y.example,false\n".utf8)
        ])
        let source = try ExportSources.open(home.url.appendingPathComponent("muted_accounts.csv"))
        #expect(MastodonImporter().recognizes(source))
        var records = [NormalizedRecord]()
        try MastodonImporter().parse(source.files[0], from: source) { records.append($0.record) }
        #expect(records.map(\.relationship) == [.muted])
        #expect(records[0].author == nil)
    }

    @Test("posts' photos and the avatar are planned as media")
    func plan() throws {
        let source = try ExportSources.open(Fixture.url("mastodon"))
        let plan = Dictionary(uniqueKeysWithValues: try MastodonImporter().plan(source).map { ($0.file.path, $0.role) })
        #expect(plan["outbox.json"] == .records && plan["blocked_domains.csv"] == .records)
        #expect(plan["avatar.png"] == .media)
        #expect(plan["media_attachments/files/113/502/118/204/771/903/original/3f9a1c2b7d.png"] == .media)
    }

    @Test("a truncated outbox or list gives an error naming the file")
    func truncated() throws {
        let outbox = try Data(contentsOf: Fixture.url("mastodon").appendingPathComponent("outbox.json"))
        let actor = try Data(contentsOf: Fixture.url("mastodon").appendingPathComponent("actor.json"))
        let home = try FormatFixture.folder([
            "outbox.json": Array(outbox.prefix(1500)), "actor.json": Array(actor),
            "following_accounts.csv": Array("Account address,Show boosts\n\"a@b.example,true\n".utf8),
        ])
        let source = try ExportSources.open(home.url)
        for name in ["outbox.json", "following_accounts.csv"] {
            let error = #expect(throws: ImportError.self) {
                try MastodonImporter().parse(source.file(at: name)!, from: source) { _ in }
            }
            #expect(error?.code == .malformed)
            #expect(error?.file == name)
        }
    }
}
