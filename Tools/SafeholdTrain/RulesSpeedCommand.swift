import Foundation
import SafeholdRules

/// `speed-rules`: the partner-abuse rules' load time and messages per second on one core and on all cores.
enum RulesSpeedCommand {
    static func run(_ options: ToolOptions) throws {
        guard let messagesURL = options.messages else { throw ToolError("speed-rules needs --messages FILE\n\(usage)") }
        let messages = try String(contentsOf: messagesURL, encoding: .utf8).split(separator: "\n").map(String.init)
        guard !messages.isEmpty else { throw ToolError("\(messagesURL.path) has no messages") }
        var loads: [Double] = []
        var rules: PartnerAbuseRules?
        for _ in 0..<5 {
            let start = ContinuousClock.now
            rules = try PartnerAbuseRules(files: PartnerAbuseRules.shippedFiles())
            loads.append(seconds(since: start))
        }
        guard let rules else { return }
        let result = RulesThroughput.measure(rules, messages: messages)
        printLine("rules \(rules.version): load \(String(format: "%.1f", loads.sorted()[2] * 1000)) ms (median of 5)")
        printLine("\(result.messages) messages, \(result.matched) with a rule that fired")
        printLine(String(format: "one core: %.0f messages/s", result.oneCorePerSecond))
        printLine(String(format: "%d cores: %.0f messages/s", result.cores, result.allCoresPerSecond))
        let full = RulesThroughput.measure(rules, messages: messages, skipping: false)
        printLine(
            String(
                format: "without skipping messages that no rule can match: %d with a rule that fired, one core %.0f, "
                    + "%d cores %.0f messages/s",
                full.matched,
                full.oneCorePerSecond,
                full.cores,
                full.allCoresPerSecond
            )
        )
    }
}
