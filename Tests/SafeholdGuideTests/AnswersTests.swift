import Foundation
import Testing

@testable import SafeholdGuide

@Suite("Reading answers files")
struct AnswersTests {
    let guide: Guide

    init() throws { guide = try Guide.shipped() }

    func read(_ text: String) throws -> Answers { try guide.answers(from: Data(text.utf8)) }

    @Test("a good file reads, with single answers, lists and skips")
    func goodFile() throws {
        let answers = try read(
            #"{"schemaVersion": 1, "answers": {"threats": "yes", "happening": ["messages", "network"]}, "skipped": ["support"]}"#
        )
        #expect(answers.values["threats"] == .one("yes"))
        #expect(answers.picked("happening") == ["messages", "network"])
        #expect(answers.skipped == ["support"])
        #expect(try read(#"{"schemaVersion": 1}"#) == Answers())
    }

    @Test("answers survive a round trip, byte for byte")
    func roundTrip() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for profile in Profile.allCases {
            let data = try encoder.encode(profile.answers)
            let decoded = try guide.answers(from: data)
            #expect(decoded == profile.answers)
            #expect(try encoder.encode(decoded) == data)
        }
    }

    /// Hostile or mistaken files, and words their error must contain.
    static let badFiles: [(String, GuideError.Code, String)] = [
        ("not json at all", .invalidAnswers, "not valid JSON"),
        ("[]", .invalidAnswers, "wrong type"),
        (#"{"answers": {}}"#, .invalidAnswers, "schemaVersion is missing"),
        (#"{"schemaVersion": 9}"#, .unsupportedVersion, "version 9"),
        (#"{"schemaVersion": 1, "answers": {"ghost": "yes"}}"#, .invalidAnswers, "no question 'ghost'"),
        (
            #"{"schemaVersion": 1, "answers": {"threats": "perhaps"}}"#, .invalidAnswers,
            "threats has no option 'perhaps'"
        ),
        (#"{"schemaVersion": 1, "answers": {"threats": ["yes"]}}"#, .invalidAnswers, "takes one answer, not a list"),
        (#"{"schemaVersion": 1, "answers": {"happening": []}}"#, .invalidAnswers, "empty list"),
        (#"{"schemaVersion": 1, "answers": {"happening": ["messages", "messages"]}}"#, .invalidAnswers, "twice"),
        (#"{"schemaVersion": 1, "answers": {"threats": 1}}"#, .invalidAnswers, "answers.threats"),
        (#"{"schemaVersion": 1, "answers": {"threats": {"a": 1}}}"#, .invalidAnswers, "answers.threats"),
        (#"{"schemaVersion": 1, "answers": {"threats": "yes"}, "skipped": ["threats"]}"#, .invalidAnswers, "both"),
        (#"{"schemaVersion": 1, "skipped": ["nowhere"]}"#, .invalidAnswers, "'nowhere' to skip"),
    ]

    @Test("bad files give clear errors", arguments: badFiles)
    func badFile(_ text: String, _ code: GuideError.Code, _ words: String) {
        #expect {
            try read(text)
        } throws: { error in
            guard let error = error as? GuideError, error.code == code else { return false }
            return error.description.contains(words)
        }
    }

    @Test("a huge file is refused before it is parsed")
    func hugeFile() {
        let huge = Data(repeating: 0x20, count: Answers.maximumFileSize + 1)
        #expect(
            throws: GuideError(.tooLarge, "This answers file is much larger than any real one, so it was not read.")
        ) {
            try guide.answers(from: huge)
        }
    }

    @Test("deep nesting, long ids and emoji are refused without a crash")
    func hostileShapes() {
        let deep =
            #"{"schemaVersion": 1, "answers": {"threats": "# + String(repeating: "[", count: 30_000)
            + String(repeating: "]", count: 30_000) + "}}"
        let emoji = #"{"schemaVersion": 1, "answers": {""# + String(repeating: "😀", count: 10_000) + #"": "yes"}}"#
        for text in [deep, emoji] {
            #expect(throws: GuideError.self) { try read(text) }
        }
        do {
            _ = try read(emoji)
        } catch let error as GuideError {
            #expect(error.description.count < 2_000)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
