/// Finds dates that could be a birthday or an anniversary: 12/05/1987, 1987-05-12, 05121987,
/// 051287, "may 12 1987", "12th of may", "may 1987".
enum DateFinder {
    private enum Token: Equatable {
        case number(String)
        case word(String)
        case other(Character)
    }

    static let monthNames: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
        "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    static func containsDate(_ chars: [Character]) -> Bool {
        let tokens = tokenize(chars)
        for index in tokens.indices {
            if numericDate(tokens, at: index) || namedDate(tokens, at: index) {
                return true
            }
        }
        return false
    }

    private static func tokenize(_ chars: [Character]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if char.isASCIIDigit || char.isLetter {
                let isDigit = char.isASCIIDigit
                var end = index
                while end < chars.count, isDigit ? chars[end].isASCIIDigit : chars[end].isLetter { end += 1 }
                let piece = String(chars[index..<end])
                tokens.append(isDigit ? .number(piece) : .word(piece))
                index = end
            } else {
                tokens.append(.other(char))
                index += 1
            }
        }
        return tokens
    }

    // MARK: Digits only

    private static func numericDate(_ tokens: [Token], at index: Int) -> Bool {
        guard case .number(let first) = tokens[index] else { return false }
        let digits = first.compactMap(\.wholeNumberValue)
        if digits.count == 8 {
            let (a, b, c, d) = (value(digits[0..<2]), value(digits[2..<4]), value(digits[4..<8]), value(digits[0..<4]))
            return isDate(day: a, month: b, year: c) || isDate(day: b, month: a, year: c)
                || isDate(day: value(digits[6..<8]), month: value(digits[4..<6]), year: d)
        }
        if digits.count == 6 {
            let (a, b) = (value(digits[0..<2]), value(digits[2..<4]))
            return isDate(day: a, month: b, year: nil) || isDate(day: b, month: a, year: nil)
        }
        // Three numbers joined by the same separator: d/m/y, m/d/y or y-m-d.
        guard index + 4 < tokens.count,
            case .other(let separator) = tokens[index + 1], tokens[index + 3] == .other(separator),
            "/.-\\ ".contains(separator),
            case .number(let second) = tokens[index + 2], case .number(let third) = tokens[index + 4]
        else { return false }
        let firstValue = value(digits)
        let secondValue = Int(second) ?? 0
        let thirdValue = Int(third) ?? 0
        if first.count == 4, (1...2).contains(second.count), (1...2).contains(third.count) {
            return isDate(day: thirdValue, month: secondValue, year: firstValue)
        }
        guard (1...2).contains(first.count), (1...2).contains(second.count) else { return false }
        let year: Int?
        switch third.count {
        case 4: year = thirdValue
        case 2 where separator != " ": year = nil  // a two-digit year could be any year
        default: return false
        }
        return isDate(day: firstValue, month: secondValue, year: year)
            || isDate(day: secondValue, month: firstValue, year: year)
    }

    // MARK: Month names

    /// "may 12", "may 12th, 1987", "may 1987", "12 may", "12th of may".
    private static func namedDate(_ tokens: [Token], at index: Int) -> Bool {
        guard case .word(let word) = tokens[index], let month = monthNames[word] else { return false }
        // Forwards: the month, then a day or a year.
        var next = skipSeparators(tokens, from: index + 1, forwards: true)
        if next < tokens.count, case .number(let number) = tokens[next], standsAlone(tokens, next) {
            let amount = Int(number) ?? 0
            if number.count <= 2, isDate(day: amount, month: month, year: nil) { return true }
            if number.count == 4, (1900...2099).contains(amount) { return true }
        }
        // Backwards: a day, maybe "th", maybe "of", then the month.
        next = skipSeparators(tokens, from: index - 1, forwards: false)
        if next >= 0, tokens[next] == .word("of") {
            next = skipSeparators(tokens, from: next - 1, forwards: false)
        }
        if next >= 0, case .word(let suffix) = tokens[next], ["st", "nd", "rd", "th"].contains(suffix) {
            next -= 1
        }
        if next >= 0, case .number(let number) = tokens[next], number.count <= 2, standsAlone(tokens, next) {
            return isDate(day: Int(number) ?? 0, month: month, year: nil)
        }
        return false
    }

    /// The number is not glued to other letters ("jul8l" inside a random string is no date),
    /// except for an ordinal ending such as "12th" or a month name such as "may12".
    private static func standsAlone(_ tokens: [Token], _ index: Int) -> Bool {
        func fits(_ neighbour: Int) -> Bool {
            guard tokens.indices.contains(neighbour), case .word(let word) = tokens[neighbour] else { return true }
            return ["st", "nd", "rd", "th", "of"].contains(word) || monthNames[word] != nil
        }
        return fits(index - 1) && fits(index + 1)
    }

    /// Steps over at most two spaces, commas, dots, slashes or dashes.
    private static func skipSeparators(_ tokens: [Token], from start: Int, forwards: Bool) -> Int {
        var index = start
        var skipped = 0
        while skipped < 2, index >= 0, index < tokens.count, case .other(let char) = tokens[index],
            char.isWhitespace || ",./-_".contains(char)
        {
            index += forwards ? 1 : -1
            skipped += 1
        }
        return index
    }

    // MARK: Calendar

    private static func value(_ digits: some Collection<Int>) -> Int {
        digits.reduce(0) { $0 * 10 + $1 }
    }

    /// A real calendar day; a four-digit year must be 1900–2099. `year` nil means unknown.
    static func isDate(day: Int, month: Int, year: Int?) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        if let year, !(1900...2099).contains(year) { return false }
        let days: Int
        switch month {
        case 2:
            if let year { days = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28 } else { days = 29 }
        case 4, 6, 9, 11: days = 30
        default: days = 31
        }
        return day <= days
    }
}
