import Foundation

extension NetworkAudit {
    typealias Reason = AuditEntry.Reason

    func entry(for connection: Connection, kinds: [ConnectionKind]) -> AuditEntry {
        let account = connection.account
        let keys = AccountKeys(account)
        if matches(keys, abuserKeys) || matches(keys, allyKeys) {
            let abuser = matches(keys, abuserKeys)
            let reason = Reason(
                code: abuser ? .listedAsAbuser : .listedAsAlly,
                sentence: abuser
                    ? "This is an account you listed as the abuser's."
                    : "This is an account you listed as helping the abuser.",
                points: 4
            )
            return AuditEntry(account: account, kinds: kinds, suggestion: .block, reasons: [reason], points: 4)
        }
        var reasons = interactionReasons(keys)
        if matches(keys, connectedKeys) {
            reasons.append(
                Reason(
                    code: .connectedToAbuserOrAlly,
                    sentence: "This account is also connected to the abuser or to someone you listed as helping them.",
                    points: 2
                )
            )
        }
        if let lookalike = lookalikeReason(account, keys: keys) { reasons.append(lookalike) }
        if let profile = connection.profile, isNewOrNearlyEmpty(profile) {
            reasons.append(
                Reason(
                    code: .newOrNearlyEmpty,
                    sentence: "This account is new or has almost no posts or followers.",
                    points: 1
                )
            )
        }
        let points = reasons.reduce(0) { $0 + $1.points }
        let suggestion: AuditEntry.Suggestion =
            points >= 4 ? .block : points == 3 ? .remove : points == 2 ? .lookAgain : .keep
        return AuditEntry(
            account: account,
            kinds: kinds,
            suggestion: suggestion,
            reasons: reasons.sorted { $0.points > $1.points },
            points: points
        )
    }

    func interactionReasons(_ keys: AccountKeys) -> [Reason] {
        let stats = interactionStats(keys)
        var reasons: [Reason] = []
        if stats.flaggedWritten > 0 {
            reasons.append(
                Reason(
                    code: .sentFlaggedContent,
                    sentence: stats.flaggedWritten == 1
                        ? "This account sent or wrote one message or post that was flagged."
                        : "This account sent or wrote \(stats.flaggedWritten) messages or posts that were flagged.",
                    points: 4
                )
            )
        }
        if stats.flaggedEngaged > 0 {
            reasons.append(
                Reason(
                    code: .engagedWithFlaggedContent,
                    sentence: "This account liked or shared content that was flagged (\(stats.flaggedEngaged) times).",
                    points: 2
                )
            )
        }
        if stats.fromThem == 0 && stats.fromMe == 0 {
            reasons.append(
                Reason(
                    code: .neverInteracted,
                    sentence: "You and this account have never messaged, replied to, liked or mentioned each other.",
                    points: 1
                )
            )
        } else if stats.fromThem > 0 && stats.fromMe > 0 && stats.flaggedWritten == 0 && stats.flaggedEngaged == 0 {
            reasons.append(
                Reason(
                    code: .interactsBothWays,
                    sentence: "You and this account interact in both directions.",
                    points: -1
                )
            )
        }
        return reasons
    }

    func lookalikeReason(_ account: AccountRef, keys: AccountKeys) -> Reason? {
        if matches(keys, lookalikeKeys) {
            return Reason(
                code: .lookAlikeOfKnown,
                sentence: "This account was already found to imitate someone.",
                points: 3
            )
        }
        guard !known.isEmpty else { return nil }
        let form = HandleForm(account.handle)
        for person in known where person.handleKey != keys.handle && person.form.letters.count >= 3 {
            let alike =
                form.skeletonKey == person.form.skeletonKey || form.letters == person.form.letters
                || ImpersonationWords.around(person.form.letters, in: form.letters) != nil
            guard alike else { continue }
            let whose =
                switch person.role {
                case .mine: "your account"
                case .abuser: "an account you listed as the abuser's"
                case .ally: "an account you listed as helping the abuser"
                }
            let shown = VisibleName.render(account.handle, limit: 64)
            let theirs = VisibleName.render(person.account.handle, limit: 64)
            return Reason(
                code: .lookAlikeOfKnown,
                sentence: "Its handle @\(shown) looks like @\(theirs), \(whose).",
                points: 3
            )
        }
        return nil
    }

    func isNewOrNearlyEmpty(_ profile: AccountProfile) -> Bool {
        if let posts = profile.posts, posts < 5 { return true }
        if let followers = profile.followers, followers < 10 { return true }
        if let created = profile.creationDate, now.timeIntervalSince(created) < 90 * 86_400 { return true }
        return false
    }
}
