/// The number a person uses to name one sealed item, shown as `12` and typed back the same way.
///
/// Numbers are handed out in the order items are sealed, starting at 1, and never reused.
public struct EvidenceID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The number.
    public let rawValue: UInt64

    /// Creates an identifier from its number.
    public init(_ rawValue: UInt64) { self.rawValue = rawValue }

    /// Parses what a person typed: `12`, `#12` or ` 12 `.
    /// - Returns: `nil` when the text is not a positive whole number.
    public init?(parsing text: String) {
        var trimmed = Substring(text).drop { $0 == " " || $0 == "#" }
        while trimmed.last == " " { trimmed = trimmed.dropLast() }
        guard let value = UInt64(trimmed), value > 0 else { return nil }
        self.rawValue = value
    }

    public static func < (lhs: EvidenceID, rhs: EvidenceID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }

    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(UInt64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
