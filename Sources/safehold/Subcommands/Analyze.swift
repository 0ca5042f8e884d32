import ArgumentParser
import Foundation
import Safehold
import SafeholdCore

extension SafeholdCommand {
    /// `safehold analyze`: runs the model, the partner-abuse rules, people and protected facts over the vault.
    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "analyze",
            abstract: "Look through the vault for threats, abuse, your protected facts and the people you named.",
            discussion: "Only new items are read, unless you give --all (do that after adding people or facts)."
        )

        @Flag(help: "Read every item again, not only the new ones.")
        var all = false

        @OptionGroup var vaultOptions: VaultOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try reportingErrors(json: output.json) {
                let vault = try vaultOptions.unlock()
                let summary = try AnalysisWorkflow(vault: vault, analyzer: try TextAnalyzer.shipped()).run(all: all)
                if output.json { return try Terminal.printJSON(summary) }
                Terminal.print("Looked through \(Counted.text(summary.analyzed, "item")).")
                let counts = Severity.allCases.compactMap { severity in
                    summary.bySeverity[severity.rawValue].map { "\($0) \(severity.rawValue)" }
                }
                Terminal.print(counts.isEmpty ? "Nothing needs your attention." : "Found: \(counts.joined(separator: ", ")).")
                if summary.bySeverity["urgent"] != nil {
                    Terminal.print("If you are in danger now, call your local emergency number. `safehold help-directory` lists people who can help.")
                }
                if !counts.isEmpty { Terminal.print("`safehold triage` shows them, most serious first, with the words hidden.") }
            }
        }
    }
}
