public import Foundation

/// Scores how much candidate accounts look like impersonations of the person's own accounts.
///
/// Each signal adds a weight in log-odds (see ``ImpersonationWeights``); the sum, plus a negative starting
/// point, goes through the logistic function, so one signal on its own rarely reaches "likely" while look-alike
/// handles backed by a copied picture, bio or a brand-new account do. Against several own profiles the closest
/// one counts. Signals that lower the score (an old account with many posts) are listed too, so that the
/// person sees why a friend with a similar name is not flagged. Cost per candidate is bounded: handles and
/// names are cut to 256 scalars and edit distances to 64, bios to 4,000 scalars.
public struct ImpersonationScorer: Sendable {
    /// The person's own profiles.
    public let mine: [AccountProfile]
    /// The weights used.
    public let weights: ImpersonationWeights
    /// The date account ages are measured from.
    public let now: Date
    let prepared: [PreparedProfile]

    /// A scorer for the person's own profiles.
    /// - Parameters:
    ///   - mine: The person's accounts, as complete as they have them.
    ///   - weights: The calibration; the defaults are documented on ``ImpersonationWeights``.
    ///   - now: When "new account" is measured from; today by default.
    public init(mine: [AccountProfile], weights: ImpersonationWeights = .init(), now: Date = Date()) {
        self.mine = mine
        self.weights = weights
        self.now = now
        prepared = mine.map(PreparedProfile.init)
    }

    /// The score of one candidate against the closest of the person's profiles.
    public func score(_ candidate: AccountProfile) -> ImpersonationScore {
        let other = PreparedProfile(candidate)
        var best = ImpersonationScore(score: 0, reasons: [], closestMine: nil)
        for (index, own) in prepared.enumerated() {
            let reasons = ImpersonationSignals(own: own, candidate: other, weights: weights, now: now).reasons()
            if reasons.contains(where: { $0.code == .ownAccount }) {
                return ImpersonationScore(score: 0, reasons: reasons, closestMine: index)
            }
            let logit = weights.start + reasons.reduce(0) { $0 + $1.weight }
            let score = 1 / (1 + exp(-logit))
            if best.closestMine == nil || score > best.score {
                best = ImpersonationScore(
                    score: score,
                    reasons: reasons.sorted { abs($0.weight) > abs($1.weight) },
                    closestMine: index
                )
            }
        }
        return best
    }

    /// Candidates scored and ordered most likely first, keeping those at or above `minimum`.
    public func suspects(_ candidates: [AccountProfile], minimum: Double = 0.4) -> [ImpersonationSuspect] {
        candidates.map { ImpersonationSuspect(candidate: $0, score: score($0)) }.filter { $0.score.score >= minimum }
            .sorted { $0.score.score > $1.score.score }
    }
}

/// A candidate account with its score, as ``ImpersonationScorer/suspects(_:minimum:)`` lists them.
public struct ImpersonationSuspect: Sendable, Hashable, Codable {
    /// The candidate's profile.
    public var candidate: AccountProfile
    /// Its score and reasons.
    public var score: ImpersonationScore
}

/// The weights of each signal, in log-odds. A score is `1 / (1 + e^-(start + Σ weights))`.
///
/// Calibrated by hand on the cases in the tests, not learned: `start` −5 keeps a lone matching display name
/// (many people share a name) near 0.1; a handle equal under TR39 skeleton (+6.5) is 0.8 on its own; the
/// person's handle with separators, digits or words such as `official` changed (+5.5) is 0.62 and reaches
/// 0.82 with an added word (+1). A handle one edit away (+2.5) or a name one edit away (+1.5) stays below 0.4
/// unless something else agrees (a copied picture +3.5, a copied bio up to +3, a new account +1.5), and an
/// account older than two years with hundreds of posts loses 1.7.
public struct ImpersonationWeights: Sendable, Hashable, Codable {
    /// The starting log-odds, before any signal.
    public var start = -5.0
    /// Handle equal to one of the person's under the TR39 skeleton but written differently.
    public var sameHandleSkeleton = 6.5
    /// Exactly the person's handle, on a platform where the person has not listed an account.
    public var sameHandleOtherPlatform = 3.0
    /// The person's handle with separators, digits or impersonation words changed.
    public var sameHandleCore = 5.5
    /// The handle spells the person's display name (`samiralopez` for "Samira Lopez").
    public var handleSpellsYourName = 2.5
    /// The person's handle inside a longer one.
    public var handleContainsYours = 2.5
    /// One edit (insert, delete, change, swap) from the person's handle.
    public var handleOneEdit = 2.5
    /// Two edits from the person's handle (handles of eight letters or more).
    public var handleTwoEdits = 1.2
    /// A word such as `real`, `official` or `backup` added.
    public var impersonationWord = 1.0
    /// Display name equal under the skeleton.
    public var sameName = 3.0
    /// Display name one or two edits away.
    public var nameNearlySame = 1.5
    /// Bio similarity (Jaccard of words), multiplied by this.
    public var similarBio = 3.5
    /// Profile picture similarity, multiplied by this.
    public var similarAvatar = 3.5
    /// Created in the last 30 days.
    public var newAccount = 1.5
    /// Created in the last 180 days.
    public var recentAccount = 0.7
    /// Fewer than 5 posts or fewer than 10 followers.
    public var nearlyEmpty = 0.7
    /// Invisible characters or mixed scripts in a handle or name that already looks like the person's.
    public var hiddenCharacters = 1.5
    /// Created more than two years ago (negative).
    public var establishedAccount = -1.0
    /// More than 500 posts (negative).
    public var manyPosts = -0.7

    /// The documented defaults.
    public init() {}
}

/// One profile with its comparison forms computed once.
struct PreparedProfile: Sendable {
    let profile: AccountProfile
    let platform: String
    let handle: HandleForm
    let name: HandleForm?
    let bioWords: Set<String>
    let created: Date?
    let nameWords: [String]

    init(_ profile: AccountProfile) {
        self.profile = profile
        platform = profile.platform.lowercased()
        handle = HandleForm(profile.handle)
        name = profile.name.flatMap { $0.isEmpty ? nil : HandleForm($0, isName: true) }
        bioWords = BioWords.of(profile.bio)
        created = profile.creationDate
        nameWords = profile.name.map(ImpersonationWords.inName) ?? []
    }
}
