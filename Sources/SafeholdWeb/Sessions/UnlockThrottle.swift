import Foundation
import SafeholdCore

/// Slows down guessing: after a few wrong passphrases, each further try waits twice as long as the
/// last, up to a limit. Nothing is ever deleted however many tries fail, because a person who
/// wanted the evidence gone could otherwise destroy it by failing on purpose.
///
/// The count lives in a small file beside the vault folder (`<vault>.unlock-delay.json`), not inside
/// the sealed data, so that restarting the server does not reset it. It holds only the number of
/// failures and the time of the last one. It slows guessing through this app only: someone who can
/// copy the vault folder can try passphrases elsewhere, and then each try still costs the full
/// key derivation (about a second).
actor UnlockThrottle {
    /// What the file holds.
    struct State: Codable, Equatable, Sendable {
        /// Wrong passphrases since the last successful unlock.
        var failures: Int
        /// When the last one happened.
        var lastFailure: Date
    }

    /// The answer to "may I try now?".
    enum Decision: Equatable, Sendable {
        /// Go ahead.
        case allowed
        /// Wait until then.
        case wait(until: Date)
        /// Another try is running; one at a time.
        case busy
    }

    /// Tries allowed without any wait, for typing mistakes.
    static let freeTries = 3
    /// The longest wait, in seconds.
    static let longestWait: TimeInterval = 15 * 60

    let file: URL
    private var state: State?
    private var tryRunning = false

    /// Reads the saved state, if any, for the vault in `vaultDirectory`.
    init(vaultDirectory: URL) {
        let folder = vaultDirectory.standardizedFileURL
        file = folder.deletingLastPathComponent()
            .appendingPathComponent(folder.lastPathComponent + ".unlock-delay.json")
        state = Self.load(file)
    }

    /// The wait after `failures` wrong tries: none for the first few, then 2, 4, 8… seconds.
    static func wait(afterFailures failures: Int) -> TimeInterval {
        guard failures >= freeTries else { return 0 }
        let exponent = min(failures - freeTries + 1, 20)
        return min(pow(2, Double(exponent)), longestWait)
    }

    /// Whether a try may start now; a started try must be ended with ``finish(_:now:)``.
    func begin(now: Date) -> Decision {
        guard !tryRunning else { return .busy }
        if var state {
            // A clock set back must not turn one wait into a wait of years.
            if state.lastFailure > now {
                state.lastFailure = now
                self.state = state
                save()
            }
            let until = state.lastFailure.addingTimeInterval(Self.wait(afterFailures: state.failures))
            if until > now { return .wait(until: until) }
        }
        tryRunning = true
        return .allowed
    }

    /// How a try ended.
    enum Outcome: Sendable {
        /// The vault opened: the count starts again.
        case opened
        /// The passphrase was wrong: the count goes up.
        case wrongPassphrase
        /// Something else went wrong (a damaged or missing vault): the count stays.
        case notCounted
    }

    /// Records how the try went and saves the count.
    func finish(_ outcome: Outcome, now: Date) {
        tryRunning = false
        switch outcome {
        case .opened:
            state = nil
            try? FileManager.default.removeItem(at: file)
        case .wrongPassphrase:
            state = State(failures: (state?.failures ?? 0) + 1, lastFailure: now)
            save()
        case .notCounted:
            break
        }
    }

    /// The saved state, for tests and the unlock page.
    var current: State? { state }

    private func save() {
        guard let state, let data = try? JSONEncoder().encode(state) else { return }
        try? data.write(to: file, options: .atomic)
    }

    private static func load(_ file: URL) -> State? {
        guard let data = try? Data(contentsOf: file) else { return nil }
        return try? JSONDecoder().decode(State.self, from: data)
    }
}
