import ArgumentParser
import Foundation
import Safehold
import SafeholdCore

extension SafeholdCommand {
    /// `safehold audit`: the person's followers, followings and friends, with a suggestion for each.
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract: "Look through your followers, followings and friends, with a suggestion and reasons for each.",
            discussion: """
                Each account gets a suggestion (block, remove, look again or keep) and the reasons in plain words. \
                They are suggestions only: nothing is blocked or removed for you. `safehold audit export` writes \
                the accounts you choose to a file, such as a block list Mastodon can import.
                """,
            subcommands: [Review.self, Export.self],
            defaultSubcommand: Review.self
        )

        struct Review: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "review",
                abstract: "Show the accounts and suggestions."
            )

            @Flag(help: "Show accounts with nothing to look at (keep) too.")
            var all = false

            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func run() throws {
                try reportingErrors(json: output.json) {
                    let accounts = try NetworkReview(vault: try vaultOptions.unlock()).audit()
                    if output.json { return try Terminal.printJSON(accounts) }
                    guard !accounts.isEmpty else {
                        return Terminal.print(
                            "No followers, followings or friends yet. Import a platform's data export first (`safehold import`)."
                        )
                    }
                    let shown = all ? accounts : accounts.filter { $0.suggestion != .keep }
                    let rows = shown.map { account in
                        [
                            account.id, account.platform, DisplaySafe.text("@" + account.shownHandle),
                            account.suggestion.words,
                            DisplaySafe.text(account.reasons.first?.sentence ?? "Nothing stood out."),
                        ]
                    }
                    if !rows.isEmpty {
                        Terminal.print(
                            Table.render(
                                header: ["Id", "Platform", "Account", "Suggestion", "Main reason"],
                                rows: rows
                            )
                        )
                    }
                    Terminal.print(Self.summary(accounts, hidden: accounts.count - shown.count))
                }
            }

            static func summary(_ accounts: [AuditedAccount], hidden: Int) -> String {
                let counts = NetworkSuggestion.allCases.map { suggestion in
                    "\(accounts.filter { $0.suggestion == suggestion }.count) \(suggestion.words)"
                }
                var lines = ["\(accounts.count) accounts: " + counts.joined(separator: ", ") + "."]
                if hidden > 0 { lines.append("\(hidden) with nothing to look at are not shown; --all shows them.") }
                lines.append("These are suggestions only. `--json` gives every reason for each account.")
                return lines.joined(separator: "\n")
            }
        }

        struct Export: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "export",
                abstract:
                    "Write the accounts you choose to a file: a Mastodon block or mute list, a spreadsheet or JSON."
            )

            @Option(help: ArgumentHelp("The ids from `safehold audit`, separated by commas.", valueName: "ids"))
            var accounts: String

            @Option(help: ArgumentHelp("mastodon-blocks, mastodon-mutes, csv or json.", valueName: "format"))
            var format: String

            @Option(help: ArgumentHelp("The file to write.", valueName: "file"))
            var out: String

            @Option(help: ArgumentHelp("Your Mastodon server, for handles written without one.", valueName: "domain"))
            var server: String?

            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func validate() throws {
                guard NetworkExportFormat(rawValue: format) != nil else {
                    throw ValidationError("The format should be mastodon-blocks, mastodon-mutes, csv or json.")
                }
            }

            func run() throws {
                try reportingErrors(json: output.json) {
                    let ids = accounts.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                        !$0.isEmpty
                    }
                    let audit = try NetworkReview(vault: try vaultOptions.unlock()).audit()
                    let chosen = try NetworkExport.select(ids, from: audit)
                    let result = NetworkExport.write(
                        chosen,
                        format: NetworkExportFormat(rawValue: format) ?? .csv,
                        defaultDomain: server
                    )
                    let written = try Self.write(result.files, to: URL(fileURLWithPath: out))
                    if output.json {
                        return try Terminal.printJSON(
                            ExportRow(files: written.map(\.path), accounts: chosen.count, skipped: result.skipped)
                        )
                    }
                    for file in written { Terminal.print("Wrote \(DisplaySafe.text(file.path)).") }
                    if written.isEmpty {
                        Terminal.print("No file was written: none of these accounts can go into this format.")
                    }
                    for skipped in result.skipped {
                        Terminal.print("Left out @\(DisplaySafe.text(skipped)): not a Mastodon address (user@server).")
                    }
                }
            }

            /// One file, or for a Mastodon list longer than its 20,000-row limit, `name-2.csv`, `name-3.csv`…
            static func write(_ files: [Data], to url: URL) throws -> [URL] {
                let base = url.deletingPathExtension()
                let ext = url.pathExtension
                return try files.enumerated().map { index, data in
                    let target =
                        index == 0
                        ? url : URL(fileURLWithPath: base.path + "-\(index + 1)" + (ext.isEmpty ? "" : "." + ext))
                    do {
                        try data.write(to: target, options: .atomic)
                    } catch {
                        throw SafeholdError(
                            .fileAccess,
                            "Could not write \(DisplaySafe.text(target.path)). Check the folder exists and you can write to it."
                        )
                    }
                    return target
                }
            }
        }
    }
}

/// What `safehold audit export --json` prints.
struct ExportRow: Encodable {
    var files: [String]
    var accounts: Int
    var skipped: [String]
}
