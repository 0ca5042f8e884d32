public import Foundation

/// An instant in time that keeps the UTC offset it was written with.
///
/// Platforms and people write times in their own zone; courts care about both the instant and how it
/// was shown. Encoded as RFC 3339 with the original offset (`2026-11-20T21:14:00+01:00`).
public struct Timestamp: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The instant.
    public let date: Date
    /// The offset from UTC, in seconds, that the time was written with.
    public let offsetSeconds: Int

    /// Creates a timestamp.
    /// - Parameters:
    ///   - date: The instant.
    ///   - offsetSeconds: The original offset from UTC in seconds; 0 for UTC.
    public init(date: Date, offsetSeconds: Int = 0) {
        // Whole milliseconds keep the encoded form and the value equal after a round trip.
        self.date = Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
        self.offsetSeconds = offsetSeconds
    }

    /// The current instant from this computer's clock, in UTC.
    public static func now() -> Timestamp { Timestamp(date: Date()) }

    /// Parses RFC 3339 and the shorter forms people type: `2026-11-20`, `2026-11-20 21:14`,
    /// `2026-11-20T21:14:05.250Z`, `2026-11-20 21:14 +01:00`.
    /// - Parameters:
    ///   - text: What was written.
    ///   - assumedZone: The zone for a time written without an offset.
    /// - Returns: `nil` when the text is not such a date and time, or names an impossible one.
    public init?(parsing text: String, assumedZone: TimeZone = .current) {
        guard let parts = TimestampParser.parse(text) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        guard let local = calendar.date(from: parts.components),
            calendar.dateComponents([.year, .month, .day], from: local).day == parts.components.day
        else { return nil }
        let offset = parts.offsetSeconds ?? assumedZone.secondsFromGMT(for: local)
        self.init(date: local.addingTimeInterval(Double(-offset) + parts.fraction), offsetSeconds: offset)
    }

    /// RFC 3339 with the original offset and milliseconds when there are any.
    public var rfc3339: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offsetSeconds) ?? TimeZone(secondsFromGMT: 0)!
        let shifted = date
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: shifted)
        let millis = Int((date.timeIntervalSince1970 * 1000).rounded()) % 1000
        var text = String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d",
            parts.year ?? 0,
            parts.month ?? 0,
            parts.day ?? 0,
            parts.hour ?? 0,
            parts.minute ?? 0,
            parts.second ?? 0
        )
        if millis != 0 { text += String(format: ".%03d", (millis + 1000) % 1000) }
        if offsetSeconds == 0 { return text + "Z" }
        let sign = offsetSeconds < 0 ? "-" : "+"
        let magnitude = abs(offsetSeconds)
        return text + String(format: "%@%02d:%02d", sign, magnitude / 3600, (magnitude % 3600) / 60)
    }

    public var description: String { rfc3339 }
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.date < rhs.date }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Timestamp(parsing: text, assumedZone: TimeZone(secondsFromGMT: 0)!) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an RFC 3339 time")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rfc3339)
    }
}

/// The fields of a written date and time, before a zone is applied.
enum TimestampParser {
    struct Parts {
        var components: DateComponents
        var fraction: Double
        var offsetSeconds: Int?
    }

    /// Reads `YYYY-MM-DD[( |T)HH:MM[:SS[.fff]]][ ](Z|±HH:MM|±HHMM)`; strict about digits and ranges.
    static func parse(_ text: String) -> Parts? {
        var scanner = Array(text.trimmingCharacters(in: .whitespaces).utf8)[...]
        guard let year = number(&scanner, digits: 4), take(&scanner, "-"),
            let month = number(&scanner, digits: 2), take(&scanner, "-"),
            let day = number(&scanner, digits: 2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var components = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        var fraction = 0.0
        if take(&scanner, "T") || take(&scanner, "t") || take(&scanner, " ") {
            guard let hour = number(&scanner, digits: 2), take(&scanner, ":"),
                let minute = number(&scanner, digits: 2), hour < 24, minute < 60
            else { return nil }
            components.hour = hour
            components.minute = minute
            if take(&scanner, ":") {
                guard let second = number(&scanner, digits: 2), second < 60 else { return nil }
                components.second = second
                if take(&scanner, ".") || take(&scanner, ",") {
                    let digits = scanner.prefix { $0 >= 48 && $0 <= 57 }
                    guard !digits.isEmpty, digits.count <= 9 else { return nil }
                    fraction = Double("0." + String(decoding: digits, as: UTF8.self)) ?? 0
                    scanner = scanner.dropFirst(digits.count)
                }
            }
        }
        _ = take(&scanner, " ")
        var offset: Int?
        if take(&scanner, "Z") || take(&scanner, "z") {
            offset = 0
        } else if let sign = scanner.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            scanner = scanner.dropFirst()
            guard let hours = number(&scanner, digits: 2) else { return nil }
            _ = take(&scanner, ":")
            guard let minutes = number(&scanner, digits: 2), hours <= 14, minutes < 60 else { return nil }
            offset = (hours * 3600 + minutes * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
        }
        guard scanner.isEmpty else { return nil }
        return Parts(components: components, fraction: fraction, offsetSeconds: offset)
    }

    private static func number(_ scanner: inout ArraySlice<UInt8>, digits: Int) -> Int? {
        let prefix = scanner.prefix(digits)
        guard prefix.count == digits, prefix.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        scanner = scanner.dropFirst(digits)
        return prefix.reduce(0) { $0 * 10 + Int($1 - 48) }
    }

    private static func take(_ scanner: inout ArraySlice<UInt8>, _ character: Character) -> Bool {
        guard let first = scanner.first, first == character.asciiValue else { return false }
        scanner = scanner.dropFirst()
        return true
    }
}
