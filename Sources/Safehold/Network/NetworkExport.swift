public import Foundation
import SafeholdCore
import SafeholdNetwork

/// The file formats the accounts the person chose can be written in.
public enum NetworkExportFormat: String, Sendable, Codable, CaseIterable {
    /// Mastodon's block list import (`blocked_accounts.csv`).
    case mastodonBlocks = "mastodon-blocks"
    /// Mastodon's mute list import (`mutes.csv`), notifications hidden too.
    case mastodonMutes = "mastodon-mutes"
    /// A plain spreadsheet with the suggestion and reasons; every cell is safe to open.
    case csv
    /// The same as JSON.
    case json
}

/// One export file and the accounts that could not go into it.
public struct NetworkExportFile: Sendable {
    /// The files' contents; Mastodon formats split into files of 20,000 rows, the others are one file.
    public var files: [Data]
    /// Accounts left out of Mastodon files (on another platform, or not a plain `user@domain` address), as
    /// shown handles.
    public var skipped: [String]
}

/// Writes the accounts the person chose from an audit, in the formats of ``NetworkExportFormat``.
public enum NetworkExport {
    /// The chosen accounts, in the order of `ids`.
    /// - Throws: ``SafeholdError`` `not-found` naming the first id that is not in the audit, and
    ///   `invalid-input` when no id was given.
    public static func select(_ ids: [String], from audit: [AuditedAccount]) throws -> [AuditedAccount] {
        guard !ids.isEmpty else {
            throw SafeholdError(.invalidInput, "Choose the accounts with --accounts ID,ID (ids from `safehold audit`).")
        }
        let byID = Dictionary(audit.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen = Set<String>()
        return try ids.compactMap { id in
            guard let account = byID[id] else {
                throw SafeholdError(
                    .notFound,
                    "There is no account with the id \(DisplaySafe.text(id)) in the audit. `safehold audit` shows the ids."
                )
            }
            return seen.insert(id).inserted ? account : nil
        }
    }

    /// The file contents for the chosen accounts.
    /// - Parameters:
    ///   - accounts: The accounts the person chose.
    ///   - format: The format.
    ///   - defaultDomain: For Mastodon, the person's server, for handles written without one.
    public static func write(_ accounts: [AuditedAccount], format: NetworkExportFormat, defaultDomain: String? = nil)
        -> NetworkExportFile
    {
        // Only Mastodon accounts go into Mastodon's files: a handle from another platform is someone else there.
        let others = accounts.filter { $0.platform != "mastodon" }.map(\.shownHandle)
        let refs = accounts.filter { $0.platform == "mastodon" }.map(\.ref)
        switch format {
        case .mastodonBlocks:
            return mastodon(AccountExport.mastodonBlocks(refs, defaultDomain: defaultDomain), others: others)
        case .mastodonMutes:
            let files = AccountExport.mastodonMutes(refs, hideNotifications: true, defaultDomain: defaultDomain)
            return mastodon(files, others: others)
        case .csv:
            return NetworkExportFile(files: [Data(csv(accounts).utf8)], skipped: [])
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let data = (try? encoder.encode(accounts)) ?? Data("[]".utf8)
            return NetworkExportFile(files: [data], skipped: [])
        }
    }

    /// The columns of the CSV export.
    public static let csvHeader = [
        "id", "platform", "handle", "handle shown with hidden characters", "platform id", "connection", "suggestion",
        "reasons",
    ]

    static func csv(_ accounts: [AuditedAccount]) -> String {
        CSVWriter.document(
            header: csvHeader,
            rows: accounts.map { account in
                [
                    account.id, account.platform, account.handle, account.shownHandle, account.accountID ?? "",
                    account.connections.joined(separator: " "), account.suggestion.words,
                    account.reasons.map(\.sentence).joined(separator: " | "),
                ]
            }
        )
    }

    static func mastodon(_ files: AccountExport.MastodonFiles, others: [String]) -> NetworkExportFile {
        NetworkExportFile(
            files: files.files.map { Data($0.utf8) },
            skipped: others + files.skipped.map { VisibleName.render($0.handle, limit: 64) }
        )
    }
}
