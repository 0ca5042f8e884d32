import Safehold
import SafeholdCore

/// The network audit page.
struct NetworkModel {
    let rows: [AuditRow]
    let hasRows: Bool
    let total: Int
    let hasAccounts: Bool
    let kept: Int
    let formats: [Choice]
}

/// One audited account, with look-alike and invisible characters already written out.
struct AuditRow {
    let id: String
    let platform: String
    let handle: String
    let hidden: Bool
    let suggestion: String
    let reasons: [String]
    let connections: String?

    init(_ account: AuditedAccount) {
        id = account.id
        platform = Platform.displayName(of: account.platform)
        // Some exports (X's messages) name accounts only by number.
        handle = account.shownHandle.isEmpty
            ? "account number " + DisplaySafe.text(account.accountID ?? "unknown") : DisplaySafe.text(account.shownHandle)
        hidden = account.hiddenCharacters
        suggestion = account.suggestion.words
        reasons = account.reasons.map(\.sentence)
        connections = account.connections.isEmpty ? nil : account.connections.map { DisplaySafe.text($0) }.joined(separator: ", ")
    }
}

/// The impersonation page.
struct ImpersonationModel {
    let own: [ShownRow]
    let hasOwn: Bool
    let candidates: [CandidateRow]
    let hasCandidates: Bool
    let entered: [EnteredRow]
    let hasEntered: Bool
    let added: Bool
}

/// An account as shown: handle and name with look-alike characters written out.
struct ShownRow {
    let platform: String
    let handle: String
    let name: String?

    init(_ account: ShownAccount) {
        platform = Platform.displayName(of: account.platform)
        handle = DisplaySafe.text(account.shownHandle)
        name = (account.shownName ?? account.name).map { DisplaySafe.text($0) }
    }
}

/// An account that may pretend to be the person.
struct CandidateRow {
    let account: ShownRow
    let level: String
    let score: String
    let resembles: ShownRow?
    let reasons: [String]
    let byHand: Bool

    init(_ candidate: ScoredCandidate) {
        account = ShownRow(candidate.account)
        level = candidate.level.rawValue
        score = String(Int((candidate.score * 100).rounded()))
        resembles = candidate.resembles.map(ShownRow.init)
        reasons = candidate.reasons.map(\.sentence)
        byHand = candidate.enteredByHand
    }
}

/// An account the person entered by hand.
struct EnteredRow {
    let id: String
    let role: String
    let platform: String
    let handle: String
    let name: String?

    init(_ stored: StoredNetworkAccount) {
        id = stored.id
        role = stored.account.role == .mine ? "mine" : stored.account.role == .suspect ? "to check" : "in their lists"
        platform = stored.account.platform.displayName
        handle = "@" + DisplaySafe.text(stored.account.handle)
        name = stored.account.name.map { DisplaySafe.text($0) }
    }
}
