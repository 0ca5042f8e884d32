import Foundation
import SafeholdText

/// A handle reduced to what a reader sees: lower-case, look-alikes mapped to their prototype, with its letters,
/// digits and separators kept apart so that `jane.doe`, `jane_doe_1` and `jаne.doe` can be compared.
struct HandleForm: Sendable {
    /// Lower-case, without a leading `@` or a Mastodon `@domain` or a `.bsky.social` suffix.
    let plain: String
    /// The lower-cased TR39 skeleton of `plain`: equal keys look the same.
    let skeletonKey: String
    /// The letters, mapped through the confusables table and lower-cased; digits and separators removed.
    let letters: [Unicode.Scalar]
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
        plain = isName ? cut.lowercased() : Self.plainHandle(cut)
        skeletonKey = Skeleton.of(plain).lowercased()
        let ascii = cut.utf8.allSatisfy { $0 < 0x80 }
        if ascii {
            hidden = cut.utf8.contains { $0 < 0x20 || $0 == 0x7F }
        } else {
            let inspection = VisibleName.inspect(cut)
            hidden = inspection.invisibleCount > 0 || inspection.isMixedScript || inspection.imitatesLatin
        }
        var letters: [Unicode.Scalar] = []
        var digits = ""
        var separators = ""
        let table = ConfusablesTable.shipped.mappings
        let scalars = ascii ? plain.unicodeScalars : plain.decomposedStringWithCanonicalMapping.unicodeScalars
        for scalar in scalars {
            if ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
            } else if scalar == "." || scalar == "_" || scalar == "-" || scalar == " " {
                separators.unicodeScalars.append(scalar)
            } else if ascii ? scalar.properties.isAlphabetic : Self.isLetterLike(scalar) {
                for mapped in table[scalar.value] ?? [scalar] { Self.appendLowercased(mapped, to: &letters) }
            } else if scalar.properties.isWhitespace {
                separators.unicodeScalars.append(scalar)
            }
        }
        self.letters = letters
        self.digits = digits
        self.separators = separators
    }

    private static func isLetterLike(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isDefaultIgnorableCodePoint || properties.generalCategory == .nonspacingMark { return false }
        return properties.isAlphabetic || properties.numericType != nil
    }

    private static func appendLowercased(_ scalar: Unicode.Scalar, to letters: inout [Unicode.Scalar]) {
        if scalar.isASCII {
            let value = scalar.value
            if (0x41...0x5A).contains(value) {
                letters.append(Unicode.Scalar(value + 0x20)!)
            } else if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                letters.append(scalar)
            }
            return
        }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars
        where lower.properties.isAlphabetic || lower.properties.numericType != nil {
            letters.append(lower)
        }
    }

    /// Lower-case, no leading `@`, no `@domain`, no `.bsky.social`.
    static func plainHandle(_ raw: String) -> String {
        // Only plain spaces and line ends are trimmed: Foundation's whitespace sets also hold U+200B on
        // Linux, and a handle ending in a zero-width space must not pass for the person's own.
        var handle = raw.trimmingCharacters(in: HandleSpace.plain).lowercased()
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
    static let words: [[Unicode.Scalar]] = [
        "official", "officiel", "oficial", "account", "backup", "private", "second", "finsta", "really", "itsme",
        "real", "main", "page", "priv", "spam", "acct", "the", "new", "alt", "acc", "bkp", "not", "its", "iam",
        "fan", "im", "me", "my", "tv", "hq",
    ].map { Array($0.unicodeScalars) }

    /// Splits `text` into impersonation words, or returns nil when it is not made only of them.
    static func split(_ text: ArraySlice<Unicode.Scalar>) -> [String]? {
        if text.isEmpty { return [] }
        for word in words where text.starts(with: word) {
            if let rest = split(text.dropFirst(word.count)) { return [String(String.UnicodeScalarView(word))] + rest }
        }
        return nil
    }

    /// When `candidate` is `words + mine + words` (at least one word), the added words.
    static func around(_ mine: [Unicode.Scalar], in candidate: [Unicode.Scalar]) -> [String]? {
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
        return folded.words().map { String(String.UnicodeScalarView(folded.scalars[$0])) }.filter(nameWords.contains)
    }

    /// The words that count in a display name: the short, everyday ones (`me`, `the`, `new`…) do not.
    static let nameWords = Set(words.map { String(String.UnicodeScalarView($0)) }).subtracting([
        "me", "my", "im", "its", "the", "new", "tv", "hq",
    ])
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
        let (small, large) = first.count <= second.count ? (first, second) : (second, first)
        let shared = small.reduce(0) { $0 + (large.contains($1) ? 1 : 0) }
        return Double(shared) / Double(first.count + second.count - shared)
    }
}

/// The characters trimmed from a handle's ends: spaces, tabs and line ends, nothing invisible.
enum HandleSpace {
    static let plain = CharacterSet(charactersIn: " \t\r\n")
}
