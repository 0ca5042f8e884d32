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

    /// The creation date, when `createdAt` is a readable ISO 8601 date or timestamp.
    public var creationDate: Date? {
        guard let createdAt, createdAt.utf8.count <= 40 else { return nil }
        if let date = try? Date(createdAt, strategy: .iso8601) { return date }
        let dateOnly = Date.ISO8601FormatStyle().year().month().day()
        return try? Date(createdAt, strategy: dateOnly)
    }
}
