import Crypto
import SafeholdCore
@testable import SafeholdVault
import Testing

@Suite("RangeSlicer")
struct RangeSlicerTests {
    @Test("every range's digest and bytes match slicing the whole, for overlapping, repeated and empty ranges and any chunk size", arguments: [1, 3, 17, 64, 1000])
    func matchesDirectSlicing(chunk: Int) {
        var generator = SystemRandomNumberGenerator()
        let data = (0..<5000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        var ranges: [(UInt64, UInt64)] = [(0, 0), (0, 10), (5, 20), (5, 20), (4999, 1), (100, 0), (2500, 2500), (10, 4000)]
        for _ in 0..<30 {
            let start = Int.random(in: 0..<5000, using: &generator)
            ranges.append((UInt64(start), UInt64(Int.random(in: 0...(5000 - start), using: &generator))))
        }
        var slicer = RangeSlicer(ranges: ranges)
        var pieces = Array(repeating: [UInt8](), count: ranges.count)
        var offset = 0
        while offset < data.count {
            slicer.feed(Array(data[offset..<min(data.count, offset + chunk)])) { index, piece in pieces[index] += piece }
            offset += chunk
        }
        for (index, range) in ranges.enumerated() {
            let expected = Array(data[Int(range.0)..<Int(range.0 + range.1)])
            #expect(pieces[index] == expected, "range \(index)")
            #expect(slicer.digests[index] == ContentDigest(bytes: Array(SHA256.hash(data: expected))), "range \(index)")
        }
    }

    @Test("a range past the end of the stream never gets a digest")
    func pastTheEnd() {
        var slicer = RangeSlicer(ranges: [(10, 100)])
        slicer.feed(Array(repeating: 1, count: 50)) { _, _ in }
        #expect(slicer.digests == [nil])
    }
}
