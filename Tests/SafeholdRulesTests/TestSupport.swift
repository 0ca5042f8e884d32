import SafeholdRules

/// The shipped rules, loaded once for every suite.
let shippedRules = Result { try PartnerAbuseRules.shipped() }

/// The match of one rule on a text, if that rule fired.
func match(_ rule: String, in text: String) throws -> RuleMatch? {
    try shippedRules.get().evaluate(text).first { $0.ruleID == RuleID(rule) }
}

/// The text a span covers, counted in Unicode scalars of the original.
func covered(_ span: ScalarSpan, in text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = ""
    out.unicodeScalars.append(contentsOf: scalars[span.start..<span.end])
    return out
}
