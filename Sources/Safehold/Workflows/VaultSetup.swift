public import Foundation
import SafeholdCore
public import SafeholdVault

/// Making a vault and changing its way in: the passphrase checks and key settings live here so that
/// the CLI and the web app apply the same rules.
public enum VaultSetup {
    /// Makes a new vault after checking that the passphrase is hard to guess.
    /// - Parameters:
    ///   - directory: Where the vault goes.
    ///   - passphrase: The person's chosen passphrase.
    ///   - parameters: scrypt settings; calibrated to about one second here when not given.
    /// - Returns: The unlocked vault and the recovery code to show once.
    /// - Throws: ``SafeholdError`` `weak-passphrase` with kind reasons, `vault-exists`, …
    public static func create(
        at directory: URL,
        passphrase: Passphrase,
        parameters: ScryptParameters? = nil
    ) throws -> (vault: Vault, recoveryCode: RecoveryCode) {
        try requireStrong(passphrase)
        return try Vault.create(at: directory, passphrase: passphrase, parameters: parameters ?? .calibrated())
    }

    /// Sets a new passphrase on an unlocked vault after the same strength check.
    public static func changePassphrase(
        of vault: Vault,
        to passphrase: Passphrase,
        parameters: ScryptParameters? = nil,
        usingRecoveryCode: Bool = false
    ) throws {
        try requireStrong(passphrase)
        try vault.changePassphrase(
            to: passphrase,
            parameters: parameters ?? .calibrated(),
            usingRecoveryCode: usingRecoveryCode
        )
    }

    /// Opens a vault with its recovery code and sets a new passphrase.
    /// - Returns: The unlocked vault.
    public static func recover(
        at directory: URL,
        recoveryCode: RecoveryCode,
        newPassphrase: Passphrase,
        parameters: ScryptParameters? = nil
    ) throws -> Vault {
        try requireStrong(newPassphrase)
        let vault = try Vault.open(at: directory, recoveryCode: recoveryCode)
        try changePassphrase(of: vault, to: newPassphrase, parameters: parameters, usingRecoveryCode: true)
        return vault
    }

    /// Throws the policy's kind explanation when a passphrase is too easy to guess.
    public static func requireStrong(_ passphrase: Passphrase) throws {
        guard !BundledCommonPassphrases.entries.isEmpty else {
            throw SafeholdError(
                .fileAccess,
                "Safehold's list of common passphrases is missing, so it cannot check your new passphrase. Please reinstall Safehold."
            )
        }
        let problems = passphrase.withText { PassphrasePolicy.shared.problems(with: $0) }
        // The first reason is the most basic one; several at once read as a scolding.
        guard let first = problems.first else { return }
        throw SafeholdError(.weakPassphrase, first.message)
    }
}

extension PassphrasePolicy {
    /// One policy for the process, so that the bundled list is read once.
    static let shared = PassphrasePolicy()
}
