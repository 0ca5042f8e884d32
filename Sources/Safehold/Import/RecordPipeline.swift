import Foundation
import SafeholdImport
import Synchronization

/// Reads an export file's records on a second thread while the calling thread seals the previous
/// batch, so that parsing and sealing use both cores. At most two batches wait in between, so
/// memory stays flat however large the file.
struct RecordPipeline: Sendable {
    private final class Channel: Sendable {
        private struct State {
            var batches: [[ImportedRecord]] = []
            var finished = false
            var failure: (any Error)?
            var cancelled = false
        }

        private let state = Mutex(State())
        private let condition = NSCondition()
        let capacity = 2

        /// Waits for room, then hands over a batch. Returns false when the consumer has stopped.
        func put(_ batch: [ImportedRecord]) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            while true {
                let (cancelled, full) = state.withLock { ($0.cancelled, $0.batches.count >= capacity) }
                if cancelled { return false }
                if !full { break }
                condition.wait()
            }
            state.withLock { $0.batches.append(batch) }
            condition.broadcast()
            return true
        }

        func finish(_ failure: (any Error)?) {
            condition.lock()
            state.withLock {
                $0.finished = true
                $0.failure = failure
            }
            condition.broadcast()
            condition.unlock()
        }

        /// The next batch, or `nil` once the producer has finished and everything was taken.
        func take() throws -> [ImportedRecord]? {
            condition.lock()
            defer { condition.unlock() }
            while true {
                let next: Result<[ImportedRecord]?, any Error>? = state.withLock { state in
                    if !state.batches.isEmpty {
                        return .success(state.batches.removeFirst())
                    }
                    guard state.finished else { return nil }
                    if let failure = state.failure { return .failure(failure) }
                    return .success(nil)
                }
                if let next {
                    condition.broadcast()
                    return try next.get()
                }
                condition.wait()
            }
        }

        func cancel() {
            condition.lock()
            state.withLock { $0.cancelled = true }
            condition.broadcast()
            condition.unlock()
        }
    }

    private struct Stopped: Error {}

    /// Parses `file` with `importer` on a second thread, calling `consume` with each batch in order.
    /// Errors from either side stop both; the parser's error is rethrown after the batches read before it.
    /// - Returns: What the importer noted about the file for the import summary.
    @discardableResult
    static func run(
        _ importer: any Importer, _ file: ExportFile, from source: any ExportSource, batchSize: Int,
        consume: ([ImportedRecord]) throws -> Void
    ) throws -> [String] {
        let channel = Channel()
        let notes = Mutex([String]())
        let thread = Thread {
            var batch = [ImportedRecord]()
            batch.reserveCapacity(batchSize)
            do {
                try importer.parse(
                    file, from: source,
                    emit: { record in
                        batch.append(record)
                        if batch.count >= batchSize {
                            guard channel.put(batch) else { throw Stopped() }
                            batch.removeAll(keepingCapacity: true)
                        }
                    },
                    note: { text in notes.withLock { $0.append(text) } }
                )
                if !batch.isEmpty { _ = channel.put(batch) }
                channel.finish(nil)
            } catch is Stopped {
                channel.finish(nil)
            } catch {
                if !batch.isEmpty { _ = channel.put(batch) }
                channel.finish(error)
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
        do {
            while let batch = try channel.take() { try consume(batch) }
            return notes.withLock { $0 }
        } catch {
            channel.cancel()
            // Let the parser notice and end before the source it reads is released.
            while (try? channel.take()) != nil {}
            throw error
        }
    }
}
