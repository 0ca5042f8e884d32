import Foundation

/// Finds national identity numbers in common formats, each with its own validity rules:
///
/// - US Social Security number: `AAA-GG-SSSS` (or spaced); area not 000, 666 or 900–999, group not 00,
///   serial not 0000. Nine digits run together only after words like `SSN`.
/// - Canadian Social Insurance number: `123-456-782` (or spaced), Luhn, not starting with 8; nine digits
///   run together only after `SIN`.
/// - French NIR (numéro de sécurité sociale): 15 digits (often spaced), sex 1/2/7/8, month, key = 97 − n mod 97
///   (Corsican numbers with `2A`/`2B` are not recognized).
/// - German tax identification number (Steuer-ID): 11 digits, not starting with 0, one digit repeated two or
///   three times in the first ten, ISO 7064 MOD 11,10; only after words like `Steuer-ID` or written `12 345 678 901`.
/// - UK National Insurance number: `QQ 12 34 56 C` with the prefixes HMRC never issues excluded.
/// - Spanish DNI (`12345678Z`) and NIE (`X1234567L`), letter checked mod 23.
struct NationalIDFinder: Sendable {
    static let ssnWords = ["ssn", "social security", "soc sec", "ss#", "ss #"]
    static let sinWords = ["sin", "social insurance", "nas"]
    static let taxWords = ["steuer", "idnr", "id-nr", "identifikationsnummer", "tax id", "tin"]

    func find(in text: ScanText, runs: [DigitRun]) -> [PIIEntity] {
        var found: [PIIEntity] = []
        for run in runs {
            let before = text.before(run.range.lowerBound, length: 30).lowercased()
            if let entity = usSSN(run, before: before, text: text) ?? canadianSIN(run, before: before, text: text)
                ?? frenchNIR(run, text: text) ?? germanTaxID(run, before: before, text: text)
            {
                found.append(entity)
            }
        }
        return found + lettered(in: text)
    }

    private func usSSN(_ run: DigitRun, before: String, text: ScanText) -> PIIEntity? {
        guard run.digits.count == 9, !run.plus, !run.parentheses else { return nil }
        let context = Self.ssnWords.contains { before.contains($0) }
        let shaped = run.groups == [3, 2, 4] && run.separators.count == 1 && !run.separators.contains(0x2E)
        guard shaped || (run.groups == [9] && context) else { return nil }
        let digits = run.digitString
        let area = Int(digits.prefix(3)) ?? 0
        let group = Int(digits.dropFirst(3).prefix(2)) ?? 0
        let serial = Int(digits.suffix(4)) ?? 0
        guard area != 0, area != 666, area < 900, group != 0, serial != 0 else { return nil }
        return text.entity(.nationalID, run.range, value: digits, confidence: context ? 0.95 : 0.85)
    }

    private func canadianSIN(_ run: DigitRun, before: String, text: ScanText) -> PIIEntity? {
        guard run.digits.count == 9, !run.plus, !run.parentheses, let digits = Checksums.digits(run.digitString) else {
            return nil
        }
        let context = Self.sinWords.contains { before.range(of: "\\b\($0)\\b", options: .regularExpression) != nil }
        let shaped = run.groups == [3, 3, 3] && run.separators.count == 1 && !run.separators.contains(0x2E)
        guard shaped || (run.groups == [9] && context), digits[0] != 8, Checksums.luhn(digits) else { return nil }
        return text.entity(.nationalID, run.range, value: run.digitString, confidence: context ? 0.9 : 0.7)
    }

    private func frenchNIR(_ run: DigitRun, text: ScanText) -> PIIEntity? {
        guard run.digits.count == 15, !run.plus, let digits = Checksums.digits(run.digitString) else { return nil }
        guard [1, 2, 7, 8].contains(digits[0]) else { return nil }
        let month = digits[3] * 10 + digits[4]
        guard (1...12).contains(month) || (20...42).contains(month) || (50...99).contains(month) else { return nil }
        let body = run.digitString.prefix(13)
        guard let number = Int(body), let key = Int(run.digitString.suffix(2)), 97 - number % 97 == key else {
            return nil
        }
        return text.entity(.nationalID, run.range, value: run.digitString, confidence: 0.9)
    }

    private func germanTaxID(_ run: DigitRun, before: String, text: ScanText) -> PIIEntity? {
        guard run.digits.count == 11, !run.plus, let digits = Checksums.digits(run.digitString), digits[0] != 0 else {
            return nil
        }
        let context = Self.taxWords.contains { before.contains($0) }
        guard context || run.groups == [2, 3, 3, 3] else { return nil }
        var counts = [Int](repeating: 0, count: 10)
        for digit in digits.prefix(10) { counts[digit] += 1 }
        let repeated = counts.filter { $0 > 1 }
        guard repeated.count == 1, repeated[0] <= 3, Checksums.mod11_10(digits) else { return nil }
        return text.entity(.nationalID, run.range, value: run.digitString, confidence: context ? 0.9 : 0.75)
    }

    /// UK National Insurance and Spanish DNI/NIE: identity numbers that mix letters and digits.
    private func lettered(in text: ScanText) -> [PIIEntity] {
        var found: [PIIEntity] = []
        var index = 0
        while index < text.count {
            guard text.isAlnum(index), !text.isAlnum(index - 1), mayStartLettered(text, index) else {
                index += 1
                continue
            }
            var end = index
            var compact = ""
            while end < text.count, compact.count < 16 {
                if text.isAlnum(end), text.bytes[end] != 0x80 {
                    compact.append(Character(UnicodeScalar(text.bytes[end])))
                } else if !(text.bytes[end] == 0x20 || text.bytes[end] == 0x2D) || !text.isAlnum(end + 1)
                    || !text.isAlnum(end - 1)
                {
                    break
                }
                end += 1
            }
            if !text.isAlnum(end), let entity = lettered(compact.uppercased(), range: index..<end, text: text) {
                found.append(entity)
                index = end
            } else {
                while index < text.count, text.isAlnum(index) { index += 1 }
            }
        }
        return found
    }

    /// Two letters (National Insurance), a digit or `x`/`y`/`z` then a digit (DNI, NIE).
    private func mayStartLettered(_ text: ScanText, _ index: Int) -> Bool {
        if text.isLetter(index) && text.isLetter(index + 1) {
            return text.isAlnum(index + 2) ? text.isDigit(index + 2) : text.isDigit(index + 3)
        }
        let byte = text.bytes[index] | 0x20
        return text.isDigit(index) || ((byte == 0x78 || byte == 0x79 || byte == 0x7A) && text.isDigit(index + 1))
    }

    private func lettered(_ compact: String, range: Range<Int>, text: ScanText) -> PIIEntity? {
        if Self.isNINO(compact) { return text.entity(.nationalID, range, value: compact, confidence: 0.85) }
        if Self.isSpanishID(compact) { return text.entity(.nationalID, range, value: compact, confidence: 0.85) }
        return nil
    }

    static func isNINO(_ value: String) -> Bool {
        let characters = Array(value)
        guard characters.count == 9, characters[0].isLetter, characters[1].isLetter,
            characters[2...7].allSatisfy(\.isNumber), "ABCD".contains(characters[8])
        else { return false }
        let prefix = String(characters[0...1])
        guard !"DFIQUV".contains(characters[0]), !"DFIQUVO".contains(characters[1]) else { return false }
        return !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].contains(prefix)
    }

    static func isSpanishID(_ value: String) -> Bool {
        let letters = Array("TRWAGMYFPDXBNJZSQVHLCKE")
        var characters = Array(value)
        guard characters.count == 9, let check = characters.last, check.isLetter else { return false }
        if let first = characters.first, let index = "XYZ".firstIndex(of: first) {
            characters[0] = Character(String("XYZ".distance(from: "XYZ".startIndex, to: index)))
        }
        guard let number = Int(String(characters[0...7])), characters[0...7].allSatisfy(\.isNumber) else {
            return false
        }
        return letters[number % 23] == check
    }
}
