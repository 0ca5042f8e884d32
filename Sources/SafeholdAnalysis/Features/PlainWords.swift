import Foundation

/// Everyday English words, spelled as a dictionary spells them (``FeatureSettings/plainWords``).
///
/// Character n-grams let the model read `biatch` or `idiooot`, but they also find `bitc` in "bitcoin" and `puss` in
/// "pussycat", words the public data sets hold too rarely for the model to learn them, so those scored as abuse.
/// Training notes which words of this list it saw often enough to learn (``ModelHeader/learnedPlainWords``); any
/// other word of the list gives no n-grams, and so counts for nothing, as an unknown word should. Learned words,
/// and spellings no dictionary knows (slang, disguises, words run together), keep theirs. The list is the resource
/// `plain-words-1.txt` (from Debian's wamerican); a new list gets a new number, because a model's learned words
/// are numbered by their place in the exact list it was trained with.
struct PlainWords: Sendable {
    /// The version that names the shipped list.
    static let shippedVersion = 1

    /// The shipped list, read once; nil when the resource is missing or unreadable (a broken installation).
    static let shipped: PlainWords? = {
        guard let url = shippedURL, let data = try? Data(contentsOf: url) else { return nil }
        return PlainWords(listing: data)
    }()

    /// Where the shipped list is, or nil when it is missing.
    static var shippedURL: URL? {
        Bundle.module.url(forResource: "plain-words-\(shippedVersion)", withExtension: "txt")
    }

    /// The words' unigram hashes in an open-addressed table (a power of two, at most two thirds full), 0 for an
    /// empty slot. Written here instead of a `Set` because the keys are already hashes and the lookup runs for
    /// every word of every message; about 1 MB for the 73,000 words.
    private let slots: [UInt64]
    private let mask: Int

    /// How many different words the list holds.
    let count: Int

    /// The words' unigram hashes in the order of the list (the numbering of a model's learned words).
    let ordered: [UInt64]

    /// Reads a list: one word per line, lines starting with `#` ignored, each word hashed as
    /// ``FeatureExtractor/wordHash(_:)`` hashes it (the list holds lower-case ASCII letters only, so bytes and
    /// scalars agree).
    init(listing data: Data) {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(data.count / 8)
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index < bytes.count {
                var end = index
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                if end > index, bytes[index] != 0x23 {
                    var hash = FeatureExtractor.wordSeed
                    var letters = true
                    for position in index..<end {
                        let byte = bytes[position]
                        if byte == 0x0D, position == end - 1 { break }
                        guard byte >= 0x61 && byte <= 0x7A else {
                            letters = false
                            break
                        }
                        hash = FeatureExtractor.step(hash, UInt32(byte))
                    }
                    if letters, hash != 0 { hashes.append(hash) }
                }
                index = end + 1
            }
        }
        self.init(hashes: hashes)
    }

    /// A list of words given by their unigram hashes (0, the empty slot, is never a word's).
    init(hashes: [UInt64]) {
        var size = 16
        while size * 2 < hashes.count * 3 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        var count = 0
        for hash in hashes where hash != 0 {
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot] != 0 && slots[slot] != hash { slot = (slot + 1) & (size - 1) }
            if slots[slot] == 0 {
                slots[slot] = hash
                count += 1
            }
        }
        self.slots = slots
        mask = size - 1
        self.count = count
        ordered = hashes
    }

    /// The words of the list that a model did not learn: those whose bit is clear in `learned`, a bit a word in
    /// list order (least significant bit first in each byte). Nil when `learned` is not the list's length.
    ///
    /// Swear words, slurs and names of groups (``ProfaneWords``, ``GroupWords``) are never among them, however
    /// rare: a slur the data sets hold a handful of times ("wetbacks") is still abuse, and its n-grams are what
    /// the model has to read it by.
    func unlearned(_ learned: [UInt8]) -> PlainWords? {
        guard learned.count == (ordered.count + 7) / 8 else { return nil }
        var words: [UInt64] = []
        for (index, hash) in ordered.enumerated() where learned[index >> 3] & (1 << UInt8(index & 7)) == 0 {
            if let facts = WordTable.facts(of: hash), facts.profane || facts.namesGroup { continue }
            words.append(hash)
        }
        return PlainWords(hashes: words)
    }

    /// The bits of ``unlearned(_:)``: the words of the list that occur in at least `minRows` of the rows, each row
    /// given as the unigram hashes of its words.
    func learned(inRows rows: [[UInt64]], minRows: Int) -> [UInt8] {
        var place: [UInt64: Int] = [:]
        for (index, hash) in ordered.enumerated() where place[hash] == nil { place[hash] = index }
        var counts = [Int32](repeating: 0, count: ordered.count)
        for row in rows {
            for hash in Set(row) { if let index = place[hash] { counts[index] += 1 } }
        }
        var bits = [UInt8](repeating: 0, count: (ordered.count + 7) / 8)
        for (index, count) in counts.enumerated() where count >= minRows { bits[index >> 3] |= 1 << UInt8(index & 7) }
        return bits
    }

    /// Whether the word with this unigram hash is on the list.
    @inline(__always) func contains(_ hash: UInt64) -> Bool {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let key = slots[slot]
            if key == hash { return hash != 0 }
            if key == 0 { return false }
            slot = (slot + 1) & mask
        }
    }
}
