public import Foundation
import SafeholdCore

/// Writes large synthetic exports in the real formats, for benchmarks and for tests that need an
/// import big enough to interrupt. Messages are made up from a small vocabulary; nobody is real.
public enum ExportGenerator {
    private static let words = [
        "please", "stop", "I", "saw", "you", "at", "the", "park", "call", "me", "now", "why", "did", "not", "answer",
        "we", "need", "to", "talk", "tonight", "leave", "alone", "again", "later", "okay", "sorry", "where", "are",
    ]

    private static func sentence(_ seed: Int) -> String {
        var state = UInt64(truncatingIfNeeded: seed &* 2_654_435_761 &+ 1)
        var picked = [String]()
        for _ in 0..<(6 + seed % 9) {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            picked.append(words[Int(state >> 33) % words.count])
        }
        return picked.joined(separator: " ")
    }

    /// Writes an X archive folder with `messages` direct messages (1,000 per conversation) under `directory`.
    public static func xArchive(messages: Int, to directory: URL) throws {
        let data = directory.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data(
            """
            window.YTD.account.part0 = [ { "account" : { "username" : "maya_lindqvist", "accountId" : "1001", \
            "createdAt" : "2015-03-02T10:00:00.000Z", "accountDisplayName" : "Maya Lindqvist" } } ]
            """.utf8
        ).write(to: data.appendingPathComponent("account.js"))
        try write(to: data.appendingPathComponent("direct-messages.js")) { emit in
            emit("window.YTD.direct_messages.part0 = [\n")
            var index = 0
            while index < messages {
                let conversation = index / 1000
                emit(index == 0 ? "" : ",\n")
                emit("  { \"dmConversation\" : { \"conversationId\" : \"1001-\(2000 + conversation)\", \"messages\" : [\n")
                for message in index..<min(messages, index + 1000) {
                    let sender = message % 2 == 0 ? "\(2000 + conversation)" : "1001"
                    let recipient = message % 2 == 0 ? "1001" : "\(2000 + conversation)"
                    let seconds = 1_790_000_000 + message * 37
                    emit(message == index ? "" : ",\n")
                    emit(
                        "    { \"messageCreate\" : { \"recipientId\" : \"\(recipient)\", \"reactions\" : [ ], \"urls\" : [ ], \"text\" : \"\(sentence(message))\", \"mediaUrls\" : [ ], \"senderId\" : \"\(sender)\", \"id\" : \"\(7_000_000_000_000_000 + message)\", \"createdAt\" : \"\(iso(seconds))\" } }"
                    )
                }
                emit("\n  ] } }")
                index += 1000
            }
            emit("\n]\n")
        }
    }

    /// Writes a Facebook "Download your information" folder with `messages` Messenger messages
    /// (1,000 per thread), with Meta's escaped-UTF-8 names.
    public static func facebookExport(messages: Int, to directory: URL) throws {
        let profile = directory.appendingPathComponent("profile_information")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        try Data(#"{"profile_v2": {"name": {"full_name": "Maya Lindqvist"}}}"#.utf8).write(to: profile.appendingPathComponent("profile_information.json"))
        var index = 0
        while index < messages {
            let thread = index / 1000
            let folder = directory.appendingPathComponent("messages/inbox/jordanreece_\(thread)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let end = min(messages, index + 1000)
            try write(to: folder.appendingPathComponent("message_1.json")) { emit in
                emit("{\n  \"participants\": [ { \"name\": \"Jordan Reece\" }, { \"name\": \"Maya Lindqvist\" } ],\n  \"messages\": [\n")
                for message in (index..<end).reversed() {
                    let sender = message % 2 == 0 ? "Jordan Reece" : "Maya Lindqvist"
                    emit(message == end - 1 ? "" : ",\n")
                    emit(
                        "    { \"sender_name\": \"\(sender)\", \"timestamp_ms\": \(Int64(1_790_000_000 + message * 37) * 1000), \"content\": \"\(sentence(message)) caf\\u00c3\\u00a9\", \"is_geoblocked_for_viewer\": false }"
                    )
                }
                emit("\n  ],\n  \"title\": \"Jordan Reece\",\n  \"is_still_participant\": true,\n  \"thread_type\": \"Regular\",\n  \"thread_path\": \"inbox/jordanreece_\(thread)\"\n}\n")
            }
            index = end
        }
    }

    private static func iso(_ seconds: Int) -> String {
        Timestamp(date: Date(timeIntervalSince1970: TimeInterval(seconds))).rfc3339
    }

    /// Streams text into a file through a 1 MiB buffer.
    private static func write(to url: URL, _ body: ((String) -> Void) throws -> Void) throws {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer = Data()
        try body { text in
            buffer.append(contentsOf: text.utf8)
            if buffer.count > 1 << 20 {
                handle.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        handle.write(buffer)
    }
}
