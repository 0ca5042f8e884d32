import ArgumentParser
import Foundation
import Safehold
import SafeholdCore
import SafeholdVault

/// Where the vault is and how to unlock it; shared by every command that opens a vault.
struct VaultOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The vault's folder. Defaults to $SAFEHOLD_VAULT, then to your user data folder.",
            valueName: "path"
        )
    )
    var vault: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Read the passphrase from the first line of this file (or set $SAFEHOLD_PASSPHRASE_FILE). For scripts only: a passphrase in a file is easier for someone else to find than one you type.",
            valueName: "path"
        )
    )
    var passphraseFile: String?

    /// The configuration these flags and the environment give.
    var configuration: SafeholdConfiguration {
        SafeholdConfiguration(
            vaultFlag: vault,
            passphraseFileFlag: passphraseFile,
            environment: ProcessInfo.processInfo.environment
        )
    }

    /// Unlocks the vault, asking for the passphrase at the terminal when no file was given.
    func unlock() throws -> Vault {
        let configuration = configuration
        let passphrase = try Prompt.passphrase(file: configuration.passphraseFile, prompt: "Passphrase: ")
        return try Vault.open(at: configuration.vaultDirectory, passphrase: passphrase)
    }
}

/// `--json` for every command a script may read.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of text, for scripts.")
    var json = false
}
