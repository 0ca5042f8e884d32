/// The ways a protected phone number can be written, as digit patterns: the national number, alone or after
/// a country code, a trunk `0` or an international prefix.
///
/// The national number must be there in full and end where the written number ends, so `555 123 4567`
/// is not found in `556 123 4567` or in `555 123 45678`, and `123 4567` alone (the last seven digits) is not
/// taken for the number.
enum PhonePattern {
    /// Calling codes tried for a number written without one, beyond the one it may have.
    static let commonCallingCodes = [
        "1", "44", "33", "49", "61", "64", "353", "27", "91", "34", "39", "31", "32", "41", "43", "45", "46", "47",
        "48", "351", "52", "55", "54", "57", "81", "82", "86", "90", "7", "30", "36", "40", "420", "972", "971",
        "63", "65", "60", "66", "62", "234", "254", "20",
    ]

    /// Digit patterns for one phone number as the person typed it.
    static func variants(of value: String) -> [[UInt32]] {
        let digits = DigitStream.digits(of: value)
        guard digits.count >= 6 else { return digits.isEmpty ? [] : [digits] }
        let trimmed = value.drop { $0 == " " }
        var national = digits
        var codes: [[UInt32]] = []
        if trimmed.hasPrefix("+") || starts(digits, with: [0, 0]) {
            let international = starts(digits, with: [0, 0]) ? Array(digits.dropFirst(2)) : digits
            let code = callingCode(of: international)
            codes = [code]
            national = Array(international.dropFirst(code.count))
            if national.first == 0, code != [3, 9] { national.removeFirst() }
        } else {
            if national.first == 0 {
                national.removeFirst()
            } else if national.count == 11, national.first == 1 {
                national.removeFirst()
            }
            codes = commonCallingCodes.map(encode)
        }
        return patterns(national: national, codes: codes)
    }

    private static func patterns(national: [UInt32], codes: [[UInt32]]) -> [[UInt32]] {
        var result: Set<[UInt32]> = [national, [0] + national]
        for code in codes {
            for prefix in [code, code + [0], [0, 0] + code, [0, 1, 1] + code] { result.insert(prefix + national) }
        }
        return result.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The longest known calling code the number starts with (1 to 3 digits).
    private static func callingCode(of digits: [UInt32]) -> [UInt32] {
        let known = PhoneMetadata.shipped?.callingCodes ?? Set(commonCallingCodes)
        for length in [1, 2, 3] where digits.count > length {
            let prefix = digits.prefix(length).map(String.init).joined()
            if known.contains(prefix) { return Array(digits.prefix(length)) }
        }
        return Array(digits.prefix(1))
    }

    private static func starts(_ digits: [UInt32], with prefix: [UInt32]) -> Bool {
        digits.count >= prefix.count && Array(digits.prefix(prefix.count)) == prefix
    }

    private static func encode(_ code: String) -> [UInt32] {
        code.unicodeScalars.map { $0.value - 0x30 }
    }
}
