/// A fixed table from 64-bit hashes to places in a list: open addressing in a power-of-two array, probed in
/// order. Written here because `Dictionary` hashes its keys again with SipHash, which cost a tenth of the model's
/// time when every word of every message was looked up; these keys are already hashes (FNV-1a of a word), so
/// their low bits pick the slot. A key given twice keeps its first place.
public struct HashIndex: Sendable {
    private let keys: [UInt64]
    private let places: [Int32]
    private let mask: Int

    /// Indexes the keys by their place in the array.
    public init(keys list: [UInt64]) {
        var size = 16
        while size < list.count * 4 { size *= 2 }
        var keys = [UInt64](repeating: 0, count: size)
        var places = [Int32](repeating: -1, count: size)
        for (place, key) in list.enumerated() {
            var slot = Int(truncatingIfNeeded: key) & (size - 1)
            var taken = false
            while places[slot] >= 0 {
                if keys[slot] == key { taken = true }
                slot = (slot + 1) & (size - 1)
            }
            if taken { continue }
            keys[slot] = key
            places[slot] = Int32(place)
        }
        self.keys = keys
        self.places = places
        mask = size - 1
    }

    /// The place of the key in the list it was made from, or nil.
    @inline(__always) public func place(of key: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while places[slot] >= 0 {
            if keys[slot] == key { return Int(places[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
