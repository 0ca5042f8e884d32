import Foundation
import SafeholdText

/// A handle reduced to what a reader sees: lower-case, look-alikes mapped to their prototype, with its letters,
/// digits and separators kept apart so that `jane.doe`, `jane_doe_1` and `jаne.doe` can be compared.
struct HandleForm: Sendable {
    /// Lower-case, without a leading `@` or a Mastodon `@domain` or a `.bsky.social` suffix.
    let plain: String
    /// The letters, mapped through the confusables table and lower-cased; digits and separators removed.
    let letters: [Character]
    /// The digits, in order.
    let digits: String
    /// The separators (`.`, `_`, `-`, spaces), in order.
    let separators: String
    /// Whether the original holds invisible characters or mixes scripts.
    let hidden: Bool

    /// Handles and names are cut to this many scalars before comparison, so hostile input costs nothing extra.
    static let maximumScalars = 256

    init(_ raw: String, isName: Bool = false) {
        let cut = String(String.UnicodeScalarView(raw.unicodeScalars.prefix(Self.maximumScalars)))
        let inspection = VisibleName.inspect(cut)
        hidden = inspection.invisibleCount > 0 || inspection.isMixedScript || inspection.imitatesLatin
        plain = isName ? cut.lowercased() : Self.plainHandle(cut)
        var letters: [Character] = []
        var digits = ""
        var separators = ""
        let table = ConfusablesTable.shipped.mappings
        for scalar in plain.decomposedStringWithCanonicalMapping.unicodeScalars {
            let properties = scalar.properties
            if properties.isDefaultIgnorableCodePoint || properties.generalCategory == .nonspacingMark { continue }
            if ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
            } else if scalar == "." || scalar == "_" || scalar == "-" || properties.isWhitespace {
                separators.unicodeScalars.append(scalar)
            } else if properties.isAlphabetic || properties.numericType != nil {
                let mapped = table[scalar.value].map { String(String.UnicodeScalarView($0)) } ?? String(scalar)
                letters.append(contentsOf: mapped.lowercased().filter { $0.isLetter || $0.isNumber })
            }
        }
        self.letters = letters
        self.digits = digits
        self.separators = separators
    }

    /// Lower-case, no leading `@`, no `@domain`, no `.bsky.social`.
    static func plainHandle(_ raw: String) -> String {
        var handle = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        while handle.hasPrefix("@") { handle.removeFirst() }
        if let at = handle.firstIndex(of: "@") { handle = String(handle[..<at]) }
        if handle.hasSuffix(".bsky.social") { handle = String(handle.dropLast(".bsky.social".count)) }
        return handle
    }
}

/// Words an impersonator adds around a name (`real`, `official`, `backup`…), matched only at the edges of the
/// person's own handle so that a name like `theresa` is never taken apart.
enum ImpersonationWords {
    /// The words, lower-case, longest first so that `official` is tried before `of…` fragments.
    static let words: [[Character]] = [
        "official", "officiel", "oficial", "account", "backup", "private", "second", "finsta", "really", "itsme",
        "real", "main", "page", "priv", "spam", "acct", "the", "new", "alt", "acc", "bkp", "not", "its", "iam",
        "fan", "im", "me", "my", "tv", "hq",
    ].map { Array($0) }

    /// Splits `text` into impersonation words, or returns nil when it is not made only of them.
    static func split(_ text: ArraySlice<Character>) -> [String]? {
        if text.isEmpty { return [] }
        for word in words where text.starts(with: word) {
            if let rest = split(text.dropFirst(word.count)) { return [String(word)] + rest }
        }
        return nil
    }

    /// When `candidate` is `words + mine + words` (at least one word), the added words.
    static func around(_ mine: [Character], in candidate: [Character]) -> [String]? {
        guard mine.count >= 3, candidate.count > mine.count, candidate.count <= 64 else { return nil }
        for start in 0...(candidate.count - mine.count)
        where candidate[start..<(start + mine.count)].elementsEqual(mine) {
            if let before = split(candidate[..<start]), let after = split(candidate[(start + mine.count)...]) {
                return before + after
            }
        }
        return nil
    }

    /// The impersonation words that appear as separate words in a display name (`Jane Doe (Official)`).
    static func inName(_ name: String) -> [String] {
        let folded = FoldedText(String(name.prefix(HandleForm.maximumScalars)), options: .standard)
        let set = Set(words.map { String($0) }).subtracting(["me", "my", "im", "its", "the", "new", "tv", "hq"])
        return folded.words().map { String(String.UnicodeScalarView(folded.scalars[$0])) }.filter { set.contains($0) }
    }
}

/// Words of a profile text for comparing bios: folded, at least three letters, at most the first 4,000 scalars.
enum BioWords {
    static func of(_ bio: String?) -> Set<String> {
        guard let bio, !bio.isEmpty else { return [] }
        let folded = FoldedText(String(String.UnicodeScalarView(bio.unicodeScalars.prefix(4_000))), options: .standard)
        var words = Set<String>()
        for range in folded.words() where range.count >= 3 {
            words.insert(String(String.UnicodeScalarView(folded.scalars[range])))
        }
        return words
    }

    /// Jaccard similarity of two word sets; 0 when either has fewer than three words.
    static func similarity(_ first: Set<String>, _ second: Set<String>) -> Double {
        guard first.count >= 3, second.count >= 3 else { return 0 }
        let shared = first.intersection(second).count
        return Double(shared) / Double(first.count + second.count - shared)
    }
}
