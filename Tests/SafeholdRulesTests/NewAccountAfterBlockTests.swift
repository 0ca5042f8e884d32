import SafeholdRules
import Testing

@Suite("New account after a block")
struct NewAccountAfterBlockTests {
    static let blocked = [
        BlockedAccount(
            account: AccountIdentity(platform: "instagram", handle: "@john_smith", displayName: "John Smith"),
            blockedAt: 1_700_000_000
        ),
        BlockedAccount(account: AccountIdentity(platform: "x", handle: "marcus.w88"), blockedAt: nil),
    ]

    @Test(
        "flags handles and names that resemble a blocked account",
        arguments: [
            ("instagram", "john_smith2", nil), ("instagram", "john.smith.backup", nil),
            ("instagram", "realjohnsmith", nil),
            ("instagram", "j0hn_sm1th", nil), ("instagram", "john_smiht", nil), ("instagram", "jоhn_smith", nil),
            ("instagram", "john_smith_new", nil), ("Instagram", "thejohnsmith", nil),
            ("instagram", "johnsmith_official", nil),
            ("instagram", "john__smith", nil), ("instagram", "JOHN_SMITH_2024", nil),
            ("instagram", "john_smith_alt", nil),
            ("instagram", "new.john.smith", nil), ("instagram", "johnsmith.real", nil),
            ("instagram", "johnsmithh", nil),
            ("instagram", "jsmith_77", "John Smith"), ("instagram", "random_handle", "john smith"),
            ("instagram", "user8812", "J0hn Sm1th"), ("x", "marcus.w89", nil), ("x", "marcusw", nil),
            ("x", "its_marcus_w88", nil), ("x", "marcus_w88_backup", nil),
        ] as [(String, String, String?)]
    )
    func flagsLookAlikes(_ platform: String, _ handle: String, _ name: String?) {
        let sender = AccountIdentity(platform: platform, handle: handle, displayName: name)
        let found = NewAccountAfterBlock.evaluate(sender: sender, blocked: Self.blocked, at: 1_800_000_000)
        #expect(found?.ruleID == NewAccountAfterBlock.ruleID, "\(handle)")
        #expect(found?.severity == .high)
        #expect(found?.relatedAccount != nil)
    }

    @Test(
        "does not flag different people, other platforms, the blocked account itself, or messages before the block",
        arguments: [
            ("instagram", "jane_doe", nil, 1_800_000_000), ("instagram", "john", nil, 1_800_000_000),
            ("instagram", "smithers", nil, 1_800_000_000), ("instagram", "johnny_depp_fan", nil, 1_800_000_000),
            ("instagram", "@john_smith", nil, 1_800_000_000), ("instagram", "John_Smith", nil, 1_800_000_000),
            ("tiktok", "john_smith2", nil, 1_800_000_000), ("instagram", "john_smith2", nil, 1_600_000_000),
            ("instagram", "mary_jones", "Mary", 1_800_000_000), ("instagram", "xx", "J", 1_800_000_000),
            ("x", "marco.polo", nil, 1_800_000_000), ("instagram", "joan_smythe", nil, 1_800_000_000),
            ("instagram", "", nil, 1_800_000_000), ("instagram", "2", "new", 1_800_000_000),
        ] as [(String, String, String?, Double)]
    )
    func ignoresOthers(_ platform: String, _ handle: String, _ name: String?, _ time: Double) {
        let sender = AccountIdentity(platform: platform, handle: handle, displayName: name)
        #expect(NewAccountAfterBlock.evaluate(sender: sender, blocked: Self.blocked, at: time) == nil, "\(handle)")
    }

    @Test("names the blocked account it resembles")
    func namesBlockedAccount() throws {
        let sender = AccountIdentity(platform: "x", handle: "marcus_w88_new")
        let found = try #require(NewAccountAfterBlock.evaluate(sender: sender, blocked: Self.blocked, at: nil))
        #expect(found.relatedAccount == "x:marcus.w88")
        #expect(found.spans.isEmpty)
    }

    @Test("reads ISO 8601 block times")
    func readsISOTimes() {
        let account = AccountIdentity(platform: "x", handle: "a")
        #expect(BlockedAccount(account: account, blockedAtISO8601: "1970-01-02T00:00:00Z").blockedAt == 86_400)
        #expect(BlockedAccount(account: account, blockedAtISO8601: "1970-01-01T00:00:01.500Z").blockedAt == 1.5)
        #expect(BlockedAccount(account: account, blockedAtISO8601: "yesterday").blockedAt == nil)
    }

    @Test("hostile names stay quick and safe")
    func hostileNames() {
        let long = String(repeating: "a\u{301}\u{200B}", count: 200_000)
        let sender = AccountIdentity(platform: "x", handle: long, displayName: String(repeating: "😀", count: 100_000))
        let many = (0..<5_000).map { BlockedAccount(account: AccountIdentity(platform: "x", handle: "user\($0)xyz")) }
        #expect(NewAccountAfterBlock.evaluate(sender: sender, blocked: many, at: nil) == nil)
    }

    @Test("the rule is listed with the text rules")
    func listed() throws {
        let rules = try shippedRules.get().rules
        #expect(rules.last == NewAccountAfterBlock.info)
        #expect(NewAccountAfterBlock.info.severity == .high)
    }
}
