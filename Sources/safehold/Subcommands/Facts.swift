import ArgumentParser
import Foundation
import Safehold
import SafeholdCore
import SafeholdFacts

extension SafeholdCommand {
    /// `safehold facts`: the details that must stay private, watched for in everything imported.
    struct Facts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "facts",
            abstract: "Tell Safehold what must stay private (your address, phone, workplace…) so it can watch for it.",
            discussion: """
                Facts are sealed in the vault like everything else, never written to logs or error messages, and \
                shown masked unless you ask. `safehold analyze --all` looks for them in what is already stored.
                """,
            subcommands: [Add.self, List.self, Remove.self, Scan.self],
            defaultSubcommand: List.self
        )

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: "Add a fact. Leave out the value to type it without it showing or staying in your shell history.")

            @Option(help: ArgumentHelp("address, phone, email, name, workplace, school, plate, handle or other.", valueName: "kind"))
            var kind: String

            @Argument(help: ArgumentHelp("The fact itself, such as your street address.", valueName: "value"))
            var value: String?

            @Option(name: .customLong("also"), help: ArgumentHelp("Another way it is written, such as a nickname (repeat for more).", valueName: "text"))
            var aliases: [String] = []

            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func validate() throws {
                guard FactKind(rawValue: kind.lowercased()) != nil else {
                    throw ValidationError("The kind should be one of: address, phone, email, name, workplace, school, plate, handle, other.")
                }
            }

            func run() throws {
                try reportingErrors(json: output.json) {
                    let vault = try vaultOptions.unlock()
                    let typed = value ?? OperatingSystem.readSecretLine(prompt: "Type the \(kind) (it will not show): ")
                    guard let typed, !typed.isEmpty else {
                        throw SafeholdError(.invalidInput, "Nothing was typed, so nothing was added.")
                    }
                    let fact = ProtectedFact(kind: FactKind(rawValue: kind.lowercased()) ?? .other, value: typed, aliases: aliases)
                    let id = try CaseNotes(vault: vault).addFact(fact)
                    if output.json { return try Terminal.printJSON(["id": id, "kind": fact.kind.rawValue]) }
                    Terminal.print("Added your \(fact.kind.rawValue) (id \(id)). Run `safehold analyze --all` to look for it in what is already stored.")
                }
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "list",
                abstract: "List the facts, masked."
            )

            @Flag(help: "Show the facts in full.")
            var reveal = false

            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            struct Row: Encodable {
                var id: String
                var kind: String
                var value: String
                var aliases: [String]
            }

            func run() throws {
                try reportingErrors(json: output.json) {
                    let facts = try CaseNotes(vault: try vaultOptions.unlock()).facts()
                    let rows = facts.map { id, fact in
                        Row(id: id, kind: fact.kind.rawValue, value: reveal ? fact.value : fact.masked,
                            aliases: reveal ? fact.aliases : fact.aliases.map { _ in "•••" })
                    }
                    if output.json { return try Terminal.printJSON(rows) }
                    guard !rows.isEmpty else { return Terminal.print("No facts yet. `safehold facts add --kind address` adds one.") }
                    Terminal.print(Table.render(
                        header: ["Id", "Kind", "Fact", "Also written"],
                        rows: rows.map { [$0.id, $0.kind, DisplaySafe.text($0.value), DisplaySafe.text($0.aliases.joined(separator: ", "))] }))
                }
            }
        }

        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "remove",
                abstract: "Stop watching for a fact."
            )
            @Argument(help: ArgumentHelp("The id `safehold facts list` shows.", valueName: "id")) var id: String
            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func run() throws {
                try reportingErrors(json: output.json) {
                    try CaseNotes(vault: try vaultOptions.unlock()).remove(ProtectedFactNote.self, key: id, describedAs: "fact")
                    if output.json { return try Terminal.printJSON(["removed": id]) }
                    Terminal.print("Removed \(DisplaySafe.text(id)).")
                }
            }
        }

        struct Scan: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "scan",
                abstract: "Look for the vault's facts in JSON Lines read from standard input.",
                discussion: """
                    Each input line is {"id": …, "text": "…"}; each output line is {"id", "matches": [{"kind", \
                    "start", "end"}]}, offsets in Unicode scalars of the text, end excluded. The facts themselves \
                    are never written out.
                    """)
            @OptionGroup var vaultOptions: VaultOptions

            func run() throws {
                try reportingErrors {
                    let facts = try CaseNotes(vault: try vaultOptions.unlock()).facts().map(\.fact)
                    let matcher = FactMatcher(facts: facts)
                    try JSONLines.process(FileHandle.standardInput, to: FileHandle.standardOutput) { line in
                        FactScanLine(id: line.id, matches: matcher.matches(in: line.text).map {
                            FactScanLine.Match(kind: $0.kind.rawValue, start: $0.start, end: $0.end)
                        })
                    }
                }
            }
        }
    }
}

/// One line of `facts scan` output.
struct FactScanLine: Encodable, Sendable {
    struct Match: Encodable, Sendable {
        var kind: String
        var start: Int
        var end: Int
    }

    var id: LineID?
    var matches: [Match]
}
