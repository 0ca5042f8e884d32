import Foundation
import SafeholdTestSupport
import Testing

/// `safehold classify`, `analyze` and `triage` as a script or a person uses them.
@Suite("safehold classify, analyze and triage")
struct AnalysisCommandTests {
    let binary: URL
    let test: TestVault
    let passphraseFile: String

    init() throws {
        binary = try #require(Executables.url(named: "safehold"), "build the package first: swift build")
        test = try TestVault()
        passphraseFile = try test.passphraseFile()
    }

    func inVault(_ arguments: [String]) throws -> Executables.Output {
        try Executables.run(binary, arguments + ["--vault", test.directory.path, "--passphrase-file", passphraseFile])
    }

    @Test("classify answers every JSON line in order, echoes ids, and reports bad lines without stopping")
    func classifyJSONLines() throws {
        let input = [
            #"{"id":"a","text":"I will find you and hurt you"}"#, "this is not json", #"{"id":7,"text":"the bus leaves at nine tomorrow"}"#,
            #"{"id":8}"#, #"{"id":9,"text":"😡 \u202E you are a stupid idiot"}"#,
        ].joined(separator: "\n")
        let output = try Executables.run(binary, ["classify"], input: input)
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
        }
        #expect(lines.count == 5)
        #expect(lines[0]["id"] as? String == "a")
        #expect(lines[0]["severity"] as? String == "urgent")
        #expect(lines[1]["error"] != nil)
        #expect(lines[2]["id"] as? Int == 7)
        #expect(lines[2]["severity"] as? String == "none")
        #expect(lines[3]["id"] as? Int == 8)
        #expect(lines[3]["error"] != nil)
        let flagged = lines[4]["flagged"] as? [String] ?? []
        #expect(flagged.contains("insult"))
        let spans = lines[4]["spans"] as? [[String: Any]] ?? []
        let text = Array("😡 \u{202E} you are a stupid idiot".unicodeScalars)
        for span in spans {
            let start = try #require(span["start"] as? Int)
            let end = try #require(span["end"] as? Int)
            #expect(start >= 0 && end <= text.count && start < end)
        }
    }

    @Test("triage lists severity and reason with the words hidden; reveal shows them made safe")
    func triageHidesWords() throws {
        let secret = "I know where you live and I will hurt you \u{1B}[2J"
        #expect(try inVault(["add", "--text", secret, "--platform", "x", "--author", "@someone"]).status == 0)
        let analyzed = try inVault(["analyze", "--json"])
        #expect(analyzed.status == 0, "\(analyzed.stderr)")
        #expect(analyzed.stdout.contains(#""urgent" : 1"#))
        let queue = try inVault(["triage"])
        #expect(queue.stdout.contains("URGENT  item 1"))
        #expect(!queue.stdout.contains("where you live and"), "the queue must not show the words")
        let revealed = try inVault(["triage", "reveal", "1"])
        #expect(revealed.stdout.contains("I know where you live"))
        #expect(
            revealed.stdout.contains(
                "A threat to hurt you or someone close to you: This message says the sender will hurt or kill you"))
        #expect(!revealed.stdout.contains("\u{1B}"))
        #expect(try inVault(["triage", "dismiss", "1"]).status == 0)
        #expect(try inVault(["triage"]).stdout.contains("Nothing in the queue"))
        #expect(try inVault(["triage", "reveal", "42"]).status == 1)
    }

    @Test("pii scan finds personal information in JSON Lines with offsets and normalized values, and not in look-alikes")
    func piiScan() throws {
        let input = #"{"id":1,"text":"😡 call +44 20 7946 0958 or jo.doe@example.org"}"# + "\n"
            + #"{"id":2,"text":"version 1.2.3 costs $45.00 on 2024-01-02, order 123456789"}"# + "\n" + "{"
        let output = try Executables.run(binary, ["pii", "scan"], input: input)
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
        }
        #expect(lines.count == 3)
        let entities = lines[0]["entities"] as? [[String: Any]] ?? []
        #expect(entities.compactMap { $0["type"] as? String } == ["phone", "email"])
        #expect(entities.first?["value"] as? String == "+442079460958")
        #expect(entities.first?["start"] as? Int == 7)
        #expect((lines[1]["entities"] as? [Any])?.isEmpty == true)
        #expect(lines[2]["error"] != nil)
    }

    @Test("bundle writes the chosen items; verify says each holds, and exits 2 for a bundle that does not")
    func bundleAndVerify() throws {
        #expect(try inVault(["add", "--text", "I will hurt you", "--platform", "x"]).status == 0)
        #expect(try inVault(["add", "--text", "lunch?", "--platform", "instagram"]).status == 0)
        let out = test.home.path("b.zip").path
        let written = try inVault(["bundle", "--out", out, "--platform", "x", "--json"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.contains(#""items" : 1"#))
        let verified = try Executables.run(binary, ["verify", out])
        #expect(verified.status == 0, "\(verified.stdout) \(verified.stderr)")
        #expect(verified.stdout.contains("Item 1: holds."))
        #expect(!verified.stdout.contains("Item 2"))
        let again = try inVault(["bundle", "--out", out])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
        var bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        bytes[bytes.count / 3] ^= 0xFF
        let broken = test.home.path("broken.zip").path
        try bytes.write(to: URL(fileURLWithPath: broken))
        let refused = try Executables.run(binary, ["verify", broken])
        #expect(refused.status != 0)
        let wrongKey = try Executables.run(binary, ["verify", out, "--fingerprint", String(repeating: "ab", count: 32)])
        #expect(wrongKey.status == 2)
        #expect(wrongKey.stdout.contains("another vault"))
        let nothing = try inVault(["bundle", "--out", test.home.path("none.zip").path, "--platform", "tiktok"])
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("No items match"))
    }

    @Test("report writes a PDF and an HTML of the flagged items, hides what is asked, and never overwrites")
    func reportCommand() throws {
        #expect(try inVault(["add", "--text", "I will hurt you, Maya <script>alert(1)</script>", "--platform", "x", "--author", "@ex"]).status == 0)
        #expect(try inVault(["analyze"]).status == 0)
        let pdf = test.home.path("r.pdf").path
        let written = try inVault(["report", "--for", "police", "--out", pdf, "--redact", "Maya"])
        #expect(written.status == 0, "\(written.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: pdf))
        #expect(bytes.starts(with: Data("%PDF-".utf8)))
        let html = test.home.path("r.html").path
        #expect(try inVault(["report", "--for", "court", "--format", "html", "--out", html]).status == 0)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("I will hurt you"))
        #expect(!page.contains("<script>alert"))
        let again = try inVault(["report", "--for", "court", "--format", "html", "--out", html])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
        #expect(try inVault(["report", "--for", "friends", "--out", test.home.path("x.pdf").path]).status != 0)
    }

    @Test("impersonation score reads JSON Lines and variants lists handles to search for, with no vault")
    func impersonationCommands() throws {
        let input = #"{"id":1,"mine":{"platform":"x","handle":"alex_rivera","name":"Alex Rivera"},"candidate":{"platform":"x","handle":"alex_rivera_official","name":"Alex Rivera"}}"#
            + "\n" + #"{"id":2,"mine":{"platform":"x","handle":"alex_rivera"},"candidate":{"platform":"x","handle":"gardening_tips"}}"# + "\nnot json\n"
        let scored = try Executables.run(binary, ["impersonation", "score"], input: input)
        #expect(scored.status == 0, "\(scored.stderr)")
        let lines = scored.stdout.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
        }
        #expect(lines.count == 3)
        #expect((lines[0]["score"] as? Double ?? 0) > 0.7)
        #expect((lines[1]["score"] as? Double ?? 1) < 0.4)
        #expect(lines[2]["error"] != nil)
        let variants = try Executables.run(binary, ["impersonation", "variants", "--platform", "x", "--handle", "@alex_rivera", "--json"])
        let list = try JSONSerialization.jsonObject(with: Data(variants.stdout.utf8)) as? [String] ?? []
        #expect(list.count >= 10)
        #expect(!list.contains("alex_rivera"))
    }
}
