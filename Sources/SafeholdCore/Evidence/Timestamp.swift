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
        let c = parts.components
        guard let year = c.year, let month = c.month, let day = c.day,
            day <= Self.daysInMonth(year: year, month: month)
        else { return nil }
        let days = Self.daysSince1970(year: year, month: month, day: day)
        let seconds = days * 86_400 + Int64((c.hour ?? 0) * 3600 + (c.minute ?? 0) * 60 + (c.second ?? 0))
        let local = Date(timeIntervalSince1970: Double(seconds))
        let offset = parts.offsetSeconds ?? assumedZone.secondsFromGMT(for: local)
        self.init(date: local.addingTimeInterval(Double(-offset) + parts.fraction), offsetSeconds: offset)
    }

    /// RFC 3339 with the original offset and milliseconds when there are any.
    public var rfc3339: String {
        // Whole milliseconds since 1970 in the written zone, split with floor division so that
        // times before 1970 come out right too.
        let totalMillis = Int64((date.timeIntervalSince1970 * 1000).rounded()) + Int64(offsetSeconds) * 1000
        let (days, millisOfDay) = Self.floorDivide(totalMillis, 86_400_000)
        let (year, month, day) = Self.civilDate(daysSince1970: days)
        let seconds = Int(millisOfDay / 1000)
        let millis = Int(millisOfDay % 1000)
        var text = [UInt8]()
        text.reserveCapacity(29)
        Self.append(year, digits: 4, to: &text)
        text.append(0x2D)
        Self.append(month, digits: 2, to: &text)
        text.append(0x2D)
        Self.append(day, digits: 2, to: &text)
        text.append(0x54)
        Self.append(seconds / 3600, digits: 2, to: &text)
        text.append(0x3A)
        Self.append(seconds % 3600 / 60, digits: 2, to: &text)
        text.append(0x3A)
        Self.append(seconds % 60, digits: 2, to: &text)
        if millis != 0 {
            text.append(0x2E)
            Self.append(millis, digits: 3, to: &text)
        }
        if offsetSeconds == 0 {
            text.append(0x5A)
        } else {
            text.append(offsetSeconds < 0 ? 0x2D : 0x2B)
            let magnitude = abs(offsetSeconds)
            Self.append(magnitude / 3600, digits: 2, to: &text)
            text.append(0x3A)
            Self.append(magnitude % 3600 / 60, digits: 2, to: &text)
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's "days from civil").
    private static func daysSince1970(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * Int64(month > 2 ? month - 3 : month + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let quotient = value >= 0 ? value / divisor : (value - divisor + 1) / divisor
        return (quotient, value - quotient * divisor)
    }

    /// Year, month and day of a count of days since 1970-01-01 in the proleptic Gregorian calendar
    /// (the well-known "days from civil" inverse, published by Howard Hinnant).
    private static func civilDate(daysSince1970 days: Int64) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }

    private static func append(_ value: Int, digits: Int, to text: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<digits { divisor *= 10 }
        var rest = abs(value)
        if value < 0 { text.append(0x2D) }
        while divisor > 0 {
            text.append(UInt8(48 + (rest / divisor) % 10))
            rest %= divisor
            divisor /= 10
        }
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
        var scanner = Array(text.utf8)[...]
        while scanner.first == 0x20 || scanner.first == 0x09 { scanner = scanner.dropFirst() }
        while scanner.last == 0x20 || scanner.last == 0x09 { scanner = scanner.dropLast() }
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
