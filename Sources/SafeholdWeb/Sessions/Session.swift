import Foundation
import SafeholdVault

/// A browser's session with the web app.
///
/// Every visitor gets one (it carries the CSRF token that the unlock form needs). Unlocking replaces
/// it with a new session that holds the open vault; locking ends it. The id is 256 random bits.
struct Session: Sendable {
    /// What an unlocked session may do. Only the vault's owner exists today; a trusted person with
    /// limited access (review and label, no export) is meant to become a second role.
    enum Role: String, Sendable {
        /// The person whose vault it is: everything.
        case owner
    }

    /// The open vault and who opened it.
    struct Access: Sendable {
        /// Who unlocked it.
        let role: Role
        /// The unlocked vault, held in this process's memory for this session only.
        let vault: Vault
    }

    /// The cookie value that names this session.
    let id: String
    /// The token every form of this session must send back.
    let csrfToken: String
    /// When the session began.
    let startedAt: Date
    /// The last request seen.
    var lastSeen: Date
    /// The open vault, once unlocked.
    var access: Access?

    /// Starts a session that has not unlocked anything.
    init(now: Date) {
        id = Token.random256()
        csrfToken = Token.random256()
        startedAt = now
        lastSeen = now
    }

    /// Starts a fresh session (new id and token) that holds an unlocked vault.
    init(now: Date, access: Access) {
        self.init(now: now)
        self.access = access
    }
}
