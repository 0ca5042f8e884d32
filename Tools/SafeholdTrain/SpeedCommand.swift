import Foundation
import SafeholdAnalysis

/// `speed`: model load time and messages per second on one core and on all cores.
enum SpeedCommand {
    static func run(_ options: ToolOptions) throws {
        guard let messagesURL = options.messages else { throw ToolError("speed needs --messages FILE\n\(usage)") }
        let messages = try String(contentsOf: messagesURL, encoding: .utf8).split(separator: "\n").map(String.init)
        guard !messages.isEmpty else { throw ToolError("\(messagesURL.path) has no messages") }
        var loads: [Double] = []
        var model: AbuseModel?
        for _ in 0..<5 {
            let start = ContinuousClock.now
            model = try AbuseModel(contentsOf: options.modelFile)
            loads.append(seconds(since: start))
        }
        guard let model else { return }
        _ = model.classify(messages[0])
        let single = ContinuousClock.now
        var flagged = 0
        for message in messages where !model.classify(message).flagged.isEmpty { flagged += 1 }
        let singleSeconds = seconds(since: single)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let parallel = ContinuousClock.now
        let counter = Counter()
        DispatchQueue.concurrentPerform(iterations: cores) { part in
            var count = 0
            for index in stride(from: part, to: messages.count, by: cores)
            where !model.classify(messages[index]).flagged.isEmpty {
                count += 1
            }
            counter.add(count)
        }
        let parallelSeconds = seconds(since: parallel)
        printLine("model \(model.version): load \(String(format: "%.1f", loads.sorted()[2] * 1000)) ms (median of 5)")
        printLine("\(messages.count) messages, \(flagged) flagged")
        printLine(String(format: "one core: %.0f messages/s", Double(messages.count) / singleSeconds))
        printLine(String(format: "%d cores: %.0f messages/s", cores, Double(messages.count) / parallelSeconds))
        guard counter.total == flagged else { throw ToolError("threads disagreed on the flagged count", status: 1) }
    }
}

/// A total several threads add to.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func add(_ amount: Int) {
        lock.lock()
        value += amount
        lock.unlock()
    }
    var total: Int {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
