import GRDB
import SafeholdCore

/// Turns the many ways storage can fail into ``SafeholdError``s a person can act on.
enum VaultErrors {
    static let damagedRefusingWrites = SafeholdError(
        .vaultDamaged,
        "Safehold found damage in this vault, so it will not add anything until you have looked. Nothing was changed. Run `safehold check` to see what is affected; everything undamaged can still be read."
    )

    /// Keeps ``SafeholdError``s as they are and explains the rest.
    static func translate(_ error: any Error, doing activity: String) -> SafeholdError {
        if let error = error as? SafeholdError { return error }
        if let error = error as? SystemError {
            if error.isDiskFull { return diskFull(activity, cause: error) }
            return SafeholdError(
                .fileAccess,
                "Safehold could not write to the vault's folder while \(activity). Nothing was changed. Check that the folder still exists and that you may write to it.",
                cause: error
            )
        }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_FULL: return diskFull(activity, cause: error)
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return SafeholdError(
                    .busy,
                    "Another Safehold window is busy with this vault. Wait for it to finish, then try again. Nothing was changed.",
                    cause: error
                )
            case .SQLITE_CORRUPT, .SQLITE_NOTADB:
                return SafeholdError(
                    .vaultDamaged,
                    "The vault's database file is damaged. Keep a copy of the whole vault folder and run `safehold check`.",
                    cause: error
                )
            case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN:
                return SafeholdError(
                    .fileAccess,
                    "Safehold may not write to the vault's folder. Check its permissions. Nothing was changed.",
                    cause: error
                )
            default: break
            }
        }
        return SafeholdError(
            .fileAccess,
            "Something went wrong while \(activity). Nothing was changed. Please try again.",
            cause: SendableDescription(error)
        )
    }

    private static func diskFull(_ activity: String, cause: any Error & Sendable) -> SafeholdError {
        SafeholdError(
            .diskFull,
            "The disk is full, so Safehold stopped while \(activity). Nothing already in the vault was lost or changed. Free some space, then try again.",
            cause: cause
        )
    }
}

/// A non-Sendable error kept as its description.
struct SendableDescription: Error, Sendable, CustomStringConvertible {
    let description: String
    init(_ error: any Error) { description = String(describing: error) }
}
