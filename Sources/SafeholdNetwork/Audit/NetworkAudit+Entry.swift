import Foundation

extension NetworkAudit {
    typealias Reason = AuditEntry.Reason

    func reason(_ code: AuditEntry.Code, _ points: Int, _ sentence: String) -> Reason {
        Reason(code: code, sentence: sentence, points: points)
    }

    func entry(for connection: Connection, kinds: [ConnectionKind]) -> AuditEntry {
        let account = connection.account
        let keys = AccountKeys(account)
        if let listed = listedReason(keys) {
            return AuditEntry(account: account, kinds: kinds, suggestion: .block, reasons: [listed], points: 4)
        }
        var reasons = interactionReasons(keys)
        if matches(keys, connectedKeys) {
            let sentence = "This account is also connected to the abuser or to someone you listed as helping them."
            reasons.append(reason(.connectedToAbuserOrAlly, 2, sentence))
        }
        if let lookalike = lookalikeReason(account, keys: keys) { reasons.append(lookalike) }
        if let profile = connection.profile, isNewOrNearlyEmpty(profile) {
            reasons.append(reason(.newOrNearlyEmpty, 1, "This account is new or has almost no posts or followers."))
        }
        let points = reasons.reduce(0) { $0 + $1.points }
        let suggestion: AuditEntry.Suggestion =
            points >= 4 ? .block : points == 3 ? .remove : points == 2 ? .lookAgain : .keep
        let sorted = reasons.sorted { $0.points > $1.points }
        return AuditEntry(account: account, kinds: kinds, suggestion: suggestion, reasons: sorted, points: points)
    }

    func listedReason(_ keys: AccountKeys) -> Reason? {
        if matches(keys, abuserKeys) {
            return reason(.listedAsAbuser, 4, "This is an account you listed as the abuser's.")
        }
        if matches(keys, allyKeys) {
            return reason(.listedAsAlly, 4, "This is an account you listed as helping the abuser.")
        }
        return nil
    }

    func interactionReasons(_ keys: AccountKeys) -> [Reason] {
        let stats = interactionStats(keys)
        var reasons: [Reason] = []
        if stats.flaggedWritten > 0 {
            let sentence =
                stats.flaggedWritten == 1
                ? "This account sent or wrote one message or post that was flagged."
                : "This account sent or wrote \(stats.flaggedWritten) messages or posts that were flagged."
            reasons.append(reason(.sentFlaggedContent, 4, sentence))
        }
        if stats.flaggedEngaged > 0 {
            let sentence = "This account liked or shared content that was flagged (\(stats.flaggedEngaged) times)."
            reasons.append(reason(.engagedWithFlaggedContent, 2, sentence))
        }
        if stats.fromThem == 0 && stats.fromMe == 0 {
            let sentence = "You and this account have never messaged, replied to, liked or mentioned each other."
            reasons.append(reason(.neverInteracted, 1, sentence))
        } else if stats.fromThem > 0 && stats.fromMe > 0 && stats.flaggedWritten == 0 && stats.flaggedEngaged == 0 {
            reasons.append(reason(.interactsBothWays, -1, "You and this account interact in both directions."))
        }
        return reasons
    }

    func lookalikeReason(_ account: AccountRef, keys: AccountKeys) -> Reason? {
        if matches(keys, lookalikeKeys) {
            return reason(.lookAlikeOfKnown, 3, "This account was already found to imitate someone.")
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
            return reason(.lookAlikeOfKnown, 3, "Its handle @\(shown) looks like @\(theirs), \(whose).")
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
