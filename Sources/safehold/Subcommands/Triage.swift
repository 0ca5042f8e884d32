import ArgumentParser
import Foundation
import Safehold
import SafeholdCore
import SafeholdVault

extension SafeholdCommand {
    /// `safehold triage`: what needs attention, most serious first, with the words hidden until asked for.
    struct Triage: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "triage",
            abstract: "See what needs your attention, most serious first, without reading the messages.",
            discussion: """
                The words stay hidden: you see how serious each item is, why, where and when it was posted and \
                who sent it. `safehold triage reveal ID` shows one item when you are ready.
                """,
            subcommands: [Queue.self, Reveal.self, Confirm.self, Dismiss.self],
            defaultSubcommand: Queue.self
        )

        struct Queue: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "queue",
                abstract: "List the queue (the default)."
            )

            @Option(help: ArgumentHelp("Show at most this many (default 50 on screen, all with --json).", valueName: "n"))
            var limit: Int?

            @Flag(help: "Also list the items you dismissed.")
            var dismissed = false

            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func run() throws {
                try reportingErrors(json: output.json) {
                    let entries = try TriageQueue(vault: try vaultOptions.unlock()).entries(includeDismissed: dismissed)
                    let shown = Array(entries.prefix(limit ?? (output.json ? entries.count : 50)))
                    if output.json { return try Terminal.printJSON(shown) }
                    guard !shown.isEmpty else {
                        return Terminal.print("Nothing in the queue. After an import, `safehold analyze` looks through the vault.")
                    }
                    if shown.contains(where: { $0.severity == .urgent }) {
                        Terminal.print("Some items are urgent. If you are in danger now, call your local emergency number; `safehold help-directory` lists people who can help.\n")
                    }
                    for entry in shown {
                        let when = (entry.postedAt ?? entry.capturedAt).rfc3339.prefix(16).replacingOccurrences(of: "T", with: " ")
                        let from = entry.sender.map { DisplaySafe.sender($0, platform: entry.platform.flatMap(Platform.init)) } ?? "unknown sender"
                        let mark = entry.decision.map { " [\($0.rawValue)]" } ?? ""
                        Terminal.print("\(entry.severity.rawValue.uppercased())  item \(entry.id)\(mark)  \(entry.platform.map(Platform.displayName(of:)) ?? "")  \(when)  from \(from)")
                        Terminal.print("    \(entry.reason)")
                    }
                    if entries.count > shown.count { Terminal.print("\n\(entries.count - shown.count) more; --limit N shows more.") }
                }
            }
        }

        struct Reveal: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "reveal",
                abstract: "Show one item's words, with what was found in them."
            )

            @Argument(help: ArgumentHelp("The item's number.", valueName: "id"))
            var id: UInt64

            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func run() throws {
                try reportingErrors(json: output.json) {
                    let vault = try vaultOptions.unlock()
                    let item = try vault.item(EvidenceID(id))
                    let finding = try TriageQueue(vault: vault).finding(for: item.id)
                    let text = try RevealedText.text(of: item, vault: vault)
                    if output.json { return try Terminal.printJSON(RevealedItem(id: item.id, text: text, finding: finding)) }
                    Terminal.print("Item \(item.id), from \(DisplaySafe.text(item.record?.author?.label ?? item.details.author ?? "unknown sender")):\n")
                    Terminal.print(text.map { DisplaySafe.text($0, keepingLineBreaks: true) } ?? "(This item has no words to show; `safehold show \(id) --save-original FILE` saves it.)")
                    guard let finding, let text else { return }
                    Terminal.print("\n\(finding.severity.rawValue.capitalized): \(finding.reason)")
                    let scalars = Array(text.unicodeScalars)
                    for span in finding.spans.prefix(20) where span.start >= 0 && span.end <= scalars.count && span.start < span.end {
                        let words = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
                        Terminal.print("  \(span.label): \"\(DisplaySafe.text(words))\"")
                    }
                    for fact in finding.facts { Terminal.print("  your protected \(fact.kind) (fact \(fact.id))") }
                    for explanation in RuleExplanations.of(finding) {
                        Terminal.print("\n\(explanation.name): \(explanation.text)")
                    }
                    if let help = finding.help { Terminal.print("\n" + help) }
                }
            }
        }

        struct Confirm: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "confirm",
                abstract: "Mark an item as one that matters."
            )
            @Argument(help: ArgumentHelp("The item's number.", valueName: "id")) var id: UInt64
            @Option(help: ArgumentHelp("A word of your own for it, such as threat.", valueName: "label")) var label: String?
            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func run() throws {
                try reportingErrors(json: output.json) {
                    try TriageQueue(vault: try vaultOptions.unlock()).decide(EvidenceID(id), .confirmed, label: label)
                    if output.json { return try Terminal.printJSON(["confirmed": id]) }
                    Terminal.print("Marked item \(id) as one that matters.")
                }
            }
        }

        struct Dismiss: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "dismiss",
                abstract: "Set an item aside; it leaves the queue but stays in the vault.")
            @Argument(help: ArgumentHelp("The item's number.", valueName: "id")) var id: UInt64
            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func run() throws {
                try reportingErrors(json: output.json) {
                    try TriageQueue(vault: try vaultOptions.unlock()).decide(EvidenceID(id), .dismissed, label: nil)
                    if output.json { return try Terminal.printJSON(["dismissed": id]) }
                    Terminal.print("Set item \(id) aside. `safehold triage --dismissed` still lists it.")
                }
            }
        }
    }
}

struct RevealedItem: Encodable {
    var id: EvidenceID
    var text: String?
    var finding: Finding?
}

enum RevealedText {
    static func text(of item: CaptureRecord, vault: Vault) throws -> String? {
        if let text = item.record?.text { return text }
        return try item.typedText(in: vault, maxBytes: 1 << 20)
    }
}
