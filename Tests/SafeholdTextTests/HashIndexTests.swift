import SafeholdText
import Testing

@Suite("HashIndex")
struct HashIndexTests {
    @Test("every key is found at its place, and keys it was not given are not")
    func findsItsKeys() {
        // Keys that share their low bits land in the same slot and must be probed past one another.
        let keys: [UInt64] =
            (0..<200).map { UInt64($0) << 32 | 7 } + (0..<50).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        let index = HashIndex(keys: keys)
        for (place, key) in keys.enumerated() { #expect(index.place(of: key) == place, "\(key)") }
        for missing: UInt64 in [1, 8, UInt64(201) << 32 | 7, .max] { #expect(index.place(of: missing) == nil) }
    }

    @Test("a key given twice keeps its first place; an empty index finds nothing")
    func duplicatesAndEmpty() {
        let index = HashIndex(keys: [5, 9, 5])
        #expect(index.place(of: 5) == 0)
        #expect(index.place(of: 9) == 1)
        #expect(HashIndex(keys: []).place(of: 0) == nil)
    }

    @Test("the hash of words is FNV-1a 64")
    func fnv() {
        let empty: [UInt8] = []
        #expect(empty.withUnsafeBufferPointer { HashIndex.hash($0) } == 0xcbf2_9ce4_8422_2325)
        #expect(Array("a".utf8).withUnsafeBufferPointer { HashIndex.hash($0) } == 0xaf63_dc4c_8601_ec8c)
    }
}

@Suite("Folding: all-ASCII text")
struct ASCIIFoldingTests {
    @Test("an all-ASCII text folds exactly as it does followed by a character outside ASCII")
    func sameAsGeneralPath() {
        var generator = SystemRandomNumberGenerator()
        let pieces = [
            "I", " ", "k1ll", "\t", "\n", "\r\n", "U", "r", " a ", "l0ser", "!!", "i d i o t", "STUUUPID", "@me",
            "f*ck", "Iwillkillyou", "don't", "5h1t", "|", "x", "CAPS", "12am", "-", ".",
        ]
        for _ in 0..<300 {
            let count = Int.random(in: 0...12, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            // "é" folds to "e" on the general path; everything before it must fold the same either way. The space and
            // the "?" keep it out of every word and run of spaced letters.
            let ascii = FoldedText(text, options: .aggressive)
            let mixed = FoldedText(text + " ?é", options: .aggressive)
            #expect(Array(mixed.scalars.prefix(ascii.scalars.count)) == ascii.scalars, "\(text.debugDescription)")
            #expect(Array(mixed.origin.prefix(ascii.origin.count)) == ascii.origin, "\(text.debugDescription)")
            #expect(ascii.original == Array(text.unicodeScalars))
        }
    }
}
