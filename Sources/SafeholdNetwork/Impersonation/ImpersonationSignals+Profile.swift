import Foundation

extension ImpersonationSignals {
    /// Bio and profile picture: copied content is a signal even when the handle is unrelated.
    func bioAndAvatarReasons() -> [Reason] {
        var reasons: [Reason] = []
        let bio = BioWords.similarity(own.bioWords, candidate.bioWords)
        if bio >= 0.3 {
            let sentence = "Its profile text shares \(Int((bio * 100).rounded()))% of its words with yours."
            reasons.append(reason(.similarBio, weights.similarBio * bio, sentence))
        }
        if let mine = own.profile.avatar, let other = candidate.profile.avatar, mine.distance(to: other) <= 12 {
            let sentence =
                mine.distance(to: other) <= 6
                ? "Its profile picture looks the same as yours." : "Its profile picture looks like yours."
            reasons.append(reason(.similarAvatar, weights.similarAvatar * mine.similarity(to: other), sentence))
        }
        return reasons
    }

    /// Age and activity: new, nearly empty accounts are typical of impersonation; old, active ones are not.
    func accountReasons() -> [Reason] {
        var reasons: [Reason] = []
        if let created = candidate.created {
            let days = now.timeIntervalSince(created) / 86_400
            if days < 30 {
                let sentence = "The account was created \(max(0, Int(days))) days ago."
                reasons.append(reason(.newAccount, weights.newAccount, sentence))
            } else if days < 180 {
                let sentence = "The account was created in the last six months."
                reasons.append(reason(.recentAccount, weights.recentAccount, sentence))
            } else if days > 730 {
                let sentence = "The account has existed for more than two years."
                reasons.append(reason(.establishedAccount, weights.establishedAccount, sentence))
            }
        }
        let posts = candidate.profile.posts
        let followers = candidate.profile.followers
        if (posts.map { $0 < 5 } ?? false) || (followers.map { $0 < 10 } ?? false) {
            let sentence = "The account has almost no posts or followers."
            reasons.append(reason(.nearlyEmpty, weights.nearlyEmpty, sentence))
        } else if let posts, posts > 500 {
            reasons.append(reason(.manyPosts, weights.manyPosts, "The account has posted more than 500 times."))
        }
        return reasons
    }
}
