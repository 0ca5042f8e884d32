import Crypto
import SafeholdCore

/// Picks byte ranges out of a stream that arrives in chunks, hashing each range as it passes, so
/// that many records inside one large file are checked in a single pass over it. Ranges may
/// overlap or repeat (a reaction is stored with the bytes of the message it reacts to).
struct RangeSlicer {
    private struct Active {
        var index: Int
        var end: UInt64
        var hasher = SHA256()
    }

    /// Range indices in order of their offsets.
    private let order: [Int]
    private let ranges: [(offset: UInt64, length: UInt64)]
    private var nextInOrder = 0
    private var active: [Active] = []
    private var position: UInt64 = 0
    /// The SHA-256 of each range, in the order given, once the stream has passed it.
    private(set) var digests: [ContentDigest?]

    /// - Parameter ranges: (offset, length) pairs, in any order.
    init(ranges: [(UInt64, UInt64)]) {
        self.ranges = ranges.map { (offset: $0.0, length: $0.1) }
        order = ranges.indices.sorted { ranges[$0].0 < ranges[$1].0 }
        digests = Array(repeating: nil, count: ranges.count)
        startRanges(upTo: 0)
    }

    /// Passes one chunk; `take` receives each piece of a range with the range's index.
    mutating func feed(_ chunk: [UInt8], take: (Int, [UInt8]) throws -> Void) rethrows {
        let chunkEnd = position + UInt64(chunk.count)
        var cursor = position
        while cursor < chunkEnd {
            startRanges(upTo: cursor)
            // Advance to the next boundary: a range ending or starting, or the chunk's end.
            var boundary = chunkEnd
            for range in active { boundary = min(boundary, range.end) }
            if nextInOrder < order.count { boundary = min(boundary, max(ranges[order[nextInOrder]].offset, cursor + 1)) }
            let piece = Array(chunk[Int(cursor - position)..<Int(boundary - position)])
            for slot in active.indices {
                active[slot].hasher.update(data: piece)
                try take(active[slot].index, piece)
            }
            cursor = boundary
            finishRanges(at: cursor)
        }
        position = chunkEnd
        startRanges(upTo: position)
    }

    private mutating func startRanges(upTo offset: UInt64) {
        while nextInOrder < order.count, ranges[order[nextInOrder]].offset <= offset {
            let index = order[nextInOrder]
            nextInOrder += 1
            active.append(Active(index: index, end: ranges[index].offset + ranges[index].length))
        }
        finishRanges(at: offset)
    }

    private mutating func finishRanges(at offset: UInt64) {
        active.removeAll { range in
            guard range.end <= offset else { return false }
            digests[range.index] = ContentDigest(bytes: Array(range.hasher.finalize()))
            return true
        }
    }
}
