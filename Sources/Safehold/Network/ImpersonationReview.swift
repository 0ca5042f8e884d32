public import Foundation
import SafeholdNetwork
public import SafeholdVault

/// How likely an account is to be pretending to be the person.
public enum ImpersonationLevel: String, Sendable, Hashable, Codable, CaseIterable {
    /// Score 0.7 and above.
    case likely
    /// Score from 0.4 to 0.7.
    case possible
    /// Below 0.4.
    case unlikely
}

/// One account shown to the person: platform, handle and name, with look-alike characters written out.
public struct ShownAccount: Sendable, Hashable, Codable {
    /// The platform, such as `instagram`.
    public var platform: String
    /// The handle as written.
    public var handle: String
    /// The handle with look-alike and invisible characters written out, safe to show.
    public var shownHandle: String
    /// The display name as written, if known.
    public var name: String?
    /// The display name with look-alike and invisible characters written out, if known.
    public var shownName: String?
}

/// One reason behind an impersonation score.
public struct ImpersonationReason: Sendable, Hashable, Codable {
    /// A stable code, such as `sameHandleSkeleton` or `newAccount`.
    public var code: String
    /// One calm sentence, with look-alike characters written out.
    public var sentence: String
    /// How much it moved the score (log-odds; negative lowers it).
    public var weight: Double
}

/// An account that may be pretending to be the person, with its score and reasons.
public struct ScoredCandidate: Sendable, Hashable, Codable, Identifiable {
    /// A short id that stays the same from one run to the next (same scheme as ``AuditedAccount/id``).
    public var id: String
    /// The account.
    public var account: ShownAccount
    /// Whether the person entered it by hand (`true`) or Safehold saw it in an import.
    public var enteredByHand: Bool
    /// From 0 to 1.
    public var score: Double
    /// How the score is described.
    public var level: ImpersonationLevel
    /// The person's own account it resembles most.
    public var resembles: ShownAccount?
    /// Why, strongest first.
    public var reasons: [ImpersonationReason]
}

/// Scores every account Safehold has seen (authors, recipients, followers and followings in imports) and every
/// account the person entered by hand against the person's own accounts (entered with `mine`, or read from
/// imported profile and account files). Uses ``ImpersonationScorer``; time is linear in the accounts.
public struct ImpersonationReview: Sendable {
    let vault: Vault
    let now: Date

    /// A review of an unlocked vault.
    /// - Parameters:
    ///   - vault: The vault.
    ///   - now: When account ages are measured from.
    public init(vault: Vault, now: Date = Date()) {
        self.vault = vault
        self.now = now
    }

    /// The person's own accounts the candidates are compared with. Empty means there is nothing to compare with.
    /// - Throws: ``SafeholdError`` when the vault cannot be read.
    public func ownAccounts() throws -> [ShownAccount] {
        try NetworkSnapshot(vault: vault).mine.map(ShownAccount.init)
    }

    /// Candidates scoring at least `minimum`, most likely first (then by handle).
    /// - Throws: ``SafeholdError`` when the vault cannot be read.
    public func candidates(minimum: Double = 0.4) throws -> [ScoredCandidate] {
        Self.candidates(try NetworkSnapshot(vault: vault), minimum: minimum, now: now)
    }

    static func candidates(_ snapshot: NetworkSnapshot, minimum: Double, now: Date) -> [ScoredCandidate] {
        guard !snapshot.mine.isEmpty else { return [] }
        let scorer = ImpersonationScorer(mine: snapshot.mine, now: now)
        var keys = Set<String>()
        var scored: [ScoredCandidate] = []
        let entered = (snapshot.suspects + snapshot.linked.compactMap { snapshot.entered[$0.handleKey] }).map {
            ($0, SafeholdNetwork.AccountRef(platform: $0.platform, handle: $0.handle).handleKey, true)
        }
        let seen = snapshot.seenOrder.compactMap { key in snapshot.seen[key].map { ($0, key, false) } }
        for (profile, key, byHand) in entered + seen {
            let ref = SafeholdNetwork.AccountRef(platform: profile.platform, handle: profile.handle)
            guard !snapshot.isOwn(ref, key: key) else { continue }
            if snapshot.isDisguisedOwn(ref, key: key) {
                if keys.insert(key + "\u{1F}" + profile.handle).inserted {
                    scored.append(.disguised(profile, ref: ref, byHand: byHand, mine: snapshot.mine))
                }
                continue
            }
            guard keys.insert(key).inserted else { continue }
            let result = scorer.score(profile)
            guard result.score >= minimum else { continue }
            scored.append(ScoredCandidate(profile, ref: ref, byHand: byHand, result: result, mine: snapshot.mine))
        }
        return scored.sorted { ($0.score, $1.account.handle) > ($1.score, $0.account.handle) }
    }
}

extension ShownAccount {
    init(_ profile: AccountProfile) {
        platform = profile.platform
        handle = profile.handle
        shownHandle = VisibleName.render(profile.handle, limit: 64)
        name = profile.name
        shownName = profile.name.map { VisibleName.render($0, limit: 64) }
    }
}

extension ScoredCandidate {
    init(
        _ profile: AccountProfile,
        ref: SafeholdNetwork.AccountRef,
        byHand: Bool,
        result: ImpersonationScore,
        mine: [AccountProfile]
    ) {
        id = AuditedAccount.stableID(ref)
        account = ShownAccount(profile)
        enteredByHand = byHand
        score = (result.score * 10_000).rounded() / 10_000
        level =
            switch result.level {
            case .likely: .likely
            case .possible: .possible
            case .unlikely: .unlikely
            }
        resembles = result.closestMine.flatMap { mine.indices.contains($0) ? ShownAccount(mine[$0]) : nil }
        reasons = result.reasons.map {
            ImpersonationReason(
                code: $0.code.rawValue,
                sentence: $0.sentence,
                weight: ($0.weight * 100).rounded() / 100
            )
        }
    }
}

extension ScoredCandidate {
    /// One of the person's handles with invisible characters or spaces added: the scorer would take it for the
    /// person's own account, so it is scored here, as certain as a skeleton match with hidden characters.
    static func disguised(
        _ profile: AccountProfile,
        ref: SafeholdNetwork.AccountRef,
        byHand: Bool,
        mine: [AccountProfile]
    ) -> ScoredCandidate {
        let own = mine.first {
            SafeholdNetwork.AccountRef(platform: $0.platform, handle: $0.handle).handleKey == ref.handleKey
        }
        let shown = VisibleName.render(profile.handle, limit: 64)
        let sentence = "Its handle @\(shown) is yours with invisible characters or spaces added."
        return ScoredCandidate(
            id: AuditedAccount.stableID(ref),
            account: ShownAccount(profile),
            enteredByHand: byHand,
            score: 0.99,
            level: .likely,
            resembles: own.map(ShownAccount.init),
            reasons: [ImpersonationReason(code: "hiddenCharacters", sentence: sentence, weight: 8)]
        )
    }
}
