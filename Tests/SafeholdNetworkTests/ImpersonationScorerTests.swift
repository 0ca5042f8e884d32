import Foundation
import Testing

@testable import SafeholdNetwork

@Suite("ImpersonationScorer")
struct ImpersonationScorerTests {
    static let now = try! Date("2026-11-24T12:00:00Z", strategy: .iso8601)
    static let picture = AvatarHash(image: TestImages.picture(width: 64, height: 64))
    static let otherPicture = AvatarHash(image: TestImages.picture(width: 64, height: 64, seed: 5))
    static let bio = "Nurse in Leeds. Coffee, hiking and my two dogs. Views my own."
    static let mine = [
        AccountProfile(
            platform: "instagram",
            handle: "jane.doe",
            name: "Jane Doe",
            bio: bio,
            avatar: picture,
            createdAt: "2015-03-01",
            followers: 480,
            posts: 900
        ),
        AccountProfile(platform: "x", handle: "@JaneDoeRN", name: "Jane Doe"),
    ]
    static let scorer = ImpersonationScorer(mine: mine, now: now)

    static func candidate(
        _ handle: String,
        name: String? = nil,
        bio: String? = nil,
        avatar: AvatarHash? = nil,
        created: String? = nil,
        followers: Int? = nil,
        posts: Int? = nil,
        platform: String = "instagram"
    ) -> AccountProfile {
        AccountProfile(
            platform: platform,
            handle: handle,
            name: name,
            bio: bio,
            avatar: avatar,
            createdAt: created,
            followers: followers,
            posts: posts
        )
    }

    static let impersonators: [AccountProfile] = [
        candidate("jane_doe_official"),
        candidate("j\u{430}ne.doe"),
        candidate("jane.d0e"),
        candidate("therealjanedoe"),
        candidate("jane.doe.backup", name: "Jane Doe", created: "2026-11-20"),
        candidate("janedoe_2", name: "Jane Doe", avatar: picture),
        candidate("jane.doee", name: "Jane Doe", created: "2026-11-01", posts: 1),
        candidate("xk_29101", name: "J", bio: bio, avatar: picture),
        candidate("janedoern_", platform: "x"),
        candidate("jane.doe", name: "Jane Doe", platform: "tiktok"),
        candidate("janed0e", name: "Jane Doe \u{200B}", created: "2026-10-30", followers: 2),
        candidate("jane.doe.private", name: "Jane"),
        candidate("_jane.doe_"),
        candidate("jane-doe.bsky.social", name: "Jane Doe", platform: "bluesky"),
        candidate("iamjanedoe", name: "Jane Doe"),
        candidate("JANE.DOE", name: "Jane Doe", platform: "threads"),
        candidate("jnae.doe", name: "Jane Doe", avatar: picture),
        candidate("jane.doe", name: "J\u{430}ne D\u{43E}e", platform: "x"),
    ]

    @Test("accounts pretending to be the person score 0.6 or more", arguments: impersonators)
    func flagsImpersonators(candidate: AccountProfile) {
        let result = Self.scorer.score(candidate)
        #expect(result.score >= 0.6, "\(candidate.handle): \(result.reasons.map(\.code))")
        #expect(!result.reasons.isEmpty)
    }

    static let innocent: [AccountProfile] = [
        candidate(
            "jane.smith",
            name: "Jane Smith",
            bio: "Teacher. Running and books.",
            created: "2012-05-01",
            posts: 2_000
        ),
        candidate(
            "janet.doe",
            name: "Janet Doe",
            avatar: otherPicture,
            created: "2016-01-01",
            followers: 300,
            posts: 800
        ),
        candidate("john.doe", name: "John Doe", created: "2014-01-01"),
        candidate("coffee_lover", name: "Sam", bio: "Coffee and hiking"),
        candidate("mark_t", name: "Mark Taylor", bio: "Dad, cyclist", avatar: otherPicture),
        candidate("doe.family", name: "The Doe Family", created: "2018-01-01", posts: 120),
        candidate("jdoe", name: "Jamie Doe", created: "2019-07-07", followers: 90, posts: 40),
        candidate("someone", name: "Jane Doe", created: "2013-01-01", posts: 700),
        candidate("jane.doe.photography", name: "Doe Studio", created: "2017-04-04", posts: 300),
        candidate("dr_jane_doerr", name: "Dr Jane Doerr", created: "2010-10-10", posts: 5_000),
        candidate("leeds_nurses", name: "Leeds Nurses", bio: "News for nurses in Leeds and Yorkshire."),
        candidate("janed", name: "Jane Dunn", created: "2014-06-01", posts: 250),
        candidate("\u{414}\u{436}\u{435}\u{439}\u{43D}", name: "\u{414}\u{436}\u{435}\u{439}\u{43D} \u{414}\u{43E}"),
        candidate(String(repeating: "x", count: 30), name: String(repeating: "Jane ", count: 50)),
    ]

    @Test("friends, namesakes and strangers stay below possible", arguments: innocent)
    func sparesOthers(candidate: AccountProfile) {
        let result = Self.scorer.score(candidate)
        #expect(result.score < 0.4, "\(candidate.handle) scored \(result.score): \(result.reasons.map(\.code))")
    }

    @Test("jane.doe against jane_doe_official names the changed separators and the added word")
    func officialReasons() {
        let codes = Self.scorer.score(Self.candidate("jane_doe_official")).reasons.map(\.code)
        #expect(codes.contains(.sameHandleCore))
        #expect(codes.contains(.impersonationWord))
        #expect(codes.contains(.separatorsChanged))
        #expect(Self.scorer.score(Self.candidate("jane_doe_official")).level == .likely)
    }

    @Test("a look-alike handle is written out in the reason, never shown as plain letters")
    func rendersLookAlikes() throws {
        let reason = try #require(Self.scorer.score(Self.candidate("j\u{430}ne.doe")).reasons.first)
        #expect(reason.code == .sameHandleSkeleton)
        #expect(reason.sentence.contains("[Cyrillic \u{430} U+0430]"))
    }

    @Test("the person's own account is recognised and scores zero")
    func ownAccount() {
        let result = Self.scorer.score(Self.candidate("@Jane.Doe"))
        #expect(result.score == 0)
        #expect(result.reasons.map(\.code) == [.ownAccount])
    }

    @Test("more signals never lower the score, and suspects come most likely first")
    func ordering() {
        let bare = Self.scorer.score(Self.candidate("jane.doe_")).score
        let copied = Self.scorer.score(Self.candidate("jane.doe_", avatar: Self.picture, created: "2026-11-23")).score
        #expect(copied > bare)
        let list = Self.scorer.suspects(Self.impersonators + Self.innocent)
        #expect(list.count >= Self.impersonators.count - 1)
        #expect(zip(list, list.dropFirst()).allSatisfy { $0.score.score >= $1.score.score })
    }

    @Test("hostile profiles are scored in bounded time")
    func hostile() {
        let long = String(repeating: "j\u{430}\u{200B}", count: 300_000)
        let result = Self.scorer.score(
            Self.candidate(long, name: long, bio: String(repeating: "word ", count: 200_000))
        )
        #expect(result.score >= 0 && result.score <= 1)
        let emoji = String(repeating: "🙂", count: 100_000)
        #expect(Self.scorer.score(Self.candidate(emoji, name: emoji, bio: emoji)).score < 0.4)
    }

    @Test("a handle that spells the person's name counts, unless the account is long established")
    func spellsName() {
        let scorer = ImpersonationScorer(
            mine: [AccountProfile(platform: "x", handle: "sl_1990", name: "Samira Lopez")],
            now: Self.now
        )
        let fresh = scorer.score(
            Self.candidate("samira_lopez", name: "Samira Lopez", created: "2026-11-10", platform: "x")
        )
        #expect(fresh.reasons.map(\.code).contains(.handleSpellsYourName))
        #expect(fresh.level == .likely)
        let namesake = scorer.score(
            Self.candidate("samiralopez", name: "Samira L.", created: "2011-02-02", posts: 3_000, platform: "x")
        )
        #expect(namesake.level == .unlikely)
    }

    @Test(
        "creation dates are read to the day from ISO 8601 forms, anything else is ignored",
        arguments: [
            ("2026-11-02", 1_793_577_600.0), ("2026-11-02T23:59:59.999+05:00", 1_793_577_600),
            ("2026-11-02 10:00", 1_793_577_600),
            ("1970-01-01", 0), ("2026-13-01", nil), ("02/11/2026", nil), ("2026-11-0x", nil), ("", nil),
        ] as [(String, Double?)]
    )
    func dates(text: String, seconds: Double?) {
        let profile = AccountProfile(platform: "x", handle: "a", createdAt: text)
        #expect(profile.creationDate?.timeIntervalSince1970 == seconds)
    }

    @Test("a scorer without own profiles scores nothing")
    func empty() {
        #expect(ImpersonationScorer(mine: []).score(Self.candidate("jane")).score == 0)
    }
}

@Suite("Handles with invisible ends")
struct InvisibleHandleEndTests {
    @Test("a handle ending in a zero-width space is not the person's own, and is a look-alike of it")
    func zeroWidthEnd() {
        #expect(HandleForm.plainHandle("sam.rivera\u{200B}") != HandleForm.plainHandle("sam.rivera"))
        #expect(HandleForm.plainHandle("  @Sam.Rivera \n") == "sam.rivera")
    }
}
