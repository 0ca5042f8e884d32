import Foundation
import SafeholdCore
import SafeholdTestSupport
import SafeholdVault
import Testing

@testable import Safehold

@Suite("NetworkReview")
struct NetworkReviewTests {
    typealias F = NetworkFixtures

    /// The person's Instagram network: an abuser's account, an account linked to them, one that sent a threat,
    /// one that liked a flagged post, a look-alike of the person, a friend they talk with, and a silent follower.
    func caseVault() throws -> TestVault {
        let test = try TestVault()
        let vault = test.vault
        try F.seal(F.ownProfile(), in: vault)
        for handle in ["ex_jordan", "jordans_pal", "threat_sender", "sam.rivera_official", "old_friend", "quiet_one"] {
            try F.seal(F.relationship(.follower, handle), in: vault)
        }
        try F.seal(F.relationship(.following, "old_friend"), in: vault)
        let friend = AccountRef(handle: "old_friend")
        try F.seal(F.message(from: friend, to: F.owner), in: vault)
        try F.seal(F.message(from: F.owner, to: friend), in: vault)
        let threat = try F.seal(F.message(from: AccountRef(handle: "threat_sender"), to: F.owner), in: vault)
        try F.flag(threat, in: vault)
        try CaseNotes(vault: vault).addPerson(
            KnownPerson(role: .abuser, platform: Platform("instagram"), handle: "@Ex_Jordan", name: nil)
        )
        try NetworkAccounts(vault: vault).add(
            NetworkAccount(role: .linked, platform: Platform("instagram")!, handle: "jordans_pal")
        )
        return test
    }

    func byHandle(_ accounts: [AuditedAccount]) -> [String: AuditedAccount] {
        Dictionary(accounts.map { ($0.handle, $0) }, uniquingKeysWith: { a, _ in a })
    }

    @Test("each follower gets the suggestion its reasons add up to, and an account both followed and following once")
    func suggestions() throws {
        let test = try caseVault()
        let audit = try NetworkReview(vault: test.vault).audit()
        let accounts = byHandle(audit)
        #expect(audit.count == 6)
        #expect(accounts["ex_jordan"]?.suggestion == .block)
        #expect(accounts["ex_jordan"]?.reasons.first?.code == "listedAsAbuser")
        #expect(accounts["threat_sender"]?.suggestion == .block)
        #expect(accounts["threat_sender"]?.reasons.map(\.code) == ["sentFlaggedContent"])
        #expect(accounts["sam.rivera_official"]?.suggestion == .block)
        #expect(accounts["sam.rivera_official"]?.reasons.map(\.code) == ["lookAlikeOfKnown", "neverInteracted"])
        #expect(accounts["jordans_pal"]?.suggestion == .remove)
        #expect(accounts["old_friend"]?.suggestion == .keep)
        #expect(accounts["old_friend"]?.connections == ["follower", "following"])
        #expect(accounts["old_friend"]?.reasons.map(\.code) == ["interactsBothWays"])
        #expect(accounts["quiet_one"]?.suggestion == .keep)
        #expect(audit.first?.suggestion == .block && audit.last?.suggestion == .keep)
    }

    @Test("a finding the person set aside does not count; one they confirmed does, whatever its severity")
    func triageDecisions() throws {
        let test = try TestVault()
        try F.seal(F.relationship(.follower, "a_person"), in: test.vault)
        try F.seal(F.relationship(.follower, "b_person"), in: test.vault)
        let fromA = try F.seal(F.message(from: AccountRef(handle: "a_person"), to: F.owner), in: test.vault)
        let fromB = try F.seal(F.message(from: AccountRef(handle: "b_person"), to: F.owner), in: test.vault)
        try F.flag(fromA, in: test.vault)
        try F.flag(fromB, severity: .low, in: test.vault)
        let queue = TriageQueue(vault: test.vault)
        try queue.decide(fromA, .dismissed, label: nil)
        try queue.decide(fromB, .confirmed, label: nil)
        let accounts = byHandle(try NetworkReview(vault: test.vault).audit())
        #expect(accounts["a_person"]?.reasons.contains { $0.code == "sentFlaggedContent" } == false)
        #expect(accounts["b_person"]?.reasons.first?.code == "sentFlaggedContent")
    }

    @Test("the person's messages and mentions count as interactions from them, matched by platform id too")
    func directionAndMentions() throws {
        let test = try TestVault()
        try F.seal(F.relationship(.following, "", id: "4242", platform: "x"), in: test.vault)
        try F.seal(F.relationship(.following, "mentioned_one"), in: test.vault)
        var post = F.record(.post)
        post.author = F.owner
        post.text = "Lovely walk with @mentioned_one, email me at sam@example.org"
        try F.seal(post, in: test.vault)
        var reply = F.record(.reply, platform: "x")
        reply.author = AccountRef(id: "4242", handle: "renamed_later")
        try F.seal(reply, in: test.vault)
        var mine = F.record(.message, platform: "x")
        mine.author = AccountRef(id: "1", handle: "sam_rivera")
        mine.recipients = [AccountRef(id: "4242")]
        try NetworkAccounts(vault: test.vault).add(
            NetworkAccount(role: .mine, platform: Platform("x")!, handle: "sam_rivera")
        )
        try F.seal(mine, in: test.vault)
        let audit = try NetworkReview(vault: test.vault).audit()
        let byID = audit.first { $0.accountID == "4242" }
        #expect(byID?.reasons.map(\.code) == ["interactsBothWays"])
        let mentioned = audit.first { $0.handle == "mentioned_one" }
        #expect(mentioned?.reasons.contains { $0.code == "neverInteracted" } == false)
    }

    @Test("ids stay the same between runs and differ between accounts")
    func stableIDs() throws {
        let test = try caseVault()
        let first = try NetworkReview(vault: test.vault).audit().map(\.id).sorted()
        let second = try NetworkReview(vault: try test.reopen()).audit().map(\.id).sorted()
        #expect(first == second)
        #expect(Set(first).count == first.count)
        #expect(first.allSatisfy { $0.hasPrefix("n-") && $0.count == 14 })
    }

    @Test("an empty vault gives an empty audit")
    func empty() throws {
        #expect(try NetworkReview(vault: try TestVault().vault).audit().isEmpty)
    }

    @Test("hostile handles: direction overrides and zero-width characters are written out, and flagged")
    func hostileHandles() throws {
        let test = try TestVault()
        try F.seal(F.relationship(.follower, "sam.rivera\u{200B}"), in: test.vault)
        try F.seal(F.relationship(.follower, "\u{202E}nimda"), in: test.vault)
        try F.seal(F.relationship(.follower, String(repeating: "😀", count: 100_000)), in: test.vault)
        try F.seal(F.ownProfile(), in: test.vault)
        let audit = try NetworkReview(vault: test.vault).audit()
        #expect(audit.count == 3)
        for account in audit {
            #expect(!account.shownHandle.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{200B}" })
            #expect(account.shownHandle.unicodeScalars.count < 1_000)
        }
        let zeroWidth = try #require(audit.first { $0.handle.hasPrefix("sam.rivera") })
        #expect(zeroWidth.hiddenCharacters)
        #expect(zeroWidth.suggestion == .block)
    }

    @Test("@mentions are read after a space or the start only, trimmed, bounded in number")
    func mentionParsing() {
        #expect(NetworkSnapshot.mentions(in: "@ana hi @bo_b. mail x@y.org") == ["ana", "bo_b"])
        #expect(NetworkSnapshot.mentions(in: "@") == [])
        let many = String(repeating: "@a ", count: 1_000)
        #expect(NetworkSnapshot.mentions(in: many).count == NetworkSnapshot.mentionLimit)
        let long = "@" + String(repeating: "a", count: 1_000_000)
        #expect(NetworkSnapshot.mentions(in: long) == [String(repeating: "a", count: 64)])
    }
}
