import ArgumentParser
import Foundation
import Safehold
import SafeholdCore
import SafeholdVault

extension SafeholdCommand {
    /// `safehold init`: makes a new vault.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Make a new encrypted vault.",
            discussion: """
                You choose a passphrase (15 characters or more; a few unrelated words are easy to remember \
                and hard to guess). Safehold then prints a recovery code once. Write it down and keep it \
                somewhere the person harming you cannot reach.
                """
        )

        @OptionGroup var vaultOptions: VaultOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try reportingErrors(json: output.json) {
                let configuration = vaultOptions.configuration
                let passphrase = try Prompt.strongNewPassphrase(file: configuration.passphraseFile)
                if !output.json { Terminal.say("Setting up the vault. This takes a few seconds...") }
                let (vault, code) = try VaultSetup.create(at: configuration.vaultDirectory, passphrase: passphrase)
                if output.json {
                    try Terminal.printJSON(InitResult(vault: vault.directory.path, recoveryCode: code.grouped))
                    return
                }
                Terminal.print(
                    """
                    Your vault is ready at \(vault.directory.path)

                    Your recovery code (shown only this once):

                        \(code.grouped)

                    It opens the vault if you forget your passphrase. Write it on paper and keep it \
                    somewhere the person harming you cannot reach, such as with someone you trust. \
                    Anyone who has it can open your vault.
                    """
                )
            }
        }
    }
}

private struct InitResult: Encodable {
    var vault: String
    var recoveryCode: String
}
