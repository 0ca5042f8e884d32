/// How much a candidate account looks like an impersonation of one of the person's accounts, and why.
public struct ImpersonationScore: Sendable, Hashable, Codable {
    /// From 0 (nothing in common) to 1 (almost certainly pretending to be the person). See ``ImpersonationScorer``
    /// for how the figure is made; 0.7 and above is shown as likely, 0.4 to 0.7 as possible.
    public var score: Double
    /// Every signal that moved the score, strongest first.
    public var reasons: [Reason]
    /// The index, in the scorer's `mine`, of the profile the candidate is closest to (nil when none).
    public var closestMine: Int?

    /// How a score is described to the person.
    public enum Level: String, Sendable, Codable {
        /// 0.7 and above; `possible` from 0.4; `unlikely` below.
        case likely, possible, unlikely
    }

    /// The band the score falls in.
    public var level: Level { score >= 0.7 ? .likely : score >= 0.4 ? .possible : .unlikely }

    /// One signal, with a stable code for tools and a plain sentence for the person.
    public struct Reason: Sendable, Hashable, Codable {
        /// A stable identifier (`sameHandleSkeleton`, `newAccount`…).
        public var code: Code
        /// One calm sentence about the account, with look-alike characters written out.
        public var sentence: String
        /// How much this signal moved the score (log-odds; negative lowers it).
        public var weight: Double

        /// A reason.
        public init(code: Code, sentence: String, weight: Double) {
            self.code = code
            self.sentence = sentence
            self.weight = weight
        }
    }

    /// The signals ``ImpersonationScorer`` uses.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// One code per signal; see ``ImpersonationWeights`` for what each adds.
        case ownAccount, sameHandleSkeleton, sameHandleOtherPlatform, sameHandleCore, handleContainsYours
        case handleOneEditAway, handleTwoEditsAway, separatorsChanged, digitsAdded, impersonationWord
        case sameNameSkeleton, nameNearlySame, similarBio, similarAvatar, newAccount, recentAccount
        case nearlyEmpty, hiddenCharacters, establishedAccount, manyPosts, handleSpellsYourName
    }
}
