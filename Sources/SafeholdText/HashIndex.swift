/// A fixed table from 64-bit hashes to places in a list: open addressing in a power-of-two array, probed in
/// order. Written here because `Dictionary` hashes its keys again with SipHash, which cost a tenth of the model's
/// time when every word of every message was looked up; these keys are already hashes (FNV-1a of a word), so
/// their low bits pick the slot. A key given twice keeps its first place.
public struct HashIndex: Sendable {
    @usableFromInline let keys: [UInt64]
    @usableFromInline let places: [Int32]
    @usableFromInline let mask: Int

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

    /// FNV-1a 64 over the bytes: the hash these tables are keyed by when their keys are words.
    @inlinable public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { value = step(value, byte) }
        return value
    }

    /// The hash of some bytes followed by one more byte, from the hash of the bytes.
    @inlinable public static func step(_ value: UInt64, _ byte: UInt8) -> UInt64 {
        (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// The place of the key in the list it was made from, or nil.
    @inlinable public func place(of key: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while places[slot] >= 0 {
            if keys[slot] == key { return Int(places[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
