public import Foundation

/// How fast the rules read messages, on one core and on all cores: the figure a rules benchmark reports.
public struct RulesThroughput: Sendable, Hashable {
    /// Messages read (on each of the two runs).
    public var messages: Int
    /// Messages on which at least one rule fired.
    public var matched: Int
    /// Wall-clock seconds for every message on one thread.
    public var oneCoreSeconds: Double
    /// Wall-clock seconds for every message spread over ``cores`` threads.
    public var allCoresSeconds: Double
    /// Threads used for the second run.
    public var cores: Int

    /// Messages per second on one core.
    public var oneCorePerSecond: Double { Double(messages) / max(oneCoreSeconds, 1e-9) }

    /// Messages per second on all cores.
    public var allCoresPerSecond: Double { Double(messages) / max(allCoresSeconds, 1e-9) }

    /// Runs the rules over the messages once on one thread, then once spread over the cores.
    /// - Parameters:
    ///   - rules: The rules to time.
    ///   - messages: The messages; each is evaluated once per run.
    ///   - cores: Threads for the second run; by default every active processor.
    ///   - skipping: Whether messages without any word a rule needs are skipped (as ``PartnerAbuseRules/evaluate(_:)``
    ///     does); false times the matcher on every message.
    /// - Returns: The counts and timings. The matched count is the one-thread run's; the threads must agree.
    public static func measure(
        _ rules: PartnerAbuseRules,
        messages: [String],
        cores: Int = ProcessInfo.processInfo.activeProcessorCount,
        skipping: Bool = true
    ) -> RulesThroughput {
        let threads = max(1, cores)
        if let first = messages.first { _ = rules.evaluate(first, skippingWithoutAnchors: skipping) }
        let clock = ContinuousClock()
        var matched = 0
        let single = clock.measure {
            for message in messages where !rules.evaluate(message, skippingWithoutAnchors: skipping).isEmpty {
                matched += 1
            }
        }
        let parallel = clock.measure {
            DispatchQueue.concurrentPerform(iterations: threads) { part in
                for index in stride(from: part, to: messages.count, by: threads) {
                    _ = rules.evaluate(messages[index], skippingWithoutAnchors: skipping)
                }
            }
        }
        return RulesThroughput(
            messages: messages.count,
            matched: matched,
            oneCoreSeconds: single.seconds,
            allCoresSeconds: parallel.seconds,
            cores: threads
        )
    }
}

extension Duration {
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
