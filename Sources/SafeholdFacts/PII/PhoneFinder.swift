/// Finds phone numbers: runs of 7 to 15 digits in a phone-like grouping, validated against libphonenumber's
/// numbering plans (the country code's regions when one is written, otherwise a list of likely regions).
///
/// Dates, prices, order and reference numbers, version strings and IP addresses are turned away by their
/// shape and the words just before them. A number the plans do not know but that is written exactly like a
/// North American number (`(555) 123-4567`) is kept with a lower confidence, because such numbers are common
/// in real messages.
struct PhoneFinder: Sendable {
    let metadata: PhoneMetadata

    /// Regions tried, in order, for a number written without a country code.
    /// Only regions with a trunk prefix (or North America's `1`) are tried, since without one any digits
    /// would pass for some plan.
    static let homeRegions = ["US", "GB", "DE", "FR", "AU", "CA", "IE", "NZ", "IN", "NL", "BE", "CH", "AT", "ZA", "BR"]

    static let refusingWords = [
        "order", "invoice", "ref", "tracking", "ticket", "case", "receipt", "version", "serial", "sku", "isbn",
        "account", "acct", "iban", "card", "ssn", "sin", "nir", "dni", "id", "steuer", "idnr", "#", "$", "€", "£", "¥",
        "no.", "nr", "po", "part",
    ]
    static let invitingWords = [
        "phone", "tel", "call", "text", "mobile", "cell", "number", "whatsapp", "fax", "ring", "contact", "sms", "dial",
        "☎",
    ]

    func find(in text: ScanText, runs: [DigitRun]) -> [PIIEntity] {
        runs.compactMap { run in
            guard run.digits.count >= 7 && run.digits.count <= 17 else { return nil }
            return entity(for: run, in: text)
        }
    }

    private func entity(for run: DigitRun, in text: ScanText) -> PIIEntity? {
        guard !looksLikeOtherNumber(run, in: text) else { return nil }
        let before = text.before(run.range.lowerBound).lowercased()
        let invited = Self.invitingWords.contains { before.contains($0) }
        if let (e164, formatted) = validate(run) {
            var confidence = run.plus ? 0.92 : (formatted ? 0.8 : 0.7)
            if invited { confidence += 0.08 }
            if !formatted && !invited && !run.plus && run.digits.count < 10 { return nil }
            return text.entity(.phone, run.range, value: e164, confidence: min(confidence, 0.98))
        }
        if let e164 = northAmericanShape(run) {
            return text.entity(.phone, run.range, value: e164, confidence: invited ? 0.7 : 0.6)
        }
        return nil
    }

    /// The E.164 form when the number is valid somewhere, and whether it was written with separators or `+`.
    func validate(_ run: DigitRun) -> (String, Bool)? {
        let digits = run.digitString
        let formatted = run.plus || run.groups.count > 1
        if run.plus { return international(digits).map { ($0, true) } }
        if digits.hasPrefix("00") { return international(String(digits.dropFirst(2))).map { ($0, formatted) } }
        if digits.hasPrefix("011") { return international(String(digits.dropFirst(3))).map { ($0, formatted) } }
        for id in preferredRegions(run) {
            guard let index = metadata.byID[id] else { continue }
            let region = metadata.regions[index]
            var national = digits
            if !region.nationalPrefix.isEmpty, national.hasPrefix(region.nationalPrefix) {
                national.removeFirst(region.nationalPrefix.count)
            } else if region.nationalPrefix != "1" {
                continue
            }
            if metadata.lineType(of: national, in: region) != nil {
                return ("+" + region.callingCode + national, formatted)
            }
        }
        return nil
    }

    /// The home regions, with the one whose habits the grouping follows first (`06 12 34 56 78` is French,
    /// `0412 345 678` Australian).
    private func preferredRegions(_ run: DigitRun) -> [String] {
        var first: String?
        if run.groups == [2, 2, 2, 2, 2] { first = "FR" }
        if run.groups == [4, 3, 3], run.digits.starts(with: [0x30, 0x34]) { first = "AU" }
        guard let first else { return Self.homeRegions }
        return [first] + Self.homeRegions.filter { $0 != first }
    }

    private func international(_ digits: String) -> String? {
        for length in 1...3 where digits.count > length + 3 {
            let code = String(digits.prefix(length))
            var national = String(digits.dropFirst(length))
            for region in metadata.regions(callingCode: code) {
                if !region.nationalPrefix.isEmpty, national.hasPrefix(region.nationalPrefix),
                    metadata.lineType(of: national, in: region) == nil
                {
                    national.removeFirst(region.nationalPrefix.count)
                }
                if metadata.lineType(of: national, in: region) != nil { return "+" + code + national }
            }
        }
        return nil
    }

    /// `(555) 123-4567`, `555-123-4567`, `555.123.4567`, `+1 555 123 4567`: a shape people only use for phones.
    private func northAmericanShape(_ run: DigitRun) -> String? {
        var groups = run.groups
        var digits = run.digits
        if groups.first == 1, digits.first == 0x31 {
            groups.removeFirst()
            digits.removeFirst()
        }
        guard groups == [3, 3, 4], let area = digits.first, area >= 0x32 else { return nil }
        guard run.separators.count <= 1 || run.parentheses else { return nil }
        return "+1" + String(decoding: digits, as: UTF8.self)
    }

    /// Dates, prices, times, versions, IP addresses, order numbers.
    private func looksLikeOtherNumber(_ run: DigitRun, in text: ScanText) -> Bool {
        let before = text.before(run.range.lowerBound, length: 14).lowercased()
        if Self.refused(before) { return true }
        if let previous = before.last(where: { $0 != " " }), "#$€£¥".contains(previous) { return true }
        if text.after(run.range.upperBound, length: 2).hasPrefix("%") { return true }
        let groups = run.groups
        if run.separators == [0x2E] && !(groups == [3, 3, 4] || run.plus) { return true }
        if run.separators == [0x2F] { return true }
        if isDate(groups, run.digits, separators: run.separators) { return true }
        return false
    }

    /// Whether one of the last three words before a number says it is not a phone number.
    static func refused(_ before: String) -> Bool {
        let words = before.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && !"#$€£.".contains($0) })
        return words.suffix(3).contains { word in
            refusingWords.contains(String(word)) || word.hasSuffix("#")
                || refusingWords.contains(String(word.filter { $0 != "." }))
        }
    }

    private func isDate(_ groups: [Int], _ digits: [UInt8], separators: Set<UInt8>) -> Bool {
        guard separators.count == 1, groups.count == 3 else { return false }
        let shapes: [[Int]] = [[4, 2, 2], [2, 2, 4], [1, 2, 4], [2, 1, 4], [1, 1, 4]]
        return shapes.contains(groups)
    }
}
