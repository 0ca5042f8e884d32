import Foundation

/// Mapping independent work over every core, keeping the results in order.
enum ParallelMap {
    /// Below this many elements the work runs on the calling thread; spreading it costs more.
    static let threshold = 64

    /// `transform` applied to each element, in order; the first error thrown is rethrown.
    static func map<T, R>(_ elements: [T], _ transform: (Int, T) throws -> R) throws -> [R] {
        if elements.count < threshold { return try elements.enumerated().map { try transform($0.offset, $0.element) } }
        let results = UnsafeMutableBufferPointer<Result<R, any Error>?>.allocate(capacity: elements.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let output = results
        nonisolated(unsafe) let input = elements
        let chunk = 256
        try withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let work = transform
            DispatchQueue.concurrentPerform(iterations: (input.count + chunk - 1) / chunk) { part in
                for index in part * chunk..<min(input.count, (part + 1) * chunk) {
                    output[index] = Result { try work(index, input[index]) }
                }
            }
        }
        return try results.map { try $0!.get() }
    }
}
