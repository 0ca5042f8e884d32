import Foundation
import SafeholdFacts

/// `safehold-resources bench`: scan throughput of the FactMatcher with 1, 20 and 200 facts and of the
/// PIIScanner, over generated chat-like messages, plus how the time grows on hostile input.
enum Bench {
    static func run(megabytes: Double, hostile includeHostile: Bool = true) throws {
        let messages = ChatText.messages(bytes: Int(megabytes * 1_000_000))
        let bytes = messages.reduce(0) { $0 + $1.utf8.count }
        print(
            "machine: \(ProcessInfo.processInfo.processorCount) cores, \(ProcessInfo.processInfo.operatingSystemVersionString)"
        )
        print("date: \(ISO8601DateFormatter().string(from: Date()))")
        print(String(format: "text: %d messages, %.2f MB", messages.count, Double(bytes) / 1e6))
        let facts = ChatText.facts(count: 200)
        for count in [1, 5, 20, 200] {
            let matcher = FactMatcher(facts: Array(facts.prefix(count)))
            var found = 0
            let seconds = time { for message in messages { found += matcher.matches(in: message).count } }
            print(
                String(
                    format: "FactMatcher %3d facts: %6.2f MB/s (%d matches)",
                    count,
                    Double(bytes) / 1e6 / seconds,
                    found
                )
            )
        }
        let scanner = try PIIScanner.shipped()
        var entities = 0
        let seconds = time { for message in messages { entities += scanner.scan(message).count } }
        print(String(format: "PIIScanner:           %6.2f MB/s (%d entities)", Double(bytes) / 1e6 / seconds, entities))
        if includeHostile { hostile(scanner: scanner, matcher: FactMatcher(facts: Array(facts.prefix(20)))) }
    }

    /// Time at n and 2n units of each hostile input; a ratio near 2 is linear, near 4 quadratic.
    static func hostile(scanner: PIIScanner, matcher: FactMatcher) {
        let inputs: [(String, (Int) -> String)] = [
            ("digits", { String(repeating: "4", count: $0) }),
            ("emoji", { String(repeating: "👩🏽‍❤️‍💋‍👨🏻", count: $0 / 5) }),
            ("at signs", { String(repeating: "a@", count: $0 / 2) }),
            ("dotted digits", { String(repeating: "1.", count: $0 / 2) }),
            ("hex colons", { String(repeating: "a:", count: $0 / 2) }),
            ("spaced letters", { String(repeating: "m a ", count: $0 / 4) }),
            ("street words", { String(repeating: "12 Elm St ", count: $0 / 10) }),
            ("words", { String(repeating: "abcdefghij ", count: $0 / 11) }),
        ]
        for (name, make) in inputs {
            let small = make(100_000)
            let large = make(200_000)
            let first = time {
                _ = scanner.scan(small)
                _ = matcher.matches(in: small)
            }
            let second = time {
                _ = scanner.scan(large)
                _ = matcher.matches(in: large)
            }
            print(
                String(
                    format: "hostile %-15@ 100k: %.3f s, 200k: %.3f s, ratio %.2f",
                    name as NSString,
                    first,
                    second,
                    second / first
                )
            )
        }
    }

    static func time(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
