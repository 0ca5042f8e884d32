public import Foundation
import SafeholdCore

/// Everything Safehold is told at start-up, read once from flags, the environment and defaults.
public struct SafeholdConfiguration: Sendable {
    /// The vault's directory.
    public var vaultDirectory: URL
    /// A file holding the passphrase, for scripts. Less safe than typing it.
    public var passphraseFile: String?

    /// The environment variable that chooses the vault directory.
    public static let vaultEnvironmentKey = "SAFEHOLD_VAULT"
    /// The environment variable that names a passphrase file.
    public static let passphraseFileEnvironmentKey = "SAFEHOLD_PASSPHRASE_FILE"

    /// Resolves the configuration: a flag wins over the environment, which wins over the default.
    /// - Parameters:
    ///   - vaultFlag: `--vault PATH`, if given.
    ///   - passphraseFileFlag: `--passphrase-file PATH`, if given.
    ///   - environment: The process environment.
    public init(vaultFlag: String? = nil, passphraseFileFlag: String? = nil, environment: [String: String]) {
        if let path = vaultFlag ?? environment[Self.vaultEnvironmentKey].flatMap({ $0.isEmpty ? nil : $0 }) {
            vaultDirectory =
                URL(fileURLWithPath: (path as NSString).expandingTildeInPath, isDirectory: true)
                .standardizedFileURL
        } else {
            vaultDirectory = OperatingSystem.defaultVaultDirectory(environment: environment)
        }
        passphraseFile =
            passphraseFileFlag ?? environment[Self.passphraseFileEnvironmentKey].flatMap { $0.isEmpty ? nil : $0 }
    }
}
