import SafeholdRules
import Testing

@Suite("RulesThroughput")
struct RulesThroughputTests {
    @Test("counts the messages a rule fired on, and reports a rate for both runs")
    func countsMatches() throws {
        let rules = try shippedRules.get()
        let messages = ["I know where you live", "see you at lunch", "I'm outside your house", "thanks!", ""]
        let result = RulesThroughput.measure(rules, messages: messages, cores: 2)
        #expect(result.messages == 5)
        #expect(result.matched == 2)
        #expect(result.cores == 2)
        #expect(result.oneCorePerSecond > 0 && result.allCoresPerSecond > 0)
    }

    @Test("no messages give no matches and no division by zero")
    func empty() throws {
        let result = RulesThroughput.measure(try shippedRules.get(), messages: [], cores: 0)
        #expect(result.messages == 0 && result.matched == 0 && result.cores == 1)
        #expect(result.oneCorePerSecond.isFinite && result.allCoresPerSecond.isFinite)
    }
}
