import ArgumentParser
import Foundation
import SafeholdCore
import SafeholdVault

extension SafeholdCommand {
    /// `safehold list`: one line per sealed item, without showing what the items say.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the sealed items (their details, not their contents)."
        )

        @OptionGroup var vaultOptions: VaultOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try reportingErrors(json: output.json) {
                let vault = try vaultOptions.unlock()
                let items = try vault.items()
                if output.json {
                    try Terminal.printJSON(items)
                    return
                }
                warnAboutDamage(vault)
                guard !items.isEmpty else {
                    Terminal.print(
                        "The vault is empty. Add something with `safehold add FILE` or `safehold add --text \"…\"`."
                    )
                    return
                }
                Terminal.print(
                    Table.render(
                        header: ["Item", "Sealed", "Kind", "Size", "Platform", "From", "Source"],
                        rows: items.map { item in
                            [
                                "\(item.id)", Format.shortDate(item.capturedAt), Format.kind(item.mediaType),
                                Format.size(item.size), item.details.platform?.rawValue ?? "",
                                DisplaySafe.text(item.details.author ?? ""), Format.source(item.source),
                            ]
                        }
                    )
                )
            }
        }
    }
}

/// Tells the person, calmly, that the vault has damage, without stopping them from reading.
func warnAboutDamage(_ vault: Vault) {
    let problems = vault.problems
    guard !problems.isEmpty else { return }
    Terminal.say(
        "Note: Safehold found \(problems.count) problem(s) in this vault. What is undamaged is still readable. Run `safehold check` for details."
    )
}
