import Foundation
import SafeholdCore
import SafeholdTestSupport
import Testing

@testable import SafeholdImport

/// The Facebook and Instagram fixtures, and exports built from them in temporary folders.
enum MetaFixture {
    static func url(_ name: String) -> URL { Fixture.url(name) }

    static func records(_ importer: any Importer, from source: any ExportSource) throws -> [ImportedRecord] {
        try Fixture.records(importer, from: source)
    }

    static func records(_ importer: any Importer, fixture: String) throws -> [ImportedRecord] {
        try records(importer, from: try ExportSources.open(url(fixture)))
    }

    static func counts(_ records: [ImportedRecord]) -> [RecordKind: Int] { Fixture.counts(records) }

    static func relationships(_ records: [ImportedRecord]) -> [RelationshipKind: Int] {
        records.compactMap(\.record.relationship).reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    /// A new empty folder; each test removes its own when it ends.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("safehold-meta-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Copies fixture files to new places under `folder`, as `(from, to)` paths.
    static func copy(_ fixture: String, _ moves: [(String, String)], into folder: URL) throws {
        for (from, to) in moves {
            let target = folder.appendingPathComponent(to)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try FileManager.default.copyItem(at: url(fixture).appendingPathComponent(from), to: target)
        }
    }

    static func write(_ text: String, to path: String, in folder: URL) throws {
        let target = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(),
            withIntermediateDirectories: true
        )
        try Data(text.utf8).write(to: target)
    }

    /// The names of the importers among Facebook, Instagram and X that claim a source.
    static func claimants(_ source: any ExportSource) -> [String] {
        let importers: [any Importer] = [FacebookImporter(), InstagramImporter(), XArchiveImporter()]
        return importers.filter { $0.recognizes(source) }.map(\.name)
    }
}

@Suite("FacebookImporter")
struct FacebookImporterTests {
    static let jordanThread = "your_facebook_activity/messages/inbox/jordanreece_10158234567890123"

    @Test("the fixture export yields each kind of record")
    func countsPerKind() throws {
        let records = try MetaFixture.records(FacebookImporter(), fixture: "facebook")
        #expect(MetaFixture.counts(records) == [.message: 14, .reaction: 3, .post: 3, .comment: 2, .relationship: 12])
        #expect(records.allSatisfy { $0.record.platform == Platform("facebook") })
    }

    @Test("the plan reads data files, seals photos sent in messages as media, and keeps the rest as originals")
    func plan() throws {
        let source = try ExportSources.open(MetaFixture.url("facebook"))
        let roles = Dictionary(
            uniqueKeysWithValues: try FacebookImporter().plan(source).map { ($0.file.path, $0.role) }
        )
        #expect(roles["\(Self.jordanThread)/message_2.json"] == .records)
        #expect(roles["connections/followers/who_you've_followed.json"] == .records)
        #expect(roles["\(Self.jordanThread)/photos/448812345678901_1029384756.png"] == .media)
        #expect(roles["security_and_login_information/logins_and_logouts.json"] == .original)
        #expect(roles["personal_information/profile_information/profile_information.json"] == .original)
        #expect(roles.values.filter { $0 == .records }.count == 15)
    }

    @Test("a message keeps its people, repaired text, time, conversation and exact bytes")
    func message() throws {
        let records = try MetaFixture.records(FacebookImporter(), fixture: "facebook")
        let imported = try #require(records.first { $0.record.text?.hasPrefix("Saw you at") == true })
        let message = imported.record
        #expect(message.kind == .message)
        #expect(message.platformID == nil)  // Meta's exports give messages no id
        #expect(message.author == AccountRef(displayName: "Jordan Reece"))
        #expect(message.recipients == [AccountRef(displayName: "Maya Lindqvist")])
        #expect(message.text == "Saw you at Café Ölandia with him. Don't pretend you weren't there 😡")
        #expect(message.createdAt?.rfc3339 == "2025-03-02T22:10:02Z")
        #expect(message.conversationID == "inbox/jordanreece_10158234567890123")
        #expect(message.conversationTitle == nil)  // the title comes after the messages in the file
        #expect(message.flags == nil)
        let location = message.location
        #expect(location.path == "\(Self.jordanThread)/message_1.json")
        #expect(location.jsonPath == "$.messages[4]")
        let file = try Data(contentsOf: MetaFixture.url("facebook").appendingPathComponent(location.path))
        let start = Int(try #require(location.offset))
        let end = start + Int(try #require(location.length))
        #expect(Array(file[start..<end]) == imported.bytes)
        #expect(String(decoding: imported.bytes, as: UTF8.self).contains(#""sender_name": "Jordan Reece""#))
    }

    @Test("a photo sent in a message links to the file in the export, which is sealed as media")
    func photo() throws {
        let source = try ExportSources.open(MetaFixture.url("facebook"))
        let records = try MetaFixture.records(FacebookImporter(), from: source).map(\.record)
        let message = try #require(records.first { $0.media?.first?.mediaType == "photo" })
        let path = try #require(message.media?.first?.path)
        #expect(path == "\(Self.jordanThread)/photos/448812345678901_1029384756.png")
        #expect(source.file(at: path) != nil)
        #expect(message.text == nil)
        let shared = try #require(records.first { $0.media?.first?.mediaType == "link" })
        #expect(shared.media?.first?.url == "https://www.facebook.com/groups/gbgceramics/posts/7812345678901234/")
    }

    @Test("unsent messages, group chats and message requests are flagged")
    func flags() throws {
        let records = try MetaFixture.records(FacebookImporter(), fixture: "facebook").map(\.record)
        let unsent = try #require(records.first { $0.flags?.contains("unsent") == true })
        #expect(unsent.author?.displayName == "Jordan Reece")
        #expect(unsent.text == nil)
        let group = records.filter { $0.kind == .message && $0.flags?.contains("group") == true }
        #expect(group.count == 4)
        let jordan = try #require(group.first { $0.author?.displayName == "Jordan Reece" })
        #expect(jordan.recipients?.map(\.displayName) == ["Maya Lindqvist", "Sofía Núñez", "Björn Åkesson"])
        #expect(jordan.conversationID == "inbox/thegangfika_5678901234567890")
        let request = try #require(records.first { $0.flags == ["message-request"] })
        #expect(request.text == "New account. You can't block all of them 🤷‍♂️")
        #expect(request.conversationID == "message_requests/jreece_8901234567890123")
    }

    @Test("reactions name who reacted, with what, to whose message, at the message's bytes")
    func reactions() throws {
        let records = try MetaFixture.records(FacebookImporter(), fixture: "facebook")
        let reactions = records.filter { $0.record.kind == .reaction }
        let summary = reactions.map {
            [$0.record.author?.displayName, $0.record.reaction, $0.record.recipients?.first?.displayName]
        }
        #expect(
            summary == [
                ["Jordan Reece", "👎", "Maya Lindqvist"], ["Maya Lindqvist", "❤", "Sofía Núñez"],
                ["Sofía Núñez", "😋", "Björn Åkesson"],
            ]
        )
        let thumbs = try #require(reactions.first)
        let message = try #require(
            records.first { $0.record.kind == .message && $0.record.location == thumbs.record.location }
        )
        #expect(thumbs.bytes == message.bytes)
    }

    @Test(
        "each list of people becomes relationships of its kind",
        arguments: [
            (RelationshipKind.friend, ["Sofía Núñez", "Björn Åkesson", "田中 愛子"]),
            (.removedFriend, ["Jordan Reece"]), (.friendRequestReceived, ["J Reece", "Jordan R."]),
            (.friendRequestSent, ["ليلى حداد"]), (.follower, ["Jordan Reece", "Sofía Núñez"]),
            (.following, ["Björn Åkesson", "Göteborgs Stadsbibliotek"]), (.blocked, ["Jordan Reece"]),
        ]
    )
    func relationships(kind: RelationshipKind, names: [String]) throws {
        let records = try MetaFixture.records(FacebookImporter(), fixture: "facebook").map(\.record)
        let matching = records.filter { $0.relationship == kind }
        #expect(matching.map { $0.recipients?.first?.displayName ?? "" }.sorted() == names.sorted())
        #expect(matching.allSatisfy { $0.author?.displayName == "Maya Lindqvist" && $0.createdAt != nil })
    }

    @Test("posts keep their text, time, author and links; a post on the owner's timeline is flagged")
    func posts() throws {
        let records = try MetaFixture.records(FacebookImporter(), fixture: "facebook").map(\.record)
        let posts = records.filter { $0.kind == .post }
        let status = try #require(posts.first { $0.text == "New year, new start. Grateful for my friends 💛" })
        #expect(status.author?.handle == "maya.lindqvist")
        #expect(status.createdAt?.rfc3339 == "2025-01-20T10:12:00Z")
        let link = try #require(posts.first { $0.media != nil })
        #expect(link.media == [MediaRef(url: "https://www.example.org/leaving-safely", mediaType: "link")])
        let timeline = try #require(posts.first { $0.flags == ["posted-to-your-timeline"] })
        #expect(timeline.text?.hasPrefix("Happy birthday to the girl who threw away five years.") == true)
        #expect(timeline.author == nil)
        #expect(timeline.recipients?.first?.displayName == "Maya Lindqvist")
    }

    @Test("comments keep their repaired text, author and time")
    func comments() throws {
        let records = try MetaFixture.records(FacebookImporter(), fixture: "facebook").map(\.record)
        let comments = records.filter { $0.kind == .comment }
        #expect(comments.map(\.text) == ["Congratulations Björn! 🎉", "Please don't tag me in your posts."])
        #expect(comments.allSatisfy { $0.author?.displayName == "Maya Lindqvist" })
        #expect(comments.first?.createdAt?.rfc3339 == "2025-02-03T12:20:00Z")
    }
}

@Suite("FacebookImporter layouts and damaged files")
struct FacebookLayoutTests {
    static let thread = "your_facebook_activity/messages/inbox/jordanreece_10158234567890123"

    @Test("the older layout, with its older file names and keys, is read like the newer one")
    func olderLayout() throws {
        let folder = try MetaFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try MetaFixture.copy(
            "facebook",
            [
                ("\(Self.thread)/message_1.json", "messages/inbox/jordanreece_abc123/message_1.json"),
                (
                    "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
                    "posts/your_posts_1.json"
                ),
                ("connections/friends/removed_friends.json", "friends_and_followers/removed_friends.json"),
                ("connections/followers/who_you've_followed.json", "friends_and_followers/who_you_follow.json"),
            ],
            into: folder
        )
        try MetaFixture.write(
            #"{"profile": {"name": {"full_name": "Maya Lindqvist"}}}"#,
            to: "profile_information/profile_information.json",
            in: folder
        )
        try MetaFixture.write(
            #"{"friends": [{"name": "Sof\u00c3\u00ada N\u00c3\u00ba\u00c3\u00b1ez", "timestamp": 1459594800}]}"#,
            to: "friends/friends.json",
            in: folder
        )
        try MetaFixture.write(
            #"""
            {"comments": [{"timestamp": 1257938047, "data": [{"comment": {"timestamp": 1257938047,
              "comment": "hej \u00f0\u009f\u0091\u008b", "author": "Maya Lindqvist"}}]}]}
            """#,
            to: "comments/comments.json",
            in: folder
        )
        let source = try ExportSources.open(folder)
        #expect(MetaFixture.claimants(source) == ["facebook-dyi"])
        let records = try MetaFixture.records(FacebookImporter(), from: source)
        #expect(MetaFixture.counts(records) == [.message: 6, .reaction: 1, .post: 2, .comment: 1, .relationship: 4])
        #expect(MetaFixture.relationships(records) == [.friend: 1, .removedFriend: 1, .following: 2])
        #expect(records.contains { $0.record.recipients?.first?.displayName == "Sofía Núñez" })
        #expect(records.contains { $0.record.text == "hej 👋" })
        // Links inside the copied thread still name the newer folder; they are resolved as written.
        #expect(records.contains { $0.record.media?.first?.path?.hasPrefix("your_facebook_activity/") == true })
    }

    @Test(
        "links in a file lead to the export's own files, whatever the layout, and never out of the export",
        arguments: [
            ("messages/inbox/a_1/photos/1.jpg", "messages/inbox/a_1/message_1.json", "messages/inbox/a_1/photos/1.jpg"),
            (
                "messages/inbox/a_1/photos/1.jpg", "fb-2025/messages/inbox/a_1/message_1.json",
                "fb-2025/messages/inbox/a_1/photos/1.jpg"
            ),
            (
                "your_facebook_activity/posts/media/2.jpg", "x/your_facebook_activity/posts/p.json",
                "x/your_facebook_activity/posts/media/2.jpg"
            ),
            ("media/posts/3.jpg", "ig/your_instagram_activity/content/posts_1.json", "ig/media/posts/3.jpg"),
            ("../../etc/passwd", "messages/inbox/a_1/message_1.json", nil), ("/etc/passwd", "posts/p.json", nil),
        ]
    )
    func links(uri: String, from path: String, expected: String?) {
        #expect(MetaExport.resolve(uri, from: path).path == expected)
    }

    @Test("an export one folder down, as many ZIPs unpack, is recognized and its links lead into that folder")
    func nestedFolder() throws {
        let folder = try MetaFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: MetaFixture.url("facebook"),
            to: folder.appendingPathComponent("facebook-maya.lindqvist-2025-03-07")
        )
        let source = try ExportSources.open(folder)
        #expect(MetaFixture.claimants(source) == ["facebook-dyi"])
        let records = try MetaFixture.records(FacebookImporter(), from: source)
        #expect(MetaFixture.counts(records) == [.message: 14, .reaction: 3, .post: 3, .comment: 2, .relationship: 12])
        let paths = records.compactMap { $0.record.media?.first?.path }
        let photo = try #require(paths.first)
        #expect(source.file(at: photo) != nil)
        let roles = try FacebookImporter().plan(source)
        #expect(roles.first { $0.file.path == photo }?.role == .media)
    }

    @Test(
        "the export is read the same from its ZIP",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/zip"))
    )
    func zip() throws {
        let folder = try MetaFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("facebook-maya.zip")
        let zip = Process()
        zip.executableURL = URL(fileURLWithPath: "/usr/bin/zip")
        zip.currentDirectoryURL = MetaFixture.url("facebook")
        zip.arguments = ["-q", "-r", archive.path, "."]
        try zip.run()
        zip.waitUntilExit()
        let source = try ExportSources.open(archive)
        #expect(MetaFixture.claimants(source) == ["facebook-dyi"])
        let records = try MetaFixture.records(FacebookImporter(), from: source)
        #expect(MetaFixture.counts(records) == [.message: 14, .reaction: 3, .post: 3, .comment: 2, .relationship: 12])
    }

    @Test("a thread file cut short is refused as malformed, naming the file, after the messages before the cut")
    func truncated() throws {
        let folder = try MetaFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try Data(
            contentsOf: MetaFixture.url("facebook").appendingPathComponent("\(Self.thread)/message_1.json")
        )
        let path = "messages/inbox/jordanreece_abc123/message_1.json"
        try MetaFixture.write(String(decoding: whole.prefix(whole.count / 2), as: UTF8.self), to: path, in: folder)
        let source = try ExportSources.open(folder)
        var read = 0
        let error = try #require(throws: ImportError.self) {
            try FacebookImporter().parse(try #require(source.file(at: path)), from: source) { _ in read += 1 }
        }
        #expect(error.code == .malformed)
        #expect(error.file == path)
        #expect(error.message.contains("stops part-way"))
        #expect(read > 0)
    }

    @Test("a thread file nested 200 levels deep is refused with a clear error instead of crashing")
    func deeplyNested() throws {
        let folder = try MetaFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = "messages/inbox/jordanreece_abc123/message_1.json"
        let nested = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        try MetaFixture.write(#"{"participants": [], "messages": [\#(nested)]}"#, to: path, in: folder)
        let source = try ExportSources.open(folder)
        let error = try #require(throws: ImportError.self) {
            try FacebookImporter().parse(try #require(source.file(at: path)), from: source) { _ in }
        }
        #expect(error.code == .malformed)
        #expect(error.file == path)
        #expect(error.message.contains("nested far more deeply"))
    }
}
