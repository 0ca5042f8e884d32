/// The handles someone pretending to be the person would likely pick, for the person to search for
/// (what dnstwist does for domain names).
///
/// Variants come in this order, most likely first: separators added, removed or swapped; short additions
/// (`_`, `1`, `official`, `real`, `backup`…); look-alike characters (`o`→`0`, `l`→`1`, `m`→`rn`); a letter
/// doubled; a letter left out; two neighbours swapped; a neighbouring key on a QWERTY keyboard. Only
/// handles the platform's ``HandleRules`` allow are kept, without duplicates (ignoring case) or the handle
/// itself, up to `limit`. Bluesky variants keep the `.bsky.social` suffix; Mastodon variants are the part
/// before the server, since an impersonator can use any server.
public enum HandleVariants {
    /// Variants of a handle for a platform.
    /// - Parameters:
    ///   - handle: The person's handle, with or without `@` (`@jane@mastodon.social`, `jane.bsky.social`).
    ///   - platform: `x`, `instagram`, `tiktok`, `mastodon`, `bluesky`, … (others get permissive rules).
    ///   - limit: The most variants returned (500 by default).
    public static func generate(handle: String, platform: String, limit: Int = 500) -> [String] {
        let rules = HandleRules.of(platform: platform)
        let isBluesky = ["bluesky", "bsky"].contains(platform.lowercased())
        let base = String(HandleForm.plainHandle(handle).prefix(64))
        guard !base.isEmpty else { return [] }
        var seen: Set<String> = [base]
        var result: [String] = []
        for generator in generators {
            for variant in generator(Array(base)) where result.count < limit {
                let key = variant.lowercased()
                guard rules.allows(variant), seen.insert(key).inserted else { continue }
                result.append(variant)
            }
        }
        return isBluesky ? result.map { $0 + ".bsky.social" } : result
    }

    private static let generators: [@Sendable ([Character]) -> [String]] = [
        separatorVariants, affixVariants, homoglyphVariants, repetitions, omissions, transpositions, keyboardTypos,
    ]

    static let separators: [Character] = ["_", ".", "-"]

    /// `jane.doe` → `janedoe`, `jane_doe`, `jane-doe`; `janedoe` → `jane.doe`… at every split point.
    static func separatorVariants(_ handle: [Character]) -> [String] {
        var out: [String] = []
        let stripped = handle.filter { !separators.contains($0) }
        if stripped.count != handle.count { out.append(String(stripped)) }
        for separator in separators {
            out.append(String(handle.map { separators.contains($0) ? separator : $0 }))
        }
        for index in 1..<max(1, stripped.count) {
            for separator in separators {
                out.append(String(stripped[..<index]) + String(separator) + String(stripped[index...]))
            }
        }
        for separator in separators { out += [String(separator) + String(handle), String(handle) + String(separator)] }
        return out
    }

    static let suffixes = ["1", "2", "official", "real", "backup", "x", "0", "123", "new", "alt", "private", "priv"]
    static let prefixes = ["real", "the", "therealx", "official", "its", "iam", "not", "x"]

    /// `jane` → `jane_`, `jane1`, `jane_official`, `realjane`, `the_real_jane`…
    static func affixVariants(_ handle: [Character]) -> [String] {
        let text = String(handle)
        var out: [String] = []
        for suffix in suffixes {
            out.append(text + suffix)
            for separator in separators { out.append(text + String(separator) + suffix) }
        }
        for prefix in prefixes {
            let word = prefix == "therealx" ? "thereal" : prefix
            out.append(word + text)
            for separator in separators { out.append(word + String(separator) + text) }
        }
        out += ["the_real_" + text, "the.real." + text, text + "_backup_account"]
        return out
    }
}
