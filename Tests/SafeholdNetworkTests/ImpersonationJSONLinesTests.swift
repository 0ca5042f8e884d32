import Foundation
import Testing

@testable import SafeholdNetwork

@Suite("ImpersonationJSONLines")
struct ImpersonationJSONLinesTests {
    static let now = try! Date("2026-11-24T12:00:00Z", strategy: .iso8601)

    static func object(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test("a line is scored with its id echoed and reasons in plain words")
    func scores() throws {
        let line = """
            {"id":"c1","mine":{"platform":"instagram","handle":"jane.doe","name":"Jane Doe"},\
            "candidate":{"platform":"instagram","handle":"jane_doe_official","name":"Jane Doe","createdAt":"2026-11-20"}}
            """
        let output = try Self.object(ImpersonationJSONLines.score(line: line, now: Self.now))
        #expect(output["id"] as? String == "c1")
        #expect((output["score"] as? Double ?? 0) > 0.9)
        #expect(output["level"] as? String == "likely")
        let reasons = try #require(output["reasons"] as? [[String: Any]])
        #expect(reasons.contains { $0["code"] as? String == "impersonationWord" })
        #expect(reasons.allSatisfy { ($0["sentence"] as? String)?.isEmpty == false })
    }

    @Test("several own profiles, numeric ids and avatar hashes are accepted")
    func variants() throws {
        let hash = AvatarHash(image: TestImages.picture(width: 32, height: 32)).description
        let line = """
            {"id":7,"mine":[{"platform":"x","handle":"sam"},{"platform":"instagram","handle":"sam.lee","avatar":"\(hash)"}],\
            "candidate":{"platform":"instagram","handle":"someone","avatar":"\(hash)"}}
            """
        let output = try Self.object(ImpersonationJSONLines.score(line: line, now: Self.now))
        #expect(output["id"] as? Int == 7)
        let reasons = try #require(output["reasons"] as? [[String: Any]])
        #expect(reasons.contains { $0["code"] as? String == "similarAvatar" })
    }

    @Test(
        "unreadable lines give an error object, never a crash",
        arguments: [
            "", "not json", "{\"mine\":{}}", "[1,2]",
            "{\"mine\":{\"platform\":\"x\"},\"candidate\":{\"platform\":\"x\",\"handle\":\"a\"}}",
            "{\"mine\":{\"platform\":\"x\",\"handle\":\"a\",\"avatar\":\"zz\"},\"candidate\":{\"platform\":\"x\",\"handle\":\"b\"}}",
        ]
    )
    func errors(line: String) throws {
        let output = try Self.object(ImpersonationJSONLines.score(line: line, now: Self.now))
        #expect(output["error"] is String)
        #expect(output["score"] == nil)
    }

    @Test("deeply nested JSON gives an error object")
    func nested() throws {
        let line = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let output = try Self.object(ImpersonationJSONLines.score(line: line, now: Self.now))
        #expect(output["error"] is String)
    }

    @Test("lines over 1 MB are refused without parsing")
    func tooLong() throws {
        let output = try Self.object(ImpersonationJSONLines.score(line: String(repeating: " ", count: 1_000_001)))
        #expect((output["error"] as? String)?.contains("1 MB") == true)
    }
}
