import Foundation
import SafeholdCore
import SafeholdTestSupport
import SafeholdVault
import Testing

@testable import Safehold

@Suite("NetworkAccounts")
struct NetworkAccountsTests {
    static let picture = TinyPNG.make(width: 32, height: 32) { x, y in UInt8((x * 7 + y * 3) % 256) }

    @Test("an account with a picture is sealed, the picture as its own item, and survives reopening")
    func addWithAvatar() throws {
        let test = try TestVault()
        let file = test.home.path("me.png")
        try Self.picture.write(to: file)
        let stored = try NetworkAccounts(vault: test.vault).add(
            NetworkAccount(role: .mine, platform: Platform("instagram")!, handle: "@sam.rivera", name: " Sam Rivera "),
            avatar: file
        )
        #expect(stored.account.handle == "sam.rivera")
        #expect(stored.account.name == "Sam Rivera")
        #expect(stored.account.avatarHash?.count == 16)
        let item = try test.vault.item(try #require(stored.account.avatarItem))
        #expect(item.mediaType.rawValue == "image/png")
        let listed = try NetworkAccounts(vault: try test.reopen()).list()
        #expect(listed == [stored])
    }

    @Test("removing an account takes it off the list; an unknown id is a plain error")
    func remove() throws {
        let test = try TestVault()
        let accounts = NetworkAccounts(vault: test.vault)
        let stored = try accounts.add(NetworkAccount(role: .suspect, platform: Platform("x")!, handle: "fake"))
        try accounts.remove(id: stored.id)
        #expect(try accounts.list().isEmpty)
        #expect(throws: SafeholdError.self) { try accounts.remove(id: stored.id) }
    }

    @Test(
        "empty, overlong and unreadable input is refused with a plain sentence",
        arguments: [
            NetworkAccount(role: .mine, platform: Platform("x")!, handle: "  "),
            NetworkAccount(role: .mine, platform: Platform("x")!, handle: String(repeating: "a", count: 201)),
            NetworkAccount(
                role: .mine,
                platform: Platform("x")!,
                handle: "ok",
                name: String(repeating: "n", count: 5_000)
            ),
            NetworkAccount(
                role: .mine,
                platform: Platform("x")!,
                handle: "ok",
                bio: String(repeating: "b", count: 1_000_000)
            ),
        ]
    )
    func refused(account: NetworkAccount) throws {
        let test = try TestVault()
        let error = #expect(throws: SafeholdError.self) { try NetworkAccounts(vault: test.vault).add(account) }
        #expect(error?.code == .invalidInput)
        #expect(try NetworkAccounts(vault: test.vault).list().isEmpty)
    }

    @Test("a list of the abuser's followers is read one handle a line or from a CSV's first column, once each")
    func linkedList() throws {
        let list = """
            Account address,Show boosts,Notify on new posts
            ana@social.example,true,false
            "@Bo_B",true
            # a comment
            bo_b

            \(String(repeating: "x", count: 1_000_000))
            """
        #expect(NetworkAccounts.handles(inList: list) == ["ana@social.example", "Bo_B"])
        let test = try TestVault()
        try NetworkFixtures.seal(NetworkFixtures.relationship(.follower, "bo_b"), in: test.vault)
        let ids = try NetworkAccounts(vault: test.vault).addLinked(list: list, platform: Platform("instagram")!)
        #expect(ids.count == 2)
        #expect(try NetworkAccounts(vault: test.vault).list().allSatisfy { $0.account.role == .linked })
        let audit = try NetworkReview(vault: test.vault).audit()
        #expect(audit.first?.reasons.map(\.code) == ["connectedToAbuserOrAlly", "neverInteracted"])
        #expect(throws: SafeholdError.self) {
            try NetworkAccounts(vault: test.vault).addLinked(list: "\n# nothing\n", platform: Platform("x")!)
        }
    }

    @Test("a picture that is not an image is refused and nothing is sealed")
    func badAvatar() throws {
        let test = try TestVault()
        let file = test.home.path("fake.png")
        try Data("<svg onload=alert(1)>".utf8).write(to: file)
        let accounts = NetworkAccounts(vault: test.vault)
        #expect(throws: SafeholdError.self) {
            try accounts.add(NetworkAccount(role: .mine, platform: Platform("x")!, handle: "me"), avatar: file)
        }
        #expect(try test.vault.items().isEmpty)
        #expect(try accounts.list().isEmpty)
    }
}

@Suite("NetworkExport")
struct NetworkExportTests {
    static func account(_ handle: String, platform: String = "mastodon") -> AuditedAccount {
        AuditedAccount(
            id: "n-\(handle.utf8.count)",
            platform: platform,
            handle: handle,
            shownHandle: handle,
            accountID: nil,
            hiddenCharacters: false,
            connections: ["follower"],
            suggestion: .block,
            reasons: [NetworkReason(code: "listedAsAbuser", sentence: "=cmd|' /C calc'!A0", points: 4)],
            points: 4
        )
    }

    @Test("a handle that is a formula is neutralised in every CSV cell")
    func formulaHandle() throws {
        let hostile = Self.account("=HYPERLINK(\"http://evil.example\",\"click\")", platform: "x")
        let file = NetworkExport.write([hostile], format: .csv)
        let text = String(decoding: try #require(file.files.first), as: UTF8.self)
        let row = try #require(text.split(separator: "\r\n").dropFirst().first)
        #expect(row.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""))
        #expect(row.contains("'=cmd"))
        for cell in row.split(separator: ",") {
            let value = cell.hasPrefix("\"") ? cell.dropFirst() : cell
            #expect(!["=", "+", "-", "@"].contains(value.first.map(String.init) ?? ""), "cell \(cell) could run")
        }
    }

    @Test("Mastodon block lists hold only plain Mastodon addresses; others are listed as left out")
    func mastodon() throws {
        let accounts = [
            Self.account("ana@social.example"), Self.account("bo"), Self.account("=cmd@evil"),
            Self.account("ig_person", platform: "instagram"),
        ]
        let file = NetworkExport.write(accounts, format: .mastodonBlocks, defaultDomain: "home.example")
        #expect(file.files.map { String(decoding: $0, as: UTF8.self) } == ["ana@social.example\r\nbo@home.example\r\n"])
        #expect(file.skipped == ["ig_person", "=cmd@evil"])
        let mutes = NetworkExport.write(accounts, format: .mastodonMutes, defaultDomain: nil)
        #expect(
            String(decoding: try #require(mutes.files.first), as: UTF8.self).hasPrefix(
                "Account address,Hide notifications"
            )
        )
    }

    @Test("choosing accounts keeps the given order, drops repeats and refuses an unknown id")
    func select() throws {
        let audit = [Self.account("a"), Self.account("bbb")]
        #expect(try NetworkExport.select(["n-3", "n-1", "n-3"], from: audit).map(\.handle) == ["bbb", "a"])
        #expect(throws: SafeholdError.self) { try NetworkExport.select(["n-9"], from: audit) }
        #expect(throws: SafeholdError.self) { try NetworkExport.select([], from: audit) }
    }

    @Test("JSON export decodes back to the same accounts")
    func json() throws {
        let audit = [Self.account("a"), Self.account("\u{202E}b")]
        let data = try #require(NetworkExport.write(audit, format: .json).files.first)
        #expect(try JSONDecoder().decode([AuditedAccount].self, from: data) == audit)
    }
}
