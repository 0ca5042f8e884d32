import ArgumentParser
import Foundation
import Safehold
import SafeholdCore

extension SafeholdCommand {
    /// `safehold accounts`: the person's own accounts, and accounts they want looked at, entered by hand.
    struct Accounts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "accounts",
            abstract: "Enter your own accounts, and accounts you want Safehold to look at.",
            discussion: """
                Your own accounts (--mine) are what `safehold impersonation` compares other accounts with. \
                An account without --mine is one you want looked at, such as one you think is pretending to be \
                you; with --linked, it is one you know follows or is friends with the abuser or someone helping \
                them, which `safehold audit` takes into account. Everything is sealed in the vault.
                """,
            subcommands: [Add.self, ImportList.self, List.self, Remove.self],
            defaultSubcommand: List.self
        )

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: "Add an account."
            )

            @Flag(help: "This is one of your own accounts.")
            var mine = false

            @Flag(help: "This account is in the abuser's or an ally's follower, following or friend list.")
            var linked = false

            @Option(help: ArgumentHelp("The platform, such as instagram, x or mastodon.", valueName: "name"))
            var platform: String

            @Option(help: ArgumentHelp("The handle, with or without @.", valueName: "handle"))
            var handle: String

            @Option(help: ArgumentHelp("The name the account shows.", valueName: "name"))
            var name: String?

            @Option(help: ArgumentHelp("The profile text.", valueName: "text"))
            var bio: String?

            @Option(help: ArgumentHelp("The profile picture, a PNG or JPEG file; it is sealed too.", valueName: "file"))
            var avatar: String?

            @Option(help: ArgumentHelp("When the account was created, such as 2026-11-02.", valueName: "date"))
            var created: String?

            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func validate() throws {
                guard Platform(platform) != nil else {
                    throw ValidationError("The platform should be a short name such as instagram, x or mastodon.")
                }
                if mine && linked {
                    throw ValidationError("An account is either yours (--mine) or linked (--linked), not both.")
                }
            }

            func run() throws {
                try reportingErrors(json: output.json) {
                    let role: NetworkAccount.Role = mine ? .mine : linked ? .linked : .suspect
                    let platform = Platform(platform) ?? Platform("other")!
                    let account = NetworkAccount(
                        role: role,
                        platform: platform,
                        handle: handle,
                        name: name,
                        bio: bio,
                        createdAt: created
                    )
                    let avatarURL = avatar.map { URL(fileURLWithPath: $0) }
                    let stored = try NetworkAccounts(vault: try vaultOptions.unlock()).add(account, avatar: avatarURL)
                    if output.json { return try Terminal.printJSON(stored) }
                    let whose =
                        switch role {
                        case .mine: "as yours"
                        case .suspect: "to be looked at"
                        case .linked: "as linked to the abuser or an ally"
                        }
                    let shown = DisplaySafe.text("@" + stored.account.handle)
                    Terminal.print("Added \(shown) on \(platform.rawValue) \(whose) (id \(stored.id)).")
                    if stored.account.avatarItem != nil { Terminal.print("The picture is sealed as its own item.") }
                }
            }
        }

        struct ImportList: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "import-list",
                abstract:
                    "Add the accounts in the abuser's or an ally's follower, following or friend list, from a file.",
                discussion: """
                    The file holds one handle per line, or is a CSV whose first column is the handle or address, \
                    such as a Mastodon following_accounts.csv. They are added as linked accounts, which \
                    `safehold audit` takes into account.
                    """
            )

            @Option(help: ArgumentHelp("The platform of the list, such as instagram or mastodon.", valueName: "name"))
            var platform: String

            @Argument(help: ArgumentHelp("The list file.", valueName: "file"))
            var file: String

            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func validate() throws {
                guard Platform(platform) != nil else {
                    throw ValidationError("The platform should be a short name such as instagram, x or mastodon.")
                }
            }

            func run() throws {
                try reportingErrors(json: output.json) {
                    let url = URL(fileURLWithPath: file)
                    let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? nil
                    guard let size, size <= 50_000_000, let data = FileManager.default.contents(atPath: url.path) else {
                        throw SafeholdError(
                            .fileAccess,
                            "Could not read \(DisplaySafe.text(file)), or it is larger than 50 MB."
                        )
                    }
                    let text = String(decoding: data, as: UTF8.self)
                    let platform = Platform(platform) ?? Platform("other")!
                    let ids = try NetworkAccounts(vault: try vaultOptions.unlock()).addLinked(
                        list: text,
                        platform: platform
                    )
                    if output.json { return try Terminal.printJSON(["added": ids.count]) }
                    Terminal.print(
                        "Added \(ids.count) accounts on \(platform.rawValue) as linked to the abuser or an ally."
                    )
                }
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "list",
                abstract: "List the accounts you entered."
            )

            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func run() throws {
                try reportingErrors(json: output.json) {
                    let accounts = try NetworkAccounts(vault: try vaultOptions.unlock()).list()
                    if output.json { return try Terminal.printJSON(accounts) }
                    guard !accounts.isEmpty else {
                        return Terminal.print(
                            "No accounts yet. `safehold accounts add --mine --platform instagram --handle NAME` adds yours."
                        )
                    }
                    let rows = accounts.map { stored in
                        [
                            stored.id, stored.account.role.rawValue, stored.account.platform.rawValue,
                            DisplaySafe.text("@" + stored.account.handle), DisplaySafe.text(stored.account.name ?? ""),
                            stored.account.avatarItem.map { "item \($0)" } ?? "",
                        ]
                    }
                    Terminal.print(
                        Table.render(header: ["Id", "Whose", "Platform", "Handle", "Name", "Picture"], rows: rows)
                    )
                }
            }
        }

        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "remove",
                abstract: "Remove an account from the list (the vault's history still records that it was there)."
            )

            @Argument(help: ArgumentHelp("The id `safehold accounts list` shows.", valueName: "id"))
            var id: String

            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func run() throws {
                try reportingErrors(json: output.json) {
                    try NetworkAccounts(vault: try vaultOptions.unlock()).remove(id: id)
                    if output.json { return try Terminal.printJSON(["removed": id]) }
                    Terminal.print("Removed \(DisplaySafe.text(id)).")
                }
            }
        }
    }
}
