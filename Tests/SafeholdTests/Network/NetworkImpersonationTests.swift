import Foundation
import SafeholdCore
import SafeholdTestSupport
import SafeholdVault
import Testing

@testable import Safehold

@Suite("ImpersonationReview")
struct NetworkImpersonationTests {
    typealias F = NetworkFixtures
    static let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-17

    @Test("without the person's own accounts there is nothing to compare with")
    func noOwnAccounts() throws {
        let test = try TestVault()
        try F.seal(F.relationship(.follower, "sam.rivera_official"), in: test.vault)
        let review = ImpersonationReview(vault: test.vault, now: Self.now)
        #expect(try review.ownAccounts().isEmpty)
        #expect(try review.candidates().isEmpty)
    }

    @Test("accounts seen in imports and entered by hand are scored against own accounts, most likely first")
    func candidates() throws {
        let test = try TestVault()
        let accounts = NetworkAccounts(vault: test.vault)
        try accounts.add(
            NetworkAccount(
                role: .mine,
                platform: Platform("instagram")!,
                handle: "@sam.rivera",
                name: "Sam Rivera",
                bio: "Photos of the coast. Runner."
            )
        )
        try accounts.add(
            NetworkAccount(
                role: .suspect,
                platform: Platform("instagram")!,
                handle: "sam.rivera.backup",
                name: "Sam Rivera",
                bio: "Photos of the coast. Runner.",
                createdAt: "2026-11-10"
            )
        )
        try F.seal(F.relationship(.follower, "ѕam.rivera"), in: test.vault)  // Cyrillic ѕ
        try F.seal(F.relationship(.follower, "marguerite_h"), in: test.vault)
        let review = ImpersonationReview(vault: test.vault, now: Self.now)
        #expect(try review.ownAccounts().map(\.handle) == ["sam.rivera"])
        let candidates = try review.candidates()
        #expect(candidates.map(\.account.handle).sorted() == ["sam.rivera.backup", "ѕam.rivera"])
        #expect(candidates.allSatisfy { $0.level == .likely })
        #expect(candidates[0].score >= candidates[1].score)
        let byHand = try #require(candidates.first { $0.enteredByHand })
        #expect(byHand.resembles?.handle == "sam.rivera")
        #expect(byHand.reasons.contains { $0.code == "similarBio" })
        let cyrillic = try #require(candidates.first { !$0.enteredByHand })
        #expect(cyrillic.account.shownHandle != cyrillic.account.handle, "the look-alike letter is written out")
        #expect(try review.candidates(minimum: 0).contains { $0.account.handle == "marguerite_h" })
    }

    @Test("the person's own imported profile is theirs, not a candidate")
    func importedOwnProfile() throws {
        let test = try TestVault()
        try F.seal(F.ownProfile(), in: test.vault)
        try F.seal(
            F.message(from: F.owner, to: AccountRef(handle: "samrivera_"), platform: "instagram"),
            in: test.vault
        )
        let review = ImpersonationReview(vault: test.vault, now: Self.now)
        let own = try review.ownAccounts()
        #expect(own.map(\.handle) == ["sam.rivera"])
        #expect(own.first?.name == "Sam Rivera")
        let candidates = try review.candidates(minimum: 0)
        #expect(candidates.map(\.account.handle) == ["samrivera_"])
    }

    @Test("the person's handle with a zero-width space or a direction mark added is a likely impersonator, not theirs")
    func invisibleCopy() throws {
        let test = try TestVault()
        try F.seal(F.ownProfile(), in: test.vault)
        try F.seal(F.relationship(.follower, "sam.rivera\u{200B}"), in: test.vault)
        try F.seal(F.relationship(.follower, "\u{200E}sam.rivera"), in: test.vault)
        let candidates = try ImpersonationReview(vault: test.vault, now: Self.now).candidates()
        #expect(candidates.count == 2)
        #expect(candidates.contains { $0.account.handle.hasSuffix("\u{200B}") })
        for candidate in candidates {
            #expect(candidate.level == .likely)
            #expect(["hiddenCharacters", "sameHandleSkeleton"].contains(candidate.reasons.first?.code ?? ""))
            #expect(candidate.resembles?.handle == "sam.rivera")
            #expect(!candidate.account.shownHandle.unicodeScalars.contains { $0 == "\u{200B}" || $0 == "\u{200E}" })
        }
    }

    @Test("a 1 MB profile text in an import is cut, not refused, and the review finishes")
    func hugeImportedBio() throws {
        let test = try TestVault()
        try F.seal(F.ownProfile(bio: String(repeating: "word ", count: 200_000)), in: test.vault)
        var message = F.message(
            from: AccountRef(handle: "x\u{202E}y", displayName: String(repeating: "é", count: 100_000)),
            to: F.owner
        )
        message.text = "hi"
        try F.seal(message, in: test.vault)
        let candidates = try ImpersonationReview(vault: test.vault, now: Self.now).candidates(minimum: 0)
        #expect(candidates.count == 1)
        #expect((candidates.first?.account.name?.unicodeScalars.count ?? 0) <= 256)
    }
}
