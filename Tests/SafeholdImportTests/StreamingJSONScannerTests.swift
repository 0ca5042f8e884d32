import Foundation
import SafeholdCore
@testable import SafeholdImport
import Testing

@Suite("StreamingJSONScanner")
struct StreamingJSONScannerTests {
    static let document = Array(
        """
        window.YTD.direct_messages.part0 = [
          { "dmConversation" : { "conversationId" : "1-2", "messages" : [
            { "messageCreate" : { "text" : "brackets ] } [ { and \\"quotes\\" and \\\\ slash", "id" : "1" } },
            { "messageCreate" : { "text" : "second \\u00e9 🙂", "id" : "2" } }
          ] } },
          { "dmConversation" : { "conversationId" : "3-4", "messages" : [ ] } }
        ]
        """.utf8)

    static func scan(_ bytes: [UInt8], chunk: Int, patterns: [String], prefix: Bool = true) throws -> [JSONCapture] {
        var scanner = StreamingJSONScanner(patterns: patterns.map { JSONPathPattern($0) }, allowsAssignmentPrefix: prefix)
        var captures = [JSONCapture]()
        var offset = 0
        while offset < bytes.count {
            try scanner.feed(Array(bytes[offset..<min(bytes.count, offset + chunk)])) { captures.append($0) }
            offset += chunk
        }
        try scanner.finish { captures.append($0) }
        return captures
    }

    @Test("captures values at the chosen paths with their exact bytes and offsets, whatever the chunk size", arguments: [1, 2, 3, 7, 64, 65536])
    func capturesExactly(chunk: Int) throws {
        let captures = try Self.scan(
            Self.document, chunk: chunk, patterns: ["$[*].dmConversation.conversationId", "$[*].dmConversation.messages[*]"])
        #expect(captures.map(\.pattern) == [0, 1, 1, 0])
        #expect(captures.map(\.path) == [
            "$[0].dmConversation.conversationId", "$[0].dmConversation.messages[0]", "$[0].dmConversation.messages[1]",
            "$[1].dmConversation.conversationId",
        ])
        for capture in captures {
            let start = Int(capture.offset)
            #expect(Array(Self.document[start..<start + capture.bytes.count]) == capture.bytes)
            #expect((try? JSONSerialization.jsonObject(with: Data(capture.bytes), options: .fragmentsAllowed)) != nil)
        }
        let second = try JSONSerialization.jsonObject(with: Data(captures[2].bytes)) as? [String: [String: String]]
        #expect(second?["messageCreate"]?["text"] == "second é 🙂")
    }

    @Test("plain JSON documents, top-level scalars and keys with escapes are read")
    func plainDocuments() throws {
        let object = Array(#"{"a\u0062c": [1, 2.5e3, true, null, "x"], "d": {"e": -0.1}}"#.utf8)
        let captures = try Self.scan(object, chunk: 5, patterns: ["$.abc[*]", "$.d.e"], prefix: false)
        #expect(captures.map { String(decoding: $0.bytes, as: UTF8.self) } == ["1", "2.5e3", "true", "null", "\"x\"", "-0.1"])
        let scalar = try Self.scan(Array("42".utf8), chunk: 1, patterns: ["$"], prefix: false)
        #expect(scalar.map { String(decoding: $0.bytes, as: UTF8.self) } == ["42"])
    }

    @Test(
        "malformed input is refused with the reason",
        arguments: [
            ("[1, 2", StreamingJSONScanner.Failure.Reason.truncated),
            ("{\"a\": \"never closed", .truncated),
            ("[1,, 2]", .unexpectedByte(0x2C)),
            ("{\"a\" 1}", .unexpectedByte(0x31)),
            ("[1] [2]", .trailingContent),
            ("", .noJSON),
            ("   ", .noJSON),
            ("[\"bad \\q escape\"]", .unexpectedByte(0x71)),
        ])
    func refusesMalformed(text: String, reason: StreamingJSONScanner.Failure.Reason) {
        #expect(throws: StreamingJSONScanner.Failure.self) {
            do {
                _ = try Self.scan(Array(text.utf8), chunk: 3, patterns: ["$[*]"], prefix: false)
            } catch let failure as StreamingJSONScanner.Failure {
                #expect(failure.reason == reason)
                throw failure
            }
        }
    }

    @Test("nesting deeper than the limit is refused rather than recursing")
    func tooDeep() {
        let deep = Array((String(repeating: "[", count: 500) + String(repeating: "]", count: 500)).utf8)
        #expect(throws: StreamingJSONScanner.Failure(reason: .tooDeep, offset: 128)) {
            _ = try Self.scan(deep, chunk: 64, patterns: ["$[*]"], prefix: false)
        }
    }

    @Test("a 100 MB string streams past with flat memory when not captured, and is refused when it would be")
    func hugeString() throws {
        let piece = [UInt8](repeating: 0x61, count: 1 << 20)
        var skipping = StreamingJSONScanner(patterns: [JSONPathPattern("$.small")])
        var capturing = StreamingJSONScanner(patterns: [JSONPathPattern("$.huge")])
        let head = Array(#"{"small": 1, "huge": ""#.utf8)
        var captured = 0
        try skipping.feed(head) { _ in captured += 1 }
        var refused: StreamingJSONScanner.Failure?
        do {
            try capturing.feed(head) { _ in }
        }
        for _ in 0..<100 {
            try skipping.feed(piece) { _ in }
            if refused == nil {
                do { try capturing.feed(piece) { _ in } } catch let failure as StreamingJSONScanner.Failure { refused = failure }
            }
        }
        try skipping.feed(Array("\"}".utf8)) { _ in }
        try skipping.finish { _ in }
        #expect(captured == 1)
        #expect(refused?.reason == .captureTooLarge)
    }
}
