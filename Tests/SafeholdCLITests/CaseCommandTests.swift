import Foundation
import SafeholdTestSupport
import Testing

/// `safehold people`, `plan` and `help-directory` as a person or a script uses them.
@Suite("safehold people, plan and help-directory")
struct CaseCommandTests {
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
            binary, arguments + ["--vault", test.directory.path, "--passphrase-file", passphraseFile], input: input)
    }

    @Test("people are added, listed and removed, and a hostile name is shown escaped")
    func peopleRoundTrip() throws {
        let added = try inVault(["people", "add", "--role", "abuser", "--platform", "x", "--handle", "@ex_jordan", "--json"])
        #expect(added.status == 0, "\(added.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(added.stdout.utf8)) as? [String: Any])
        let id = try #require(object["id"] as? String)
        _ = try inVault(["people", "add", "--role", "ally", "--name", "Sam\u{1B}[2J\u{202E}gpj.exe"])
        let listed = try inVault(["people", "list"])
        #expect(listed.stdout.contains("@ex_jordan"))
        #expect(!listed.stdout.contains("\u{1B}"), "an escape sequence reached the terminal")
        #expect(listed.stdout.contains("\\u{202E}"))
        #expect(try inVault(["people", "remove", id]).status == 0)
        let after = try inVault(["people", "list", "--json"])
        #expect(!after.stdout.contains("ex_jordan"))
        #expect(after.stdout.contains("ally"))
        let missing = try inVault(["people", "remove", "p-nothere"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no person with the id"))
        let bad = try inVault(["people", "add", "--role", "boss", "--handle", "x"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("abuser, ally"))
    }

    @Test("the assessment in the terminal saves the answers, and a plan with help first follows danger")
    func assessmentInTheTerminal() throws {
        // Question 1 is whether the person is safe now: answer No (2), then stop with q.
        let stopped = try inVault(["plan"], input: "2\nq\n")
        #expect(stopped.status == 0, "\(stopped.stderr)")
        #expect(stopped.stdout.contains("emergency number"))
        #expect(stopped.stdout.contains("answers are saved"))
        // Going on from the saved answers: skip every remaining question.
        let finished = try inVault(["plan"], input: String(repeating: "\n", count: 40))
        #expect(finished.status == 0, "\(finished.stderr)")
        #expect(finished.stdout.contains("First, your safety."))
        let shown = try inVault(["plan", "show", "--json"])
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(plan["urgent"] as? Bool == true)
        let steps = try #require(plan["steps"] as? [[String: Any]])
        #expect(steps.first?["section"] as? String == "now")
        let first = try #require(steps.first?["id"] as? String)
        #expect(try inVault(["plan", "step", first, "--status", "done"]).status == 0)
        let again = try inVault(["plan", "show", "--json"])
        #expect(again.stdout.contains(#""status" : "done""#))
        #expect(try inVault(["plan", "step", "no-such-step", "--status", "done"]).status == 1)
    }

    @Test("answers from a file give a plan without a vault; a hostile file gets a plain error")
    func answersFromAFile() throws {
        let good = test.home.path("answers.json")
        try Data(#"{"schemaVersion":1,"answers":{},"skipped":[]}"#.utf8).write(to: good)
        let plan = try Executables.run(binary, ["plan", "--answers", good.path, "--json"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains(#""steps""#))
        let hostile = test.home.path("hostile.json")
        try Data(#"{"schemaVersion":1,"answers":{"\u001b[2J":"<script>"}}"#.utf8).write(to: hostile)
        let refused = try Executables.run(binary, ["plan", "--answers", hostile.path])
        #expect(refused.status == 1)
        #expect(!refused.stderr.contains("\u{1B}"))
        let huge = test.home.path("huge.json")
        try Data(repeating: 0x20, count: 200_000).write(to: huge)
        let tooLarge = try Executables.run(binary, ["plan", "--answers", huge.path])
        #expect(tooLarge.status == 1)
        #expect(tooLarge.stderr.contains("larger than any answers file"))
    }

    @Test("the directory of help lists emergency numbers and entries with their sources")
    func helpDirectory() throws {
        let listed = try Executables.run(binary, ["help-directory", "--country", "GB", "--need", "domestic-abuse"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("999"))
        #expect(listed.stdout.contains("Source: https://"))
        let json = try Executables.run(binary, ["help-directory", "--country", "US", "--json"])
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((decoded["entries"] as? [Any])?.isEmpty == false)
        #expect(try Executables.run(binary, ["help-directory", "--need", "nothing"]).status != 0)
    }
}

/// `safehold facts` as a person or a script uses it.
@Suite("safehold facts")
struct FactsCommandTests {
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
            binary, arguments + ["--vault", test.directory.path, "--passphrase-file", passphraseFile], input: input)
    }

    @Test("facts are listed masked, revealed on request, found by scan without being echoed, and removed")
    func factsRoundTrip() throws {
        let added = try inVault(["facts", "add", "--kind", "phone", "+1 (555) 013-4477", "--json"])
        #expect(added.status == 0, "\(added.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(added.stdout.utf8)) as? [String: Any])
        let id = try #require(object["id"] as? String)
        let listed = try inVault(["facts", "list"])
        #expect(!listed.stdout.contains("555"), "the list must be masked")
        #expect(try inVault(["facts", "list", "--reveal"]).stdout.contains("013-4477"))
        let scan = try inVault(["facts", "scan"], input: #"{"id":1,"text":"call 555 013 4477 now"}"# + "\n" + #"{"id":2,"text":"call 555 013 4478"}"#)
        #expect(scan.status == 0, "\(scan.stderr)")
        let lines = scan.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0].contains(#""kind":"phone""#))
        #expect(lines[1].contains(#""matches":[]"#))
        #expect(!scan.stdout.contains("4477"))
        #expect(try inVault(["facts", "remove", id]).status == 0)
        #expect(try inVault(["facts", "list", "--json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]")
    }

    @Test("a bad kind or an empty fact gets a plain error and stores nothing")
    func badFacts() throws {
        let badKind = try inVault(["facts", "add", "--kind", "secret", "x"])
        #expect(badKind.status != 0)
        #expect(badKind.stderr.contains("address, phone"))
        let empty = try inVault(["facts", "add", "--kind", "phone", "   "])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("empty"))
        #expect(try inVault(["facts", "list"]).stdout.contains("No facts yet"))
    }
}
