import Foundation

/// Pulls bytes from a caller's `read(maxCount)` closure, tolerating short reads, with a small push-back buffer.
///
/// Never asks the closure for more than the caller asked this source for, so memory stays bounded by the
/// largest request (one payload chunk plus one byte).
struct AgeByteSource {
    private let readFunction: (Int) throws -> Data
    private var pending = Data()
    private var reachedEnd = false

    /// Wraps `read`, which returns at most `maxCount` bytes and empty `Data` at the end of input.
    init(_ read: @escaping (Int) throws -> Data) {
        self.readFunction = read
    }

    /// Returns exactly `count` bytes, or fewer only if the input ends first. The result is zero-indexed.
    mutating func read(upTo count: Int) throws -> Data {
        var output = Data(pending)
        pending = Data()
        output.reserveCapacity(count)
        while output.count < count, !reachedEnd {
            let piece = try readFunction(count - output.count)
            if piece.isEmpty {
                reachedEnd = true
            } else {
                output.append(piece)
            }
        }
        if output.count > count {
            // The closure returned more than asked: keep the excess for the next read.
            pending = Data(output[(output.startIndex + count)...])
            output = Data(output[..<(output.startIndex + count)])
        }
        return output
    }

    /// Puts `data` back in front of the input, to be returned by the next read.
    mutating func unread(_ data: Data) {
        pending = data + pending
    }
}
