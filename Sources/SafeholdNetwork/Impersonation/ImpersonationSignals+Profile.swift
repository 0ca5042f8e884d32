import Foundation

extension ImpersonationSignals {
    /// Bio and profile picture: copied content is a signal even when the handle is unrelated.
    func bioAndAvatarReasons() -> [Reason] {
        var reasons: [Reason] = []
        let bio = BioWords.similarity(own.bioWords, candidate.bioWords)
        if bio >= 0.3 {
            reasons.append(
                Reason(
                    code: .similarBio,
                    sentence: "Its profile text shares \(Int((bio * 100).rounded()))% of its words with yours.",
                    weight: weights.similarBio * bio
                )
            )
        }
        if let mine = own.profile.avatar, let other = candidate.profile.avatar {
            let similarity = mine.similarity(to: other)
            if mine.distance(to: other) <= 12 {
                reasons.append(
                    Reason(
                        code: .similarAvatar,
                        sentence: mine.distance(to: other) <= 6
                            ? "Its profile picture looks the same as yours." : "Its profile picture looks like yours.",
                        weight: weights.similarAvatar * similarity
                    )
                )
            }
        }
        return reasons
    }

    /// Age and activity: new, nearly empty accounts are typical of impersonation; old, active ones are not.
    func accountReasons() -> [Reason] {
        var reasons: [Reason] = []
        if let created = candidate.created {
            let days = now.timeIntervalSince(created) / 86_400
            if days < 30 {
                reasons.append(
                    Reason(
                        code: .newAccount,
                        sentence: "The account was created \(max(0, Int(days))) days ago.",
                        weight: weights.newAccount
                    )
                )
            } else if days < 180 {
                reasons.append(
                    Reason(
                        code: .recentAccount,
                        sentence: "The account was created in the last six months.",
                        weight: weights.recentAccount
                    )
                )
            } else if days > 730 {
                reasons.append(
                    Reason(
                        code: .establishedAccount,
                        sentence: "The account has existed for more than two years.",
                        weight: weights.establishedAccount
                    )
                )
            }
        }
        let posts = candidate.profile.posts
        let followers = candidate.profile.followers
        if (posts.map { $0 < 5 } ?? false) || (followers.map { $0 < 10 } ?? false) {
            reasons.append(
                Reason(
                    code: .nearlyEmpty,
                    sentence: "The account has almost no posts or followers.",
                    weight: weights.nearlyEmpty
                )
            )
        } else if let posts, posts > 500 {
            reasons.append(
                Reason(
                    code: .manyPosts,
                    sentence: "The account has posted more than 500 times.",
                    weight: weights.manyPosts
                )
            )
        }
        return reasons
    }
}
