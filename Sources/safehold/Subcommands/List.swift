import ArgumentParser
import Foundation
import SafeholdCore
import SafeholdVault

extension SafeholdCommand {
    /// `safehold list`: one line per sealed item, without showing what the items say.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the sealed items (their details, not their contents)."
        )

        @Option(help: ArgumentHelp("Only items of this kind: message, post, comment, reply, reaction, profile, relationship, media, system, file or text.", valueName: "kind"))
        var kind: String?

        @Option(help: ArgumentHelp("Only items from this platform, such as instagram.", valueName: "name"))
        var platform: String?

        @Option(help: ArgumentHelp("Show at most this many items, the most recently sealed (default 200 on screen, all with --json).", valueName: "n"))
        var limit: Int?

        @OptionGroup var vaultOptions: VaultOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit needs a number of 1 or more.") }
        }

        func run() throws {
            try reportingErrors(json: output.json) {
                let vault = try vaultOptions.unlock()
                let all = try vault.items().filter { item in
                    (kind == nil || Self.kind(of: item) == kind!.lowercased())
                        && (platform == nil || item.details.platform == Platform(platform!))
                }
                let shown = limit ?? (output.json ? all.count : 200)
                let items = Array(all.suffix(shown))
                if output.json {
                    try Terminal.printJSON(items)
                    return
                }
                warnAboutDamage(vault)
                guard !items.isEmpty else {
                    Terminal.print(
                        kind == nil && platform == nil
                            ? "The vault is empty. Add something with `safehold add FILE`, `safehold add --text \"…\"` or `safehold import PATH`."
                            : "No items match."
                    )
                    return
                }
                if items.count < all.count {
                    Terminal.print("Showing the \(items.count) most recently sealed of \(all.count) items (--limit N shows more; --kind narrows).")
                }
                Terminal.print(
                    Table.render(
                        header: ["Item", "Sealed", "Kind", "Size", "Platform", "From", "Source"],
                        rows: items.map { item in
                            [
                                "\(item.id)", Format.shortDate(item.capturedAt), Self.kind(of: item),
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

extension SafeholdCommand.List {
    /// What kind of item it is, as the person filters by it: a record's kind, else `text` or `file`.
    static func kind(of item: CaptureRecord) -> String {
        if let record = item.record { return record.kind == .media ? "file" : record.kind.rawValue }
        return item.source.kind == .typedText ? "text" : "file"
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
