import ArgumentParser
import Foundation
import Safehold
import SafeholdCore

extension SafeholdCommand {
    /// `safehold people`: the people the person names, so that anything from or about them is flagged.
    struct People: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "people",
            abstract: "Name the person harming you, anyone helping them, and people you trust.",
            discussion: """
                Anything from or about someone you list as the abuser or an ally is flagged in the triage, \
                whatever its words, and so are messages from new accounts that look like theirs.
                """,
            subcommands: [Add.self, List.self, Remove.self],
            defaultSubcommand: List.self
        )

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: "Add someone."
            )

            @Option(help: ArgumentHelp("abuser, ally (someone acting with or for them) or trusted.", valueName: "role"))
            var role: String

            @Option(help: ArgumentHelp("The platform of their account, such as instagram.", valueName: "name"))
            var platform: String?

            @Option(help: ArgumentHelp("Their handle on that platform, with or without @.", valueName: "handle"))
            var handle: String?

            @Option(help: ArgumentHelp("Their name as it appears.", valueName: "name"))
            var name: String?

            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func validate() throws {
                guard KnownPerson.Role(rawValue: role.lowercased()) != nil else {
                    throw ValidationError("The role should be abuser, ally (someone acting with or for them) or trusted.")
                }
                if let platform, Platform(platform) == nil {
                    throw ValidationError("The platform should be a short name such as instagram, x or whatsapp.")
                }
                if handle == nil && name == nil { throw ValidationError("Give their handle (--handle), their name (--name), or both.") }
            }

            func run() throws {
                try reportingErrors(json: output.json) {
                    let platform = platform.flatMap { Platform($0) }
                    let role = KnownPerson.Role(rawValue: role.lowercased()) ?? .abuser
                    let person = KnownPerson(role: role, platform: platform, handle: handle, name: name)
                    let id = try CaseNotes(vault: try vaultOptions.unlock()).addPerson(person)
                    if output.json {
                        try Terminal.printJSON(PersonRow(id: id, person: person))
                    } else {
                        Terminal.print("Added \(DisplaySafe.text(person.label)) as \(role.rawValue) (id \(id)).")
                        Terminal.print("Run `safehold analyze --all` to look through what is already in the vault again.")
                    }
                }
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "list",
                abstract: "List the people you named."
            )

            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func run() throws {
                try reportingErrors(json: output.json) {
                    let people = try CaseNotes(vault: try vaultOptions.unlock()).people()
                    let rows = people.map { PersonRow(id: $0.key, person: $0.value) }
                    if output.json { return try Terminal.printJSON(rows) }
                    guard !rows.isEmpty else {
                        return Terminal.print("No one yet. `safehold people add --role abuser --platform x --handle NAME` adds someone.")
                    }
                    Terminal.print(
                        Table.render(
                            header: ["Id", "Role", "Platform", "Handle", "Name"],
                            rows: rows.map { row in
                                [
                                    row.id, row.person.role.rawValue, row.person.platform?.rawValue ?? "",
                                    DisplaySafe.text(row.person.handle.map { "@" + $0 } ?? ""),
                                    DisplaySafe.text(row.person.name ?? ""),
                                ]
                            }))
                }
            }
        }

        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "remove",
                abstract: "Remove someone from the list (the vault's history still records that they were on it).")

            @Argument(help: ArgumentHelp("The id `safehold people list` shows.", valueName: "id"))
            var id: String

            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func run() throws {
                try reportingErrors(json: output.json) {
                    try CaseNotes(vault: try vaultOptions.unlock()).remove(KnownPerson.self, key: id, describedAs: "person")
                    if output.json { return try Terminal.printJSON(["removed": id]) }
                    Terminal.print("Removed \(DisplaySafe.text(id)).")
                }
            }
        }
    }
}

/// One person as `--json` prints them.
struct PersonRow: Encodable {
    var id: String
    var person: KnownPerson

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(person.role, forKey: .role)
        try container.encodeIfPresent(person.platform, forKey: .platform)
        try container.encodeIfPresent(person.handle, forKey: .handle)
        try container.encodeIfPresent(person.name, forKey: .name)
    }

    enum CodingKeys: String, CodingKey { case id, role, platform, handle, name }
}

