import Foundation

/// The list shipped as `Resources/common-passphrases.txt`.
enum BundledCommonPassphrases {
    /// Loaded on first use and then kept; Swift runs a static initialiser exactly once, thread-safely.
    static let entries: Set<String> = {
        guard let url = resourceURL, let text = try? String(contentsOf: url, encoding: .utf8) else {
            assertionFailure("common-passphrases.txt is missing from the PassphraseCheck bundle")
            return []
        }
        return parse(text)
    }()

    static var resourceURL: URL? {
        Bundle.module.url(forResource: "common-passphrases", withExtension: "txt")
    }

    /// One entry a line; blank lines and lines starting with `#` are skipped.
    static func parse(_ text: String) -> Set<String> {
        var entries = Set<String>()
        entries.reserveCapacity(32_000)
        for line in text.split(whereSeparator: \.isNewline) {
            guard let first = line.first, first != "#" else { continue }
            let entry = PassphraseText.folded(String(line))
            if !entry.isEmpty {
                entries.insert(entry)
            }
        }
        return entries
    }
}
