import Foundation
import Testing

@testable import SafeholdNetwork

@Suite("NetworkAudit")
struct NetworkAuditTests {
    static let now = try! Date("2026-11-24T12:00:00Z", strategy: .iso8601)
    static func ref(_ handle: String, id: String? = nil) -> AccountRef {
        AccountRef(platform: "instagram", handle: handle, id: id)
    }

    static func audit(connections: [Connection], interactions: [Interaction] = []) -> [String: AuditEntry] {
        let audit = NetworkAudit(
            myAccounts: [ref("jane.doe")],
            abuser: [ref("mark.r")],
            allies: [ref("kim_b")],
            connections: connections,
            interactions: interactions,
            abuserConnections: [ref("watcher1"), ref("spy.two")],
            now: now
        )
        return Dictionary(uniqueKeysWithValues: audit.review().map { ($0.account.handle, $0) })
    }

    @Test("each kind of account gets the suggestion its reasons add up to")
    func suggestions() throws {
        let connections = [
            "mark.r", "kim_b", "watcher1", "spy.two", "bestfriend", "quietfan", "jane_doe_official", "newbie", "liker",
            "m\u{430}rk.r",
        ].map { Connection(account: Self.ref($0), kind: .follower) }
        let profiles = [
            Connection(
                account: Self.ref("newbie"),
                kind: .follower,
                profile: AccountProfile(platform: "instagram", handle: "newbie", posts: 0)
            )
        ]
        let interactions = [
            Interaction(account: Self.ref("bestfriend"), kind: .message, direction: .fromThem),
            Interaction(account: Self.ref("bestfriend"), kind: .reply, direction: .fromMe),
            Interaction(account: Self.ref("spy.two"), kind: .like, direction: .fromThem, flagged: true),
            Interaction(account: Self.ref("liker"), kind: .share, direction: .fromThem, flagged: true),
            Interaction(account: Self.ref("quietfan"), kind: .like, direction: .fromThem),
        ]
        let result = Self.audit(connections: connections + profiles, interactions: interactions)
        let expected: [(String, AuditEntry.Suggestion)] = [
            ("mark.r", .block), ("kim_b", .block), ("watcher1", .remove), ("spy.two", .block), ("bestfriend", .keep),
            ("quietfan", .keep), ("jane_doe_official", .block), ("newbie", .lookAgain), ("liker", .lookAgain),
            ("m\u{430}rk.r", .block),
        ]
        for (handle, suggestion) in expected {
            let entry = try #require(result[handle], "\(handle)")
            #expect(entry.suggestion == suggestion, "\(handle): \(entry.reasons.map(\.code))")
            #expect(suggestion == .keep || !entry.reasons.isEmpty)
        }
    }

    @Test("a look-alike of the abuser is described with its characters written out")
    func lookalikeSentence() throws {
        let result = Self.audit(connections: [Connection(account: Self.ref("m\u{430}rk.r"), kind: .follower)])
        let reason = try #require(result["m\u{430}rk.r"]?.reasons.first { $0.code == .lookAlikeOfKnown })
        #expect(reason.sentence.contains("[Cyrillic \u{430} U+0430]"))
        #expect(reason.sentence.contains("listed as the abuser's"))
    }

    @Test("follower and following records of one account become one entry, matched by id over handle")
    func merging() {
        let connections = [
            Connection(account: Self.ref("pat", id: "42"), kind: .follower),
            Connection(account: Self.ref("pat_renamed", id: "42"), kind: .following),
        ]
        let interactions = [
            Interaction(account: Self.ref("whatever", id: "42"), kind: .message, direction: .fromThem, flagged: true)
        ]
        let entries = Array(Self.audit(connections: connections, interactions: interactions).values)
        #expect(entries.count == 1)
        #expect(entries.first?.kinds == [.follower, .following])
        #expect(entries.first?.suggestion == .block)
    }

    @Test("entries are ordered block, remove, look again, keep")
    func ordering() {
        let connections = ["a1", "watcher1", "mark.r"].map { Connection(account: Self.ref($0), kind: .friend) }
        let audit = NetworkAudit(
            myAccounts: [],
            abuser: [Self.ref("mark.r")],
            connections: connections,
            interactions: [],
            abuserConnections: [Self.ref("watcher1")],
            now: Self.now
        )
        #expect(audit.review().map(\.suggestion) == [.block, .remove, .keep])
    }

    @Test("100,000 followers against 10,000 interactions are reviewed with correct counts")
    func large() {
        let connections = (0..<100_000).map { Connection(account: Self.ref("user\($0)"), kind: .follower) }
        let interactions = (0..<10_000).map {
            Interaction(account: Self.ref("user\($0 * 7)"), kind: .like, direction: .fromThem, flagged: $0 % 100 == 0)
        }
        let audit = NetworkAudit(
            myAccounts: [Self.ref("jane.doe")],
            abuser: [Self.ref("mark.r")],
            connections: connections,
            interactions: interactions,
            abuserConnections: (0..<1_000).map { Self.ref("user\($0 * 70)") },
            now: Self.now
        )
        let entries = audit.review()
        #expect(entries.count == 100_000)
        let never = entries.filter { $0.reasons.contains { $0.code == .neverInteracted } }.count
        #expect(never == 90_000)
        #expect(entries.filter { $0.reasons.contains { $0.code == .engagedWithFlaggedContent } }.count == 100)
        #expect(entries.filter { $0.reasons.contains { $0.code == .connectedToAbuserOrAlly } }.count == 1_000)
    }
}

@Suite("NetworkAudit hostile input")
struct NetworkAuditHostileTests {
    @Test("huge, invisible and emoji handles are reviewed and written out, never shown as plain letters")
    func hostileHandles() throws {
        let huge = String(repeating: "m\u{430}rk\u{200B}", count: 200_000)
        let handles = [huge, String(repeating: "🙂", count: 100_000), "", "@", "mark.r\u{202E}", "\u{0}\u{7F}"]
        let audit = NetworkAudit(
            myAccounts: [AccountRef(platform: "x", handle: "jane")],
            abuser: [AccountRef(platform: "x", handle: "mark.r")],
            connections: handles.map { Connection(account: AccountRef(platform: "x", handle: $0), kind: .follower) },
            interactions: [],
            now: Date(timeIntervalSince1970: 1_790_000_000)
        )
        let entries = audit.review()
        #expect(entries.count == handles.count)
        let rtl = try #require(entries.first { $0.account.handle == "mark.r\u{202E}" })
        #expect(rtl.suggestion == .block)
        #expect(rtl.reasons.contains { $0.sentence.contains("[direction change U+202E]") })
        #expect(entries.allSatisfy { $0.reasons.allSatisfy { $0.sentence.unicodeScalars.count < 2_000 } })
    }
}
