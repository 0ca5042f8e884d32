import Foundation
import SafeholdCore

/// Addresses in From, To and Cc (RFC 5322 §3.4): `"Reece, Jordan" <jordan@example.net>`,
/// `maya@example.org (Maya)`, groups such as `friends: a@b, c@d;`, and encoded-word names.
enum EmailAddresses {
    /// The mailboxes in one or more address fields, as accounts (handle = address, display name = name).
    static func parse(_ fields: [String]) -> [AccountRef] {
        fields.flatMap { field in
            EmailSyntax.split(field, on: [",", ";", ":"]).compactMap(mailbox)
        }
    }

    private static func mailbox(_ piece: String) -> AccountRef? {
        let (text, comments) = EmailSyntax.withoutComments(piece)
        if let open = text.lastIndex(of: "<"), let close = text[open...].firstIndex(of: ">") {
            let address = text[text.index(after: open)..<close].trimmingSpaces
            let name = displayName(String(text[..<open]))
            guard !address.isEmpty || name != nil else { return nil }
            return AccountRef(handle: address.isEmpty ? nil : address, displayName: name)
        }
        let address = text.trimmingSpaces
        // A piece without `@` is a group's name (`friends:`) or `undisclosed-recipients`, not a mailbox.
        guard address.contains("@"), !address.contains(" ") else { return nil }
        return AccountRef(handle: address, displayName: comments.first.flatMap { displayName($0) })
    }

    private static func displayName(_ raw: String) -> String? {
        let name = EncodedWords.decode(EmailSyntax.unquote(raw.trimmingSpaces)).trimmingSpaces
        return name.isEmpty ? nil : name
    }
}

/// The Date field (RFC 5322 §3.3): `Sun, 31 Dec 2023 21:41:05 +0100`, and the obsolete forms still
/// seen (two-digit years, zone names such as `EST`, no seconds, comments such as `(CET)`).
enum EmailDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let zones: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
        "pst": -8, "pdt": -7,
    ]

    /// The time the field names, with its offset kept; `nil` when it names none.
    static func parse(_ field: String?) -> Timestamp? {
        guard let field else { return nil }
        let tokens = EmailSyntax.withoutComments(field).text
            .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        guard let monthIndex = tokens.firstIndex(where: { month($0) != nil }), monthIndex > 0,
            monthIndex + 2 < tokens.count, let day = Int(tokens[monthIndex - 1]), let month = month(tokens[monthIndex]),
            let year = year(tokens[monthIndex + 1]), let clock = clock(tokens[monthIndex + 2])
        else { return Timestamp(parsing: field.trimmingSpaces, assumedZone: TimeZone(secondsFromGMT: 0)!) }
        let offset = monthIndex + 3 < tokens.count ? zone(tokens[monthIndex + 3]) ?? 0 : 0
        let time = CivilTime(year: year, month: month, day: day, hour: clock.0, minute: clock.1, second: clock.2)
        return time.timestamp(offsetSeconds: offset)
    }

    private static func month(_ token: String) -> Int? {
        guard token.count >= 3 else { return nil }
        return months.firstIndex(of: token.prefix(3).lowercased()).map { $0 + 1 }
    }

    /// Four digits as they are; two digits as RFC 5322 says (below 50 is 20xx); three digits add 1900.
    private static func year(_ token: String) -> Int? {
        guard let value = Int(token), token.allSatisfy(\.isNumber) else { return nil }
        switch token.count {
        case 2: return value < 50 ? 2000 + value : 1900 + value
        case 3: return 1900 + value
        case 4: return value
        default: return nil
        }
    }

    private static func clock(_ token: String) -> (Int, Int, Int)? {
        let parts = token.split(separator: ":").map { Int($0) }
        guard parts.count == 2 || parts.count == 3, let hour = parts[0], let minute = parts[1] else { return nil }
        return (hour, minute, parts.count == 3 ? parts[2] ?? 0 : 0)
    }

    /// `+0100`, `-0500`, or a zone name; military letters and unknown names mean "unknown", read as UTC.
    private static func zone(_ token: String) -> Int? {
        if let sign = token.first, sign == "+" || sign == "-", token.count == 5, let value = Int(token.dropFirst()) {
            let seconds = (value / 100) * 3600 + (value % 100) * 60
            return sign == "-" ? -seconds : seconds
        }
        return zones[token.lowercased()].map { $0 * 3600 }
    }
}
