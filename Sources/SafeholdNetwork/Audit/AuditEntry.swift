/// What Safehold suggests for one account in the person's network. Suggestions only: the person decides.
public struct AuditEntry: Sendable, Hashable, Codable {
    /// The account.
    public var account: AccountRef
    /// How it is connected to the person (an account can follow and be followed).
    public var kinds: [ConnectionKind]
    /// The suggestion.
    public var suggestion: Suggestion
    /// Why, in plain words, strongest first. Empty when nothing stood out.
    public var reasons: [Reason]
    /// The sum of the reasons' points, which orders entries within a suggestion.
    public var points: Int

    /// What the person might do about an account.
    public enum Suggestion: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// Block the account; remove it from followers or friends; look at it again; keep it.
        case block, remove, lookAgain, keep

        /// Stronger suggestions first.
        public static func < (lhs: Suggestion, rhs: Suggestion) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// One reason, with a stable code and a plain sentence.
    public struct Reason: Sendable, Hashable, Codable {
        /// A stable identifier.
        public var code: Code
        /// One calm, factual sentence.
        public var sentence: String
        /// Points toward a stronger suggestion (negative for reasons to keep).
        public var points: Int
    }

    /// The reasons ``NetworkAudit`` gives.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// One code per reason; see ``NetworkAudit`` for the points each adds.
        case listedAsAbuser, listedAsAlly, sentFlaggedContent, engagedWithFlaggedContent, connectedToAbuserOrAlly
        case lookAlikeOfKnown, neverInteracted, newOrNearlyEmpty, interactsBothWays
    }
}
