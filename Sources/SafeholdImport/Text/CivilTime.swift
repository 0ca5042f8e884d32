import Foundation
public import SafeholdCore

/// A date and time of day as written, without a zone: what chat exports and mail headers give.
public struct CivilTime: Sendable, Hashable {
    /// The year, such as 2023.
    public var year: Int
    /// The month, 1 to 12.
    public var month: Int
    /// The day of the month, 1 to 31.
    public var day: Int
    /// The hour, 0 to 23.
    public var hour: Int
    /// The minute, 0 to 59.
    public var minute: Int
    /// The second, 0 to 60 (a leap second is kept as written and counted as the next minute's first).
    public var second: Int

    /// Creates a time; ``isValid`` says whether it names a real one.
    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Whether every field is in range, including the day for that month and year.
    public var isValid: Bool {
        (1...12).contains(month) && day >= 1 && day <= Self.daysInMonth(year: year, month: month)
            && (0...23).contains(hour) && (0...59).contains(minute) && (0...60).contains(second)
    }

    /// The days in a month of the proleptic Gregorian calendar.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Seconds since 1970-01-01T00:00:00 if this time were UTC.
    public var secondsSince1970: Int64 {
        // Days from a civil date, after the well-known public-domain algorithm of Howard Hinnant.
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * Int64(month > 2 ? month - 3 : month + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// The instant this time names when it was written `offsetSeconds` ahead of UTC.
    /// - Returns: `nil` when the time is not a real one.
    public func timestamp(offsetSeconds: Int) -> Timestamp? {
        guard isValid else { return nil }
        let seconds = secondsSince1970 - Int64(offsetSeconds)
        return Timestamp(date: Date(timeIntervalSince1970: TimeInterval(seconds)), offsetSeconds: offsetSeconds)
    }
}
