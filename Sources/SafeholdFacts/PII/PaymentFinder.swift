/// Finds payment card numbers (13–19 digits with a known issuer prefix and length, passing Luhn) and IBANs
/// (a known country, its length, mod 97).
struct PaymentFinder: Sendable {
    func cards(in text: ScanText, runs: [DigitRun]) -> [PIIEntity] {
        runs.compactMap { run in
            guard (12...19).contains(run.digits.count), run.separators.isSubset(of: [0x20, 0x2D]), !run.parentheses,
                !run.plus,
                let digits = Checksums.digits(run.digitString), Checksums.luhn(digits),
                Self.issuerAccepts(run.digitString)
            else { return nil }
            let grouped = run.groups.count >= 3 && run.groups.dropLast().allSatisfy { $0 >= 4 && $0 <= 6 }
            guard grouped || run.groups.count == 1 else { return nil }
            if !grouped, PhoneFinder.refused(text.before(run.range.lowerBound, length: 20)) { return nil }
            return text.entity(.paymentCard, run.range, value: run.digitString, confidence: grouped ? 0.95 : 0.85)
        }
    }

    /// Whether the issuer prefix allows this length: Visa, Mastercard, American Express, Discover, JCB,
    /// Diners Club, UnionPay, Maestro.
    static func issuerAccepts(_ number: String) -> Bool {
        let length = number.count
        func prefix(_ count: Int) -> Int { Int(number.prefix(count)) ?? -1 }
        switch true {
        case number.hasPrefix("4"): return [13, 16, 19].contains(length)
        case (51...55).contains(prefix(2)), (2221...2720).contains(prefix(4)): return length == 16
        case prefix(2) == 34 || prefix(2) == 37: return length == 15
        case number.hasPrefix("6011"), prefix(2) == 65, (644...649).contains(prefix(3)):
            return (16...19).contains(length)
        case (3528...3589).contains(prefix(4)): return (16...19).contains(length)
        case prefix(2) == 36, (300...305).contains(prefix(3)), prefix(2) == 38, prefix(2) == 39:
            return (14...19).contains(length)
        case prefix(2) == 62: return (16...19).contains(length)
        case prefix(2) == 50, (56...69).contains(prefix(2)): return (12...19).contains(length)
        default: return false
        }
    }

    func ibans(in text: ScanText) -> [PIIEntity] {
        var found: [PIIEntity] = []
        var index = 0
        while index + 4 < text.count {
            guard text.isLetter(index), text.isLetter(index + 1), text.isDigit(index + 2), text.isDigit(index + 3),
                !text.isAlnum(index - 1),
                let length = Self.lengths[text.string(index..<(index + 2)).uppercased()]
            else {
                index += 1
                continue
            }
            var end = index
            var compact = ""
            while end < text.count, compact.count < length {
                if text.isAlnum(end), text.bytes[end] != 0x80 {
                    compact.append(Character(UnicodeScalar(text.bytes[end])))
                } else if !(text.bytes[end] == 0x20 && text.isAlnum(end + 1) && text.isAlnum(end - 1)) {
                    break
                }
                end += 1
            }
            if compact.count == length, !text.isAlnum(end), Checksums.ibanIsValid(compact) {
                found.append(text.entity(.iban, index..<end, value: compact.uppercased(), confidence: 0.95))
                index = end
            } else {
                index += 2
            }
        }
        return found
    }

    /// IBAN lengths by country (ISO 13616 registry).
    static let lengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "BY": 28,
        "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
        "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
        "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20,
        "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15,
        "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19,
        "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    ]
}
