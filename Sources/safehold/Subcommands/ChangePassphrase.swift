import ArgumentParser
import Foundation
import Safehold
import SafeholdCore
import SafeholdVault

extension SafeholdCommand {
    /// `safehold passphrase`: changes the passphrase.
    struct ChangePassphrase: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "passphrase",
            abstract: "Change the vault's passphrase.",
            discussion: """
                Only the key that opens the vault is re-wrapped; the evidence is not re-encrypted. The old \
                passphrase stops working at once. Your recovery code keeps working.
                """
        )

        @Option(
            help: ArgumentHelp(
                "Read the new passphrase from this file instead of asking (for scripts).",
                valueName: "path"
            )
        )
        var newPassphraseFile: String?

        @OptionGroup var vaultOptions: VaultOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try reportingErrors(json: output.json) {
                let vault = try vaultOptions.unlock()
                let newPassphrase = try Prompt.strongNewPassphrase(file: newPassphraseFile)
                try VaultSetup.changePassphrase(of: vault, to: newPassphrase)
                if output.json {
                    try Terminal.printJSON(["changed": true])
                } else {
                    Terminal.print("Your passphrase is changed. The old one no longer opens the vault.")
                }
            }
        }
    }

    /// `safehold recover`: sets a new passphrase with the recovery code.
    struct Recover: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "recover",
            abstract: "Set a new passphrase using your recovery code."
        )

        @Option(help: ArgumentHelp("Read the recovery code from this file instead of asking.", valueName: "path"))
        var recoveryCodeFile: String?

        @Option(
            help: ArgumentHelp(
                "Read the new passphrase from this file instead of asking (for scripts).",
                valueName: "path"
            )
        )
        var newPassphraseFile: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The vault's folder. Defaults to $SAFEHOLD_VAULT, then to your user data folder.",
                valueName: "path"
            )
        )
        var vault: String?

        @OptionGroup var output: OutputOptions

        func run() throws {
            try reportingErrors(json: output.json) {
                let configuration = SafeholdConfiguration(
                    vaultFlag: vault,
                    environment: ProcessInfo.processInfo.environment
                )
                let code = try Prompt.recoveryCode(file: recoveryCodeFile)
                let newPassphrase = try Prompt.strongNewPassphrase(file: newPassphraseFile)
                _ = try VaultSetup.recover(
                    at: configuration.vaultDirectory,
                    recoveryCode: code,
                    newPassphrase: newPassphrase
                )
                if output.json {
                    try Terminal.printJSON(["recovered": true])
                } else {
                    Terminal.print("Your vault has a new passphrase. Your recovery code still works; keep it safe.")
                }
            }
        }
    }
}
