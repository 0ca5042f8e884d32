/// A country, by its ISO 3166-1 alpha-2 code (`GB`, `US` …), or `INT` for help open to everyone online.
public struct CountryCode: Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The upper-case code.
    public let rawValue: String

    /// Help that is not tied to one country.
    public static let international: CountryCode = "INT"

    /// Creates a code, upper-casing it and reading `UK` as `GB`.
    public init(_ code: String) {
        let upper = code.uppercased()
        rawValue = upper == "UK" ? "GB" : upper
    }

    /// Creates a code from a string literal.
    public init(stringLiteral value: String) { self.init(value) }

    /// Decodes a code from a plain JSON string.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the code as a plain JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The code.
    public var description: String { rawValue }

    /// Orders codes alphabetically.
    public static func < (lhs: CountryCode, rhs: CountryCode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether the code is two letters A–Z, or `INT`.
    var isWellFormed: Bool {
        self == .international
            || (rawValue.unicodeScalars.count == 2 && rawValue.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) })
    }
}

/// What kind of help someone needs.
public enum HelpNeed: String, Codable, Sendable, CaseIterable {
    /// Danger now, or a crisis that cannot wait.
    case crisis
    /// Abuse by a partner or former partner, or by family.
    case domesticAbuse = "domestic-abuse"
    /// Harassment online.
    case onlineHarassment = "online-harassment"
    /// Intimate images shared, or threatened to be shared, without consent.
    case intimateImages = "intimate-images"
    /// Legal advice or representation.
    case legal
}

/// One way to reach an organization.
public struct HelpContact: Codable, Sendable, Hashable {
    /// How the contact works.
    public enum Kind: String, Codable, Sendable {
        /// A phone number to call.
        case phone
        /// A number to send a text message to.
        case text
        /// A web page or online chat.
        case web
        /// An email address.
        case email
        /// A messaging app number or handle (for example WhatsApp).
        case app
    }
    /// How the contact works.
    public var kind: Kind
    /// The number, address or link.
    public var value: String
    /// A short note, for example "text the word START".
    public var note: String?
}

/// Whether an organization or service still runs.
public enum HelpStatus: String, Codable, Sendable {
    /// It runs.
    case open
    /// It has closed; see the entry's alternatives.
    case closed
}

/// An organization or service in the directory of help.
public struct HelpEntry: Codable, Sendable, Hashable, Identifiable {
    /// The entry's identifier.
    public var id: HelpEntryID
    /// The organization's or service's name.
    public var name: String
    /// What it offers, in one or two plain sentences.
    public var summary: String
    /// The countries it serves, or `INT` for everyone.
    public var countries: [CountryCode]
    /// The needs it helps with.
    public var needs: [HelpNeed]
    /// How to reach it.
    public var contacts: [HelpContact]
    /// When it can be reached, in plain words.
    public var hours: String
    /// The languages it offers.
    public var languages: [String]
    /// Whether it still runs.
    public var status: HelpStatus
    /// What changed, for closed entries (for example when it closed).
    public var statusNote: String?
    /// Entries to turn to instead, for closed ones.
    public var alternatives: [HelpEntryID]
    /// The page that backs these details.
    public var source: String
    /// The date (`YYYY-MM-DD`) the details were last checked.
    public var checked: String
    /// Whether a reviewer still needs to confirm a detail (a number, the hours).
    public var verify: Bool
}

/// The emergency numbers of one country.
public struct EmergencyNumbers: Codable, Sendable, Hashable {
    /// The country.
    public var country: CountryCode
    /// The country's name.
    public var name: String
    /// The numbers, each with what it is for.
    public var numbers: [HelpContact]
    /// The page that backs the numbers.
    public var source: String
    /// The date (`YYYY-MM-DD`) the numbers were last checked.
    public var checked: String
    /// Whether a reviewer still needs to confirm a detail.
    public var verify: Bool
}

/// The contents of `directory.json`.
struct DirectoryFile: Codable, Sendable {
    var schemaVersion: Int
    var emergency: [EmergencyNumbers]
    var entries: [HelpEntry]
}
