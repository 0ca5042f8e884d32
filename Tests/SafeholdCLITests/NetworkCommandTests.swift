import Foundation
import SafeholdCore
import SafeholdTestSupport
import SafeholdVault
import Testing

/// `safehold accounts`, `audit` and `impersonation` as a person or a script uses them.
@Suite("safehold accounts, audit and impersonation")
struct NetworkCommandTests {
    let binary: URL
    let test: TestVault
    let passphraseFile: String

    init() throws {
        binary = try #require(Executables.url(named: "safehold"), "build the package first: swift build")
        test = try TestVault()
        passphraseFile = try test.passphraseFile()
    }

    func inVault(_ arguments: [String], input: String? = nil) throws -> Executables.Output {
        try Executables.run(
            binary,
            arguments + ["--vault", test.directory.path, "--passphrase-file", passphraseFile],
            input: input
        )
    }

    func json(_ output: Executables.Output) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    }

    /// Followers as the Mastodon importer would seal them: the person is `sam@home.example`.
    func sealFollowers(_ handles: [String]) throws {
        let items = handles.map { handle in
            var record = NormalizedRecord(
                kind: .relationship,
                platform: Platform("mastodon")!,
                location: RecordLocation(path: "followers.csv")
            )
            record.relationship = .follower
            record.author = AccountRef(handle: "sam@home.example")
            record.recipients = [AccountRef(handle: handle)]
            let source = ItemSource(kind: .export, fileName: "export.zip", importer: "test", importerVersion: "1")
            return NewItem(
                content: .bytes(Array("follower \(handle)".utf8)),
                mediaType: .plainText,
                source: source,
                details: ItemDetails(),
                record: record
            )
        }
        _ = try test.vault.seal(items)
    }

    @Test("own and suspected accounts are added, listed and removed; a hostile name is shown escaped")
    func accounts() throws {
        let added = try inVault([
            "accounts", "add", "--mine", "--platform", "mastodon", "--handle", "@sam@home.example", "--name",
            "Sam Rivera",
            "--json",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let object = try #require(try json(added) as? [String: Any])
        let id = try #require(object["id"] as? String)
        let hostile = try inVault([
            "accounts", "add", "--platform", "x", "--handle", "sam\u{202E}gpj", "--name", "Sam\u{1B}[2J",
        ])
        #expect(hostile.status == 0, "\(hostile.stderr)")
        let listed = try inVault(["accounts", "list"])
        #expect(listed.stdout.contains("@sam@home.example"))
        #expect(listed.stdout.contains("suspect"))
        #expect(!listed.stdout.contains("\u{1B}") && !listed.stdout.contains("\u{202E}"))
        #expect(try inVault(["accounts", "remove", id]).status == 0)
        #expect(!(try inVault(["accounts", "list", "--json"]).stdout.contains("home.example")))
        let missing = try inVault(["accounts", "remove", "a-nothere"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no account with the id"))
        let notImage = test.home.path("picture.png")
        try Data("not a picture".utf8).write(to: notImage)
        let refused = try inVault([
            "accounts", "add", "--mine", "--platform", "x", "--handle", "me", "--avatar", notImage.path,
        ])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("PNG or JPEG"))
    }

    @Test("the audit suggests, explains, and exports the chosen accounts; a formula handle is neutralised")
    func auditAndExport() throws {
        try sealFollowers(["ex_jordan@other.example", "friend@home.example", "=HYPERLINK(\"http://x.example\")"])
        _ = try inVault([
            "people", "add", "--role", "abuser", "--platform", "mastodon", "--handle", "ex_jordan@other.example",
        ])
        let table = try inVault(["audit", "--all"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("block"))
        #expect(table.stdout.contains("suggestions only"))
        let review = try inVault(["audit", "--json"])
        let accounts = try #require(try json(review) as? [[String: Any]])
        #expect(accounts.count == 3)
        let ids = accounts.compactMap { $0["id"] as? String }
        #expect(accounts.first?["suggestion"] as? String == "block")
        let csv = test.home.path("chosen.csv")
        let exported = try inVault([
            "audit", "export", "--accounts", ids.joined(separator: ","), "--format", "csv", "--out", csv.path,
        ])
        #expect(exported.status == 0, "\(exported.stderr)")
        let text = try String(contentsOf: csv, encoding: .utf8)
        #expect(text.contains("'=HYPERLINK"))
        #expect(!text.contains(",=HYPERLINK") && !text.contains("\"=HYPERLINK"))
        let blocks = test.home.path("blocked_accounts.csv")
        let mastodon = try inVault([
            "audit", "export", "--accounts", ids.joined(separator: ","), "--format", "mastodon-blocks", "--out",
            blocks.path,
            "--json",
        ])
        #expect(mastodon.status == 0, "\(mastodon.stderr)")
        let written = try String(contentsOf: blocks, encoding: .utf8)
        #expect(written.contains("ex_jordan@other.example\r\n") && written.contains("friend@home.example\r\n"))
        #expect(!written.contains("HYPERLINK"))
        let summary = try #require(try json(mastodon) as? [String: Any])
        #expect((summary["skipped"] as? [String])?.count == 1)
        let unknown = try inVault([
            "audit", "export", "--accounts", "n-000000000000", "--format", "csv", "--out", csv.path,
        ])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no account with the id"))
        let badFormat = try inVault(["audit", "export", "--accounts", ids[0], "--format", "xlsx", "--out", csv.path])
        #expect(badFormat.status != 0)
    }

    @Test("a list of the abuser's followings marks those accounts in the audit")
    func importList() throws {
        try sealFollowers(["watcher@home.example", "friend@home.example"])
        let list = test.home.path("following_accounts.csv")
        try Data("Account address,Show boosts\nwatcher@home.example,true\n".utf8).write(to: list)
        let imported = try inVault(["accounts", "import-list", "--platform", "mastodon", list.path, "--json"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("\"added\" : 1"))
        let accounts = try #require(try json(try inVault(["audit", "--json"])) as? [[String: Any]])
        let watcher = try #require(accounts.first { ($0["handle"] as? String)?.hasPrefix("watcher") == true })
        #expect(watcher["suggestion"] as? String == "remove")
        let empty = test.home.path("empty.txt")
        try Data().write(to: empty)
        #expect(try inVault(["accounts", "import-list", "--platform", "mastodon", empty.path]).status == 1)
    }

    @Test("impersonation with no subcommand lists look-alikes of the person's own accounts")
    func impersonation() throws {
        try sealFollowers(["sam_rivera_official@evil.example", "marguerite@home.example"])
        let before = try inVault(["impersonation"])
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout.contains("accounts add --mine"))
        _ = try inVault(["accounts", "add", "--mine", "--platform", "mastodon", "--handle", "sam_rivera@home.example"])
        let listed = try inVault(["impersonation"])
        #expect(listed.stdout.contains("sam_rivera_official"))
        #expect(!listed.stdout.contains("marguerite"))
        let scored = try #require(try json(try inVault(["impersonation", "review", "--json"])) as? [[String: Any]])
        #expect(scored.count == 1)
        #expect(scored.first?["level"] as? String == "likely")
        let still = try Executables.run(
            binary,
            ["impersonation", "score"],
            input: #"{"id":1,"mine":{"platform":"x","handle":"a_b"},"candidate":{"platform":"x","handle":"a_b_"}}"#
                + "\n"
        )
        #expect(still.stdout.contains(#""id":1"#))
    }
}
