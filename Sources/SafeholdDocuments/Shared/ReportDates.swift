/// Reads ISO 8601 strings and shows them in plain words without converting time zones.
enum ReportDates {
    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// "4 March 2026, 21:13:05 UTC" for `2026-03-04T21:13:05Z`; the input unchanged when it cannot be read.
    static func display(_ iso: String) -> String {
        let chars = Array(iso.utf8.prefix(40))
        guard chars.count >= 10, let year = number(chars, 0, 4), chars[4] == 0x2D,
            let month = number(chars, 5, 2), chars[7] == 0x2D, let day = number(chars, 8, 2),
            (1...12).contains(month), (1...31).contains(day)
        else { return String(iso.prefix(80)) }
        let date = "\(day) \(months[month - 1]) \(year)"
        guard chars.count >= 16, chars[10] == 0x54 || chars[10] == 0x20,
            let hour = number(chars, 11, 2), let minute = number(chars, 14, 2)
        else { return date }
        var time = pad(hour) + ":" + pad(minute)
        var rest = 16
        if chars.count >= 19, chars[16] == 0x3A, let second = number(chars, 17, 2) {
            time += ":" + pad(second)
            rest = 19
        }
        while rest < chars.count, chars[rest] == 0x2E || (0x30...0x39).contains(chars[rest]) { rest += 1 }
        return date + ", " + time + " " + zone(chars, from: rest)
    }

    /// Days since 1970-01-01 for `YYYY-MM-DD`, or nil.
    static func dayNumber(_ iso: String) -> Int? {
        let chars = Array(iso.utf8.prefix(10))
        guard chars.count == 10, let year = number(chars, 0, 4), let month = number(chars, 5, 2),
            let day = number(chars, 8, 2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// `YYYY-MM-DD` for a day number.
    static func isoDay(_ days: Int) -> String {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "-" + pad(month) + "-" + pad(day)
    }

    /// "4 Mar" style short label for chart axes.
    static func shortDay(_ days: Int) -> String {
        let iso = Array(isoDay(days).utf8)
        guard let month = number(iso, 5, 2), let day = number(iso, 8, 2) else { return "" }
        return "\(day) " + months[month - 1].prefix(3)
    }

    private static func zone(_ chars: [UInt8], from index: Int) -> String {
        guard index < chars.count else { return "(no time zone given)" }
        if chars[index] == 0x5A { return "UTC" }
        let tail = String(decoding: chars[index...].prefix(6), as: UTF8.self)
        let valid = tail.unicodeScalars.allSatisfy { "+-:0123456789".unicodeScalars.contains($0) }
        return valid ? "UTC" + tail : "(no time zone given)"
    }

    private static func number(_ chars: [UInt8], _ start: Int, _ length: Int) -> Int? {
        guard start + length <= chars.count else { return nil }
        var value = 0
        for c in chars[start..<start + length] {
            guard (0x30...0x39).contains(c) else { return nil }
            value = value * 10 + Int(c - 0x30)
        }
        return value
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
