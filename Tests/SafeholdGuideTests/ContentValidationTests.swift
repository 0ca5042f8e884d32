import Foundation
import Testing

@testable import SafeholdGuide

@Suite("Checking guide content at load")
struct ContentValidationTests {
    typealias Change = @Sendable (inout [String: Any]) -> Void

    /// A broken copy of one file, and words the problem list must contain.
    struct Breakage: Sendable, CustomStringConvertible {
        var name: String
        var file: String
        var expected: String
        var change: Change
        var description: String { name }
    }

    static let breakages: [Breakage] = [
        Breakage(name: "a rule adds a step that does not exist", file: "rules.json", expected: "adds step ghost") {
            ContentFixtures.first("rules", in: &$0) { $0["add"] = [["step": "ghost", "section": "now"]] }
        },
        Breakage(name: "a rule tests an option the question lacks", file: "rules.json", expected: "has no option maybe")
        {
            ContentFixtures.first("rules", in: &$0) { $0["when"] = [["question": "threats", "anyOf": ["maybe"]]] }
        },
        Breakage(name: "an urgent rule forgets the help step", file: "rules.json", expected: "must add the help step") {
            ContentFixtures.first("rules", in: &$0) { $0["add"] = [["step": "save-evidence", "section": "now"]] }
        },
        Breakage(name: "two steps share an id", file: "steps.json", expected: "is listed twice") {
            var steps = $0["steps"] as! [[String: Any]]
            steps[1]["id"] = steps[0]["id"]
            $0["steps"] = steps
        },
        Breakage(name: "a step has empty risks", file: "steps.json", expected: "risks is empty") {
            ContentFixtures.first("steps", in: &$0) { $0["risks"] = "  " }
        },
        Breakage(name: "a step names a template that does not exist", file: "steps.json", expected: "template nope") {
            ContentFixtures.first("steps", in: &$0) { $0["templates"] = ["nope"] }
        },
        Breakage(name: "a step id is not well formed", file: "steps.json", expected: "not a well-formed id") {
            ContentFixtures.first("steps", in: &$0) { $0["id"] = "Save Evidence<script>" }
        },
        Breakage(name: "a platform lacks a task", file: "platforms.json", expected: "instructions for recovery") {
            ContentFixtures.first("platforms", in: &$0) { platform in
                platform["howTo"] = (platform["howTo"] as! [[String: Any]]).filter {
                    $0["task"] as? String != "recovery"
                }
            }
        },
        Breakage(
            name: "an instruction has no date and no verify mark",
            file: "platforms.json",
            expected: "no verify mark"
        ) {
            ContentFixtures.first("platforms", in: &$0) { platform in
                ContentFixtures.first("howTo", in: &platform) {
                    $0["checked"] = nil
                    $0["verify"] = false
                }
            }
        },
        Breakage(name: "an entry's source is not https", file: "directory.json", expected: "not an https address") {
            ContentFixtures.first("entries", in: &$0) { $0["source"] = "javascript:alert(1)" }
        },
        Breakage(name: "an entry's check date is not a date", file: "directory.json", expected: "is not YYYY-MM-DD") {
            ContentFixtures.first("entries", in: &$0) { $0["checked"] = "2026-02-30" }
        },
        Breakage(name: "a closed entry has no alternatives", file: "directory.json", expected: "needs alternatives") {
            ContentFixtures.first("entries", in: &$0) {
                $0["status"] = "closed"
                $0["statusNote"] = "Closed."
            }
        },
        Breakage(name: "a template lists the wrong placeholders", file: "templates.json", expected: "placeholders") {
            ContentFixtures.first("templates", in: &$0) { $0["placeholders"] = ["nothing"] }
        },
        Breakage(name: "a strategy names a missing step", file: "strategies.json", expected: "names step gone") {
            ContentFixtures.first("strategies", in: &$0) { $0["steps"] = ["gone"] }
        },
        Breakage(name: "questions are out of section order", file: "assessment.json", expected: "out of order") {
            var questions = $0["questions"] as! [[String: Any]]
            questions.append(questions[0])
            questions[questions.count - 1]["id"] = "late-danger"
            $0["questions"] = questions
        },
    ]

    @Test("a broken file is refused, with the problem named", arguments: breakages)
    func brokenContent(_ breakage: Breakage) throws {
        let files = try ContentFixtures.changing(breakage.file, breakage.change)
        let error = try #require(ContentFixtures.error(loading: files))
        #expect(error.code == .invalidContent)
        #expect(error.problems.contains { $0.contains(breakage.file) && $0.contains(breakage.expected) }, "\(error)")
    }

    @Test("an unknown action is refused with the field named")
    func unknownAction() throws {
        let files = try ContentFixtures.changing("steps.json") {
            ContentFixtures.first("steps", in: &$0) { $0["action"] = "none" }
        }
        let error = try #require(ContentFixtures.error(loading: files))
        #expect(error.problems.first?.contains("steps[0].action") == true, "\(error)")
    }

    @Test("a missing required field is named")
    func missingField() throws {
        let files = try ContentFixtures.changing("directory.json") {
            ContentFixtures.first("entries", in: &$0) { $0["checked"] = nil }
        }
        let error = try #require(ContentFixtures.error(loading: files))
        #expect(error.problems.first?.contains("entries[0].checked is missing") == true, "\(error)")
    }

    @Test("a newer schema version is refused as unsupported")
    func newerVersion() throws {
        let files = try ContentFixtures.changing("templates.json") { $0["schemaVersion"] = 2 }
        #expect(ContentFixtures.error(loading: files)?.code == .unsupportedVersion)
    }

    @Test("garbage, deep nesting, a missing file and a huge file are refused cleanly")
    func garbage() throws {
        var files = try ContentFixtures.shipped()
        let deep = Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        for bytes in [Data("not json".utf8), Data([0xFF, 0xFE, 0x00]), deep, Data()] {
            files["steps.json"] = bytes
            #expect(ContentFixtures.error(loading: files)?.code == .invalidContent)
        }
        files["steps.json"] = Data(count: ContentDecoder.maximumFileSize + 1)
        #expect(ContentFixtures.error(loading: files)?.code == .tooLarge)
        files["steps.json"] = nil
        #expect(ContentFixtures.error(loading: files)?.message.contains("steps.json is missing") == true)
    }

    @Test("a folder without the files gives a plain error")
    func missingFolder() {
        let folder = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")
        #expect(throws: GuideError.self) { try Guide.load(from: folder) }
    }

    @Test("a folder of copied files loads, and an oversized file in it is refused")
    func folder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guide-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, data) in try ContentFixtures.shipped() { try data.write(to: folder.appendingPathComponent(name)) }
        #expect(try Guide.load(from: folder).questions.count == Guide.shipped().questions.count)
        try Data(count: ContentDecoder.maximumFileSize + 1).write(to: folder.appendingPathComponent("rules.json"))
        #expect {
            try Guide.load(from: folder)
        } throws: { error in
            (error as? GuideError)?.code == .tooLarge
        }
    }

    @Test(
        "dates are checked as calendar dates",
        arguments: [
            ("2026-11-24", true), ("2024-02-29", true), ("2023-02-29", false), ("2026-13-01", false),
            ("26-11-24", false), ("2026-1-24", false), ("２０２６-11-24", false), ("", false),
        ]
    )
    func dates(_ text: String, _ valid: Bool) {
        #expect(isCalendarDate(text) == valid)
    }
}
