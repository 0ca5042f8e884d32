/// Checks decoded content against the rules the schema cannot express in types: identifiers, references,
/// required text, sources and dates. Every problem found is listed, not only the first.
struct GuideValidator {
    let content: GuideContent
    private(set) var found: [String] = []

    init(_ content: GuideContent) { self.content = content }

    func problems() -> [String] {
        var validator = self
        validator.checkQuestions()
        validator.checkSteps()
        validator.checkPlatforms()
        validator.checkDirectory()
        validator.checkTemplates()
        validator.checkStrategies()
        validator.checkRules()
        return validator.found
    }

    mutating func report(_ file: String, _ where: String, _ what: String) {
        found.append("\(file) \(`where`): \(what)")
    }

    /// Reports malformed and repeated identifiers.
    mutating func checkIDs<K>(_ ids: [GuideID<K>], file: String, kind: String) {
        var seen = Set<GuideID<K>>()
        for id in ids {
            if !id.isWellFormed { report(file, kind + " '\(id.rawValue.prefix(80))'", "is not a well-formed id") }
            if !seen.insert(id).inserted { report(file, kind + " \(id)", "is listed twice") }
        }
    }

    /// Reports text that is empty or only spaces.
    mutating func require(_ text: String?, _ file: String, _ where: String, _ field: String) {
        if (text ?? "").allSatisfy(\.isWhitespace) { report(file, `where`, "\(field) is empty") }
    }

    /// Reports a source that is not an https address.
    mutating func checkSource(_ source: String, _ file: String, _ where: String) {
        if !source.hasPrefix("https://") || source.count < 12 || source.contains(where: \.isWhitespace) {
            report(file, `where`, "source is not an https address")
        }
    }

    /// Reports a date that is not a real `YYYY-MM-DD` date.
    mutating func checkDate(_ date: String, _ file: String, _ where: String) {
        if !isCalendarDate(date) { report(file, `where`, "checked date '\(date.prefix(20))' is not YYYY-MM-DD") }
    }

    var stepIDs: Set<StepID> { Set(content.steps.steps.map(\.id)) }
}

/// Whether `text` is a plausible calendar date written `YYYY-MM-DD`.
func isCalendarDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts.map(\.count) == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
        let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return false }
    let days = [
        31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]
    return (2000...2100).contains(year) && (1...12).contains(month) && (1...days[month - 1]).contains(day)
}
