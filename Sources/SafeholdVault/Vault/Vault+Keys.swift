import Crypto
import Foundation
import SafeholdCore
import Synchronization

extension Vault {
    /// Replaces the passphrase. Only the passphrase key slot is rewrapped; no evidence is re-encrypted.
    /// The old passphrase stops working; the recovery code keeps working. The change is logged.
    /// - Parameters:
    ///   - newPassphrase: The new passphrase; its strength is the caller's to check.
    ///   - parameters: scrypt settings for the new slot.
    ///   - usingRecoveryCode: Whether the person got here with the recovery code (recorded in the log).
    public func changePassphrase(
        to newPassphrase: Passphrase,
        parameters: ScryptParameters,
        usingRecoveryCode: Bool = false
    ) throws {
        try refuseWritesIfDamaged()
        do {
            let master = masterKey
            let slot = try KeySlot.make(
                kind: .passphrase,
                secret: newPassphrase.bytes,
                parameters: parameters,
                master: master
            )
            let event = VaultEvent(event: usingRecoveryCode ? .recoveryCodeUsed : .passphraseChanged, at: .now())
            try state.withLock { state in
                let mark = state.mark()
                do {
                    try database.writeImmediately { db in
                        try Self.catchUp(&state, keys: keys, in: db)
                        try VaultDatabase.saveKeySlot(slot, in: db)
                        try Self.appendEntries([.vaultEvent(event)], to: &state, keys: keys, in: db)
                    }
                } catch {
                    state.rollBack(to: mark)
                    throw error
                }
            }
            try database.truncateWriteAheadLog()
        } catch {
            throw VaultErrors.translate(error, doing: "changing the passphrase")
        }
    }

}
