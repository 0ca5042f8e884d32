import ArgumentParser
import Foundation
import SafeholdCore
import SafeholdVault

extension SafeholdCommand {
    /// `safehold check`: verifies everything the vault stores.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check every entry, original file and signed checkpoint in the vault.",
            discussion:
                "Exits with status 1 if anything was changed, removed or added outside Safehold, and names what."
        )

        @OptionGroup var vaultOptions: VaultOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            var intact = true
            try reportingErrors(json: output.json) {
                let vault = try vaultOptions.unlock()
                if !output.json { Terminal.say("Checking the vault...") }
                let report = try vault.check()
                intact = report.isIntact
                if output.json {
                    try Terminal.printJSON(report)
                    return
                }
                Terminal.print(
                    "Checked \(report.entriesChecked) log entries, \(report.objectsChecked) original files and \(report.checkpointsChecked) signed checkpoints."
                )
                for problem in report.problems {
                    Terminal.print(
                        "\(problem.severity == .damage ? "DAMAGE" : "note"): \(problem.location): \(problem.message)"
                    )
                }
                if report.isIntact {
                    Terminal.print("Everything in the vault is intact.")
                } else {
                    Terminal.print(
                        """

                        Something changed the vault outside Safehold. Everything not listed above is still \
                        readable. Keep a copy of the whole vault folder as it is now, and do not delete anything.
                        """
                    )
                }
            }
            if !intact { throw ExitCode.failure }
        }
    }
}
