/// The metadata rule: a message from an account whose name resembles one the person blocked, sent after the
/// block. People who are blocked often come back through a new account with nearly the same name
/// (`john.smith2`, `real_johnsmith`, `j0hn_smith`, a look-alike letter).
public enum NewAccountAfterBlock {
    /// The rule's identifier, `new-account-after-block`.
    public static let ruleID = RuleID("new-account-after-block")

    /// The rule as the person sees it.
    public static let info = RuleInfo(
        id: ruleID,
        name: "Contact from a new account after a block",
        explanation: """
            This message comes from an account whose name is very close to one you blocked. Someone who is \
            blocked sometimes opens a new account to reach you again. It is worth knowing, because it shows \
            that your block is being worked around on purpose, and platforms and courts treat that as a \
            sign of persistent contact. You can report the new account and block it too. Keep this message: \
            it helps to show the pattern.
            """,
        severity: .high
    )

    /// Whether a message's sender resembles an account the person blocked.
    /// - Parameters:
    ///   - sender: The account the message came from.
    ///   - blocked: The accounts the person blocked.
    ///   - at: When the message was sent, in seconds since 1970, if known. A message sent before a known
    ///     block time does not count for that block.
    /// - Returns: A `high` match naming the blocked account, or nil. The same handle as the blocked account
    ///   is not a new account and does not match.
    public static func evaluate(sender: AccountIdentity, blocked: [BlockedAccount], at: Double?) -> RuleMatch? {
        let senderNames = AccountNames(sender)
        guard !senderNames.isEmpty else { return nil }
        for entry in blocked.prefix(10_000) {
            guard samePlatform(sender.platform, entry.account.platform) else { continue }
            if let time = at, let blockedAt = entry.blockedAt, time < blockedAt { continue }
            let blockedNames = AccountNames(entry.account)
            guard !blockedNames.isSameHandle(as: senderNames), blockedNames.resembles(senderNames) else { continue }
            return RuleMatch(
                ruleID: ruleID,
                severity: .high,
                baseSeverity: .high,
                spans: [],
                relatedAccount: "\(entry.account.platform):\(entry.account.handle)"
            )
        }
        return nil
    }

    private static func samePlatform(_ one: String, _ other: String) -> Bool {
        one.isEmpty || other.isEmpty || one.lowercased() == other.lowercased()
    }
}
