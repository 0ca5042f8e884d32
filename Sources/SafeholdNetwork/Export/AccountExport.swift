import Foundation

/// Files of the accounts the person chose: Mastodon's import formats, a plain CSV and JSON.
///
/// Mastodon (Settings → Import and export → Import; checked against Mastodon 4.x `Form::Import`): a mutes
/// file has the header `Account address,Hide notifications` and one `user@domain,true|false` per line; a
/// blocks file is one `user@domain` per line, without a header, as Mastodon's own `blocked_accounts.csv`
/// export writes it (the importer also accepts an `Account address` header). Name the files `mutes.csv` and
/// `blocked_accounts.csv` so that Mastodon recognises their type. Mastodon reads at most 20,000 rows per
/// file: ``mastodonBlocks(_:defaultDomain:)`` and ``mastodonMutes(_:hideNotifications:defaultDomain:)``
/// return several files when there are more. Addresses that are not plain `user@domain` are left out and
/// listed in `skipped`, so that nothing a spreadsheet could run ever reaches these files.
public enum AccountExport {
    /// Mastodon's per-file import limit.
    public static let mastodonRowLimit = 20_000

    /// Mastodon files and the accounts left out of them.
    public struct MastodonFiles: Sendable, Hashable {
        /// The files' contents, each within ``AccountExport/mastodonRowLimit`` rows.
        public var files: [String]
        /// Accounts whose address could not be written as `user@domain`.
        public var skipped: [AccountRef]
    }

    /// A block list in Mastodon's import format.
    /// - Parameters:
    ///   - accounts: The accounts the person chose to block.
    ///   - defaultDomain: The person's server, for handles written without one (`@user`).
    public static func mastodonBlocks(_ accounts: [AccountRef], defaultDomain: String?) -> MastodonFiles {
        let (addresses, skipped) = mastodonAddresses(accounts, defaultDomain: defaultDomain)
        let files = chunks(addresses).map { $0.map { $0 + "\r\n" }.joined() }
        return MastodonFiles(files: files, skipped: skipped)
    }

    /// A mute list in Mastodon's import format.
    /// - Parameters:
    ///   - accounts: The accounts the person chose to mute.
    ///   - hideNotifications: Whether to also hide their notifications.
    ///   - defaultDomain: The person's server, for handles written without one.
    public static func mastodonMutes(_ accounts: [AccountRef], hideNotifications: Bool, defaultDomain: String?)
        -> MastodonFiles
    {
        let (addresses, skipped) = mastodonAddresses(accounts, defaultDomain: defaultDomain)
        let files = chunks(addresses).map { chunk in
            CSVWriter.document(
                header: ["Account address", "Hide notifications"],
                rows: chunk.map { [$0, hideNotifications ? "true" : "false"] }
            )
        }
        return MastodonFiles(files: files, skipped: skipped)
    }

    /// `user@domain` for an account, or nil when its handle is not a plain Mastodon address.
    public static func mastodonAddress(_ account: AccountRef, defaultDomain: String?) -> String? {
        var handle = account.handle.trimmingCharacters(in: HandleSpace.plain)
        if handle.hasPrefix("@") { handle.removeFirst() }
        let parts = handle.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        let user = String(parts[0])
        guard let domain = parts.count == 2 ? String(parts[1]) : defaultDomain else { return nil }
        guard isUser(user), isDomain(domain) else { return nil }
        return user + "@" + domain.lowercased()
    }

    private static func isUser(_ user: String) -> Bool {
        guard let first = user.unicodeScalars.first, user.unicodeScalars.count <= 64 else { return false }
        let allowed = user.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_.-".unicodeScalars.contains($0))
        }
        return allowed && (first.properties.isAlphabetic || ("0"..."9").contains(first) || first == "_")
    }

    private static func isDomain(_ domain: String) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, domain.utf8.count <= 253 else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.utf8.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.unicodeScalars.allSatisfy {
                    $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
                }
        }
    }

    private static func mastodonAddresses(_ accounts: [AccountRef], defaultDomain: String?) -> ([String], [AccountRef])
    {
        var seen = Set<String>()
        var addresses: [String] = []
        var skipped: [AccountRef] = []
        for account in accounts {
            guard let address = mastodonAddress(account, defaultDomain: defaultDomain) else {
                skipped.append(account)
                continue
            }
            if seen.insert(address.lowercased()).inserted { addresses.append(address) }
        }
        return (addresses, skipped)
    }

    private static func chunks(_ addresses: [String]) -> [[String]] {
        stride(from: 0, to: addresses.count, by: mastodonRowLimit).map {
            Array(addresses[$0..<min($0 + mastodonRowLimit, addresses.count)])
        }
    }
}
