import Foundation

/// An account on a platform, as an export or the person names it.
public struct AccountIdentity: Sendable, Hashable, Codable {
    /// The platform's name as Safehold writes it, such as `instagram`; compared without case.
    public var platform: String
    /// The handle or user name, with or without a leading `@`.
    public var handle: String
    /// The display name, when there is one.
    public var displayName: String?

    /// Creates an account identity.
    /// - Parameters:
    ///   - platform: The platform's name.
    ///   - handle: The handle or user name.
    ///   - displayName: The display name, if any.
    public init(platform: String, handle: String, displayName: String? = nil) {
        self.platform = platform
        self.handle = handle
        self.displayName = displayName
    }
}

/// An account the person blocked, and when.
public struct BlockedAccount: Sendable, Hashable, Codable {
    /// The blocked account.
    public var account: AccountIdentity
    /// When it was blocked, in seconds since 1970, if known; messages sent before then are not "after a block".
    public var blockedAt: Double?

    /// Creates a blocked account.
    /// - Parameters:
    ///   - account: The blocked account.
    ///   - blockedAt: When it was blocked, in seconds since 1970, if known.
    public init(account: AccountIdentity, blockedAt: Double? = nil) {
        self.account = account
        self.blockedAt = blockedAt
    }

    /// Creates a blocked account from an ISO 8601 time such as `2026-03-01T18:20:00Z`.
    /// - Parameters:
    ///   - account: The blocked account.
    ///   - blockedAtISO8601: When it was blocked; an unreadable time counts as unknown.
    public init(account: AccountIdentity, blockedAtISO8601: String) {
        self.account = account
        let formatter = ISO8601DateFormatter()
        var date = formatter.date(from: blockedAtISO8601)
        if date == nil {
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            date = formatter.date(from: blockedAtISO8601)
        }
        self.blockedAt = date?.timeIntervalSince1970
    }
}
