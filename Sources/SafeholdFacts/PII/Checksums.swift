/// The check-digit algorithms of card, bank and identity numbers.
enum Checksums {
    /// Luhn (mod 10), used by payment cards and the Canadian SIN.
    static func luhn(_ digits: [Int]) -> Bool {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return !digits.isEmpty && sum % 10 == 0
    }

    /// ISO 13616 mod 97 of an IBAN (country and check moved to the end, letters as 10…35).
    static func ibanIsValid(_ iban: String) -> Bool {
        let characters = Array(iban.uppercased())
        guard characters.count >= 5 else { return false }
        let rearranged = characters[4...] + characters[..<4]
        var remainder = 0
        for character in rearranged {
            guard
                let value = character.isNumber
                    ? character.wholeNumberValue : character.asciiValue.map({ Int($0) - 55 }),
                value >= 0, value < 36
            else { return false }
            remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97
        }
        return remainder == 1
    }

    /// ISO 7064 MOD 11,10, the check digit of the German tax identification number.
    static func mod11_10(_ digits: [Int]) -> Bool {
        guard digits.count >= 2 else { return false }
        var product = 10
        for digit in digits.dropLast() {
            var sum = (digit + product) % 10
            if sum == 0 { sum = 10 }
            product = (sum * 2) % 11
        }
        var check = 11 - product
        if check == 10 { check = 0 }
        return check == digits[digits.count - 1]
    }

    /// Digits of a string, or nil if it holds anything else.
    static func digits(_ text: String) -> [Int]? {
        var result: [Int] = []
        for character in text {
            guard let value = character.wholeNumberValue, character.isASCII else { return nil }
            result.append(value)
        }
        return result
    }
}
