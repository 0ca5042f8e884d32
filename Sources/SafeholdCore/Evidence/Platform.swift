/// A social platform or channel evidence came from, named by a short lowercase word.
public struct Platform: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The short name, such as `instagram`.
    public let rawValue: String

    /// The platforms Safehold knows by name; others are accepted if they are a plain short word.
    public static let known: [String] = [
        "x", "facebook", "instagram", "whatsapp", "telegram", "mastodon", "bluesky", "discord", "tiktok",
        "reddit", "snapchat", "signal", "email", "sms", "other",
    ]

    /// Accepts a short word of letters, digits, `-` or `.` (1 to 32 characters), lowercased;
    /// `twitter` is read as `x`.
    /// - Returns: `nil` for anything else.
    public init?(_ text: String) {
        let lowered = text.lowercased()
        guard (1...32).contains(lowered.utf8.count),
            lowered.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 46 })
        else { return nil }
        rawValue = lowered == "twitter" ? "x" : lowered
    }

    public var description: String { rawValue }

    /// The name a person knows the platform by, as pages and reports show it: "WhatsApp", "X", "SMS".
    public var displayName: String { Self.displayName(of: rawValue) }

    /// The display name of a short platform word as stored; a word Safehold does not know is shown as it is.
    public static func displayName(of word: String) -> String {
        switch word {
        case "x": "X"
        case "facebook": "Facebook"
        case "instagram": "Instagram"
        case "whatsapp": "WhatsApp"
        case "telegram": "Telegram"
        case "mastodon": "Mastodon"
        case "bluesky": "Bluesky"
        case "discord": "Discord"
        case "tiktok": "TikTok"
        case "reddit": "Reddit"
        case "snapchat": "Snapchat"
        case "signal": "Signal"
        case "email": "Email"
        case "sms": "SMS"
        case "other": "Other"
        default: word
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let value = Platform(try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a platform name")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// A media type such as `image/png`, as Safehold recognized it from the content itself.
public struct MediaType: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The type in `type/subtype` form.
    public let rawValue: String

    /// Creates a media type from its `type/subtype` form.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// UTF-8 plain text.
    public static let plainText = MediaType("text/plain; charset=utf-8")
    /// Bytes of a kind Safehold did not recognize.
    public static let unknown = MediaType("application/octet-stream")

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
