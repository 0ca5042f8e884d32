import SafeholdRules
import Testing

/// The shipped rules, loaded once for every suite.
let shippedRules = Result { try PartnerAbuseRules.shipped() }

/// The match of one rule on a text, if that rule fired.
func match(_ rule: String, in text: String) throws -> RuleMatch? {
    try shippedRules.get().evaluate(text).first { $0.ruleID == RuleID(rule) }
}

/// Expects that no rule fires on the text, and names any that do.
func expectNoRule(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let found = try shippedRules.get().evaluate(text)
    #expect(found.isEmpty, "\(text): \(found.map(\.ruleID.rawValue))", sourceLocation: sourceLocation)
}

/// The text a span covers, counted in Unicode scalars of the original.
func covered(_ span: ScalarSpan, in text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = ""
    out.unicodeScalars.append(contentsOf: scalars[span.start..<span.end])
    return out
}

/// A fixed sequence of pseudo-random numbers (a 64-bit linear congruential generator), so that tests built
/// from random sentences are the same on every run.
struct SeededNumbers {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The next number from 0 up to, not including, `bound`.
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}
