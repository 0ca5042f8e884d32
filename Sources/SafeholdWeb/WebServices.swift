import Dispatch
import Foundation

/// What the controllers share: the configuration, the pages, the sessions and the unlock throttle.
struct WebServices: Sendable {
    let configuration: WebConfiguration
    let pages: Pages
    let sessions: SessionStore
    let throttle: UnlockThrottle
    /// What the list pages show, kept while the vault does not change.
    let snapshots = SnapshotCache()
    /// Import summaries waiting to be shown.
    let importSummaries = ImportSummaries()

    /// Whether the configured folder holds a vault (or anything at all, which the create page
    /// would refuse to overwrite).
    var vaultExists: Bool {
        let contents = try? FileManager.default.contentsOfDirectory(atPath: configuration.vaultDirectory.path)
        return !(contents ?? []).isEmpty
    }
}

/// Runs slow, blocking work (key derivation, reading the vault, imports) off the server's event loops.
enum Blocking {
    /// Runs `work` on a global queue and returns its result.
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }
}
