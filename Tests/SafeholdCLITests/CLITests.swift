import Foundation
import SafeholdCore
import SafeholdTestSupport
import SafeholdVault
import Testing
#if canImport(Glibc)
    import Glibc
#endif

/// The `safehold` command as a person or a script uses it: the real binary, real files, real exit codes.
@Suite("safehold command line")
struct CLITests {
    let binary: URL
    let test: TestVault
    let passphraseFile: String

    init() throws {
        binary = try #require(Executables.url(named: "safehold"), "build the package first: swift build")
        test = try TestVault()
        passphraseFile = try test.passphraseFile()
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Executables.Output {
        try Executables.run(binary, arguments, environment: environment)
    }

    func inVault(_ arguments: [String]) throws -> Executables.Output {
        try run(arguments + ["--vault", test.directory.path, "--passphrase-file", passphraseFile])
    }

    @Test("the help names every command, and warns that a passphrase file is less safe")
    func help() throws {
        let top = try run(["--help"])
        #expect(top.status == 0)
        for command in ["init", "add", "list", "show", "log", "check", "passphrase", "recover"] {
            #expect(top.stdout.contains("  \(command)"), "missing \(command)")
        }
        let add = try run(["add", "--help"])
        for option in [
            "--text", "--platform", "--url", "--author", "--posted-at", "--note", "--json", "--vault",
            "--passphrase-file",
        ] {
            #expect(add.stdout.contains(option), "missing \(option)")
        }
        let words = add.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("easier for someone else to find than one you type"))
    }

    @Test("add, list, show and log speak JSON for scripts")
    func jsonRoundTrip() throws {
        let added = try inVault([
            "add", "--text", "I know where you are tonight", "--platform", "x", "--author", "@ex", "--posted-at",
            "2026-11-20T21:14:00+01:00", "--json",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let result = try JSONDecoder().decode(AddedJSON.self, from: Data(added.stdout.utf8))
        #expect(result.new)
        #expect(result.item.details.platform == Platform("x"))
        #expect(result.item.details.postedAt?.rfc3339 == "2026-11-20T21:14:00+01:00")

        let list = try JSONDecoder().decode(
            [CaptureRecord].self,
            from: Data(try inVault(["list", "--json"]).stdout.utf8)
        )
        #expect(list == [result.item])
        let shown = try JSONDecoder().decode(
            CaptureRecord.self,
            from: Data(try inVault(["show", "\(result.item.id)", "--json"]).stdout.utf8)
        )
        #expect(shown == result.item)
        let log = try inVault(["log", "--json"])
        #expect(log.stdout.contains("\"checkpoints\""))
        #expect(log.stdout.contains("safehold.local/"))

        let again = try JSONDecoder().decode(
            AddedJSON.self,
            from: Data(
                try inVault([
                    "add", "--text", "I know where you are tonight", "--platform", "x", "--author", "@ex",
                    "--posted-at", "2026-11-20T21:14:00+01:00", "--json",
                ]).stdout.utf8
            )
        )
        #expect(!again.new)
        #expect(again.item.id == result.item.id)
    }

    @Test("show hides the words until asked, and saves the untouched original without overwriting")
    func showAndSave() throws {
        let file = test.home.path("screenshot.png")
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 7, count: 100)
        try Data(png).write(to: file)
        #expect(try inVault(["add", file.path]).status == 0)
        #expect(try inVault(["add", "--text", "a cruel message"]).status == 0)
        let plain = try inVault(["show", "2"])
        #expect(!plain.stdout.contains("a cruel message"))
        #expect(try inVault(["show", "2", "--reveal"]).stdout.contains("a cruel message"))
        let record = try inVault(["show", "1"])
        #expect(record.stdout.contains("image/png"))
        let out = test.home.path("copy.png")
        #expect(try inVault(["show", "1", "--save-original", out.path]).status == 0)
        #expect(try Data(contentsOf: out) == Data(png))
        let refused = try inVault(["show", "1", "--save-original", out.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("never overwrites"))
    }

    @Test("a hostile file name cannot write escape codes or reverse text on the terminal")
    func hostileFileName() throws {
        let name = "photo\u{1B}[2J\u{202E}gnp.exe"
        let file = test.home.path(name)
        try Data("not really a photo".utf8).write(to: file)
        #expect(try inVault(["add", file.path]).status == 0)
        let list = try inVault(["list"])
        #expect(!list.stdout.contains("\u{1B}"))
        #expect(!list.stdout.contains("\u{202E}"))
        #expect(list.stdout.contains("\\u{1B}"))
    }

    @Test("check exits 0 when intact and 1 naming the damage")
    func checkExitStatus() throws {
        #expect(try inVault(["add", "--text", "evidence"]).status == 0)
        let healthy = try inVault(["check"])
        #expect(healthy.status == 0)
        #expect(healthy.stdout.contains("intact"))
        try Data("planted".utf8).write(to: test.directory.appendingPathComponent("extra.txt"))
        let damaged = try inVault(["check"])
        #expect(damaged.status == 1)
        #expect(damaged.stdout.contains("extra.txt"))
        let json = try inVault(["check", "--json"])
        #expect(json.status == 1)
        #expect(json.stdout.contains("unexpected-file"))
    }

    @Test("a wrong passphrase, a missing vault and bad input each get a calm message and status 1")
    func errors() throws {
        let wrong = test.home.path("wrong.txt")
        try Data("this is not the passphrase\n".utf8).write(to: wrong)
        let refused = try run(["list", "--vault", test.directory.path, "--passphrase-file", wrong.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("did not open"))
        let missing = try run(["list", "--vault", test.home.path("nowhere").path, "--passphrase-file", passphraseFile])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("safehold init"))
        let badURL = try inVault(["add", "--text", "x", "--url", "javascript:alert(1)"])
        #expect(badURL.status == 1)
        #expect(badURL.stderr.contains("https://"))
        let badTime = try inVault(["add", "--text", "x", "--posted-at", "last tuesday"])
        #expect(badTime.status != 0)
        let json = try run(["list", "--json", "--vault", test.directory.path, "--passphrase-file", wrong.path])
        #expect(json.stdout.contains("\"wrong-passphrase\""))
        #expect(try test.vault.items().isEmpty)
    }

    @Test("the vault and passphrase file can come from the environment")
    func environment() throws {
        let result = try run(
            ["add", "--text", "from the environment"],
            environment: ["SAFEHOLD_VAULT": test.directory.path, "SAFEHOLD_PASSPHRASE_FILE": passphraseFile]
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try test.reopen().items().count == 1)
    }

    @Test("passphrase changes the passphrase; recover sets one with the recovery code")
    func passphraseAndRecover() throws {
        let newFile = test.home.path("new.txt")
        try Data("orchid tram velvet harbour lantern\n".utf8).write(to: newFile)
        let changed = try inVault(["passphrase", "--new-passphrase-file", newFile.path])
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(try inVault(["list"]).status == 1)
        let codeFile = test.home.path("code.txt")
        try Data(test.recoveryCode.grouped.utf8).write(to: codeFile)
        let recovered = try run([
            "recover", "--vault", test.directory.path, "--recovery-code-file", codeFile.path, "--new-passphrase-file",
            passphraseFile,
        ])
        #expect(recovered.status == 0, "\(recovered.stderr)")
        #expect(try inVault(["list"]).status == 0)
    }

    @Test("init refuses a weak passphrase kindly, then makes a vault and prints the recovery code once")
    func initVault() throws {
        let weak = test.home.path("weak.txt")
        try Data("sunshine12345678\n".utf8).write(to: weak)
        let target = test.home.path("fresh")
        let refused = try run(["init", "--vault", target.path, "--passphrase-file", weak.path])
        #expect(refused.status == 1)
        #expect(!refused.stderr.contains("sunshine"))
        #expect(!FileManager.default.fileExists(atPath: target.path))
        let made = try run(["init", "--vault", target.path, "--passphrase-file", passphraseFile, "--json"])
        #expect(made.status == 0, "\(made.stderr)")
        let code = try JSONDecoder().decode([String: String].self, from: Data(made.stdout.utf8))["recoveryCode"] ?? ""
        #expect(try RecoveryCode(parsing: code).grouped == code)
        let again = try run(["init", "--vault", target.path, "--passphrase-file", passphraseFile])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
    }
}

private struct AddedJSON: Decodable {
    var new: Bool
    var item: CaptureRecord
}

@Suite("safehold import and inspect")
struct ImportCLITests {
    let binary: URL
    let test: TestVault
    let passphraseFile: String
    let fixture: URL

    init() throws {
        binary = try #require(Executables.url(named: "safehold"), "build the package first: swift build")
        test = try TestVault()
        passphraseFile = try test.passphraseFile()
        fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SafeholdImportTests/Fixtures/x-archive")
    }

    @Test("inspect prints the format and counts as JSON, and every record as JSON Lines, without a vault")
    func inspect() throws {
        let report = try Executables.run(binary, ["inspect", fixture.path, "--json", "--no-text-recognition"])
        #expect(report.status == 0, "\(report.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
        #expect(json?["format"] as? String == "x-archive")
        #expect((json?["records"] as? [String: Int])?["message"] == 4)
        let lines = try Executables.run(binary, ["inspect", fixture.path, "--records", "--no-text-recognition"])
        let records = try lines.stdout.split(separator: "\n").map { try JSONDecoder().decode(NormalizedRecord.self, from: Data($0.utf8)) }
        #expect(records.count == 23)
        #expect(records.contains { $0.text == "Answer me. Now." })
    }

    @Test("import prints a summary per kind, and a second import finds everything already sealed")
    func importTwice() throws {
        let arguments = ["import", fixture.path, "--no-text-recognition", "--vault", test.directory.path, "--passphrase-file", passphraseFile]
        let first = try Executables.run(binary, arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("message: 4 found, 4 new"))
        let second = try Executables.run(binary, arguments + ["--json"])
        let summary = try JSONDecoder().decode(ImportSummaryJSON.self, from: Data(second.stdout.utf8))
        #expect(summary.new.isEmpty)
        #expect(summary.alreadySealed["message"] == 4)
        let vaultArguments = ["--vault", test.directory.path, "--passphrase-file", passphraseFile, "--json"]
        let messages = try JSONDecoder().decode([CaptureRecord].self, from: Data(try Executables.run(binary, ["list", "--kind", "message"] + vaultArguments).stdout.utf8))
        #expect(messages.count == 4)
        #expect(messages.allSatisfy { $0.record?.kind == .message })
        let lastTwo = try JSONDecoder().decode([CaptureRecord].self, from: Data(try Executables.run(binary, ["list", "--limit", "2"] + vaultArguments).stdout.utf8))
        #expect(lastTwo.count == 2)
    }

    @Test("a hostile archive gets a calm error naming the entry and status 1")
    func hostileArchive() throws {
        let zip = test.home.path("evil.zip")
        try ZipWriter.zip(entries: [("../escape.txt", Array("x".utf8))], to: zip)
        let result = try Executables.run(binary, ["import", zip.path, "--vault", test.directory.path, "--passphrase-file", passphraseFile])
        #expect(result.status == 1)
        #expect(result.stderr.contains("../escape.txt"))
        #expect(result.stderr.contains("did not import"))
    }

    @Test("an import killed part-way leaves a consistent vault, and running it again completes it")
    func resumesAfterKill() throws {
        let export = test.home.path("big-export")
        try ExportGenerator.xArchive(messages: 40_000, to: export)
        let arguments = ["import", export.path, "--no-text-recognition", "--vault", test.directory.path, "--passphrase-file", passphraseFile]
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until some records are sealed, then kill it mid-import.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.2)
            if let vault = try? test.reopen(), vault.logSize > 2000 { break }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let interrupted = try test.reopen()
        #expect(interrupted.problems.isEmpty)
        #expect(try interrupted.check().isIntact)
        let partial = interrupted.itemCount
        #expect(partial < 40_002)
        let rerun = try Executables.run(binary, arguments + ["--json"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let summary = try JSONDecoder().decode(ImportSummaryJSON.self, from: Data(rerun.stdout.utf8))
        #expect(summary.found["message"] == 40_000)
        let complete = try test.reopen()
        #expect(complete.itemCount == 40_000 + 3)  // the messages, the account record, and the two data files
        #expect(try complete.check().isIntact)
    }
}

private struct ImportSummaryJSON: Decodable {
    var found: [String: Int]
    var new: [String: Int]
    var alreadySealed: [String: Int]
}
