public import Foundation

/// What Safehold knows of one account's public profile: the person's own or a candidate.
///
/// Plain strings so that vault records, imports and JSON Lines map into it directly. Every field but
/// `platform` and `handle` may be missing.
public struct AccountProfile: Codable, Sendable, Hashable {
    /// The platform, lower-case by convention: `x`, `instagram`, `tiktok`, `mastodon`, `bluesky`, `facebook`…
    public var platform: String
    /// The handle, with or without a leading `@`; Mastodon handles may carry their `@domain`.
    public var handle: String
    /// The display name.
    public var name: String?
    /// The profile text.
    public var bio: String?
    /// The perceptual hash of the profile picture.
    public var avatar: AvatarHash?
    /// When the account was created, ISO 8601 (`2026-11-02T10:00:00Z` or `2026-11-02`).
    public var createdAt: String?
    /// How many followers it has.
    public var followers: Int?
    /// How many posts it has.
    public var posts: Int?

    /// A profile; only the platform and handle are required.
    public init(
        platform: String,
        handle: String,
        name: String? = nil,
        bio: String? = nil,
        avatar: AvatarHash? = nil,
        createdAt: String? = nil,
        followers: Int? = nil,
        posts: Int? = nil
    ) {
        self.platform = platform
        self.handle = handle
        self.name = name
        self.bio = bio
        self.avatar = avatar
        self.createdAt = createdAt
        self.followers = followers
        self.posts = posts
    }

    /// The day the account was created (midnight UTC), when `createdAt` begins with an ISO 8601 date
    /// (`2026-11-02`, `2026-11-02T10:00:00.123+01:00`). Only the day is read: ages are counted in days.
    public var creationDate: Date? {
        guard let createdAt else { return nil }
        let bytes = Array(createdAt.utf8.prefix(11))
        guard bytes.count == 10 || (bytes.count == 11 && (bytes[10] == 0x54 || bytes[10] == 0x20)) else { return nil }
        return Self.plainDate(Array(bytes.prefix(10)))
    }

    /// `YYYY-MM-DD` read directly as midnight UTC (the common case, and much faster than a formatter).
    static func plainDate(_ bytes: [UInt8]) -> Date? {
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        // Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Date(timeIntervalSince1970: Double(days) * 86_400)
    }
}
