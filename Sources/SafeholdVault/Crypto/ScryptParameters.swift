import Crypto
import CryptoExtras
import Foundation
import SafeholdCore

/// The cost settings of scrypt, the passphrase key derivation, as stored in each key slot.
///
/// r is 8 and p is 1 as in age; `logN` (N = 2^logN) is calibrated to about one second on the computer
/// that creates the vault and is never below 18 outside tests, so that each guess costs an attacker
/// the same second.
public struct ScryptParameters: Hashable, Sendable, Codable {
    /// log2 of scrypt's N.
    public let logN: Int
    /// scrypt's block size r.
    public let r: Int
    /// scrypt's parallelism p.
    public let p: Int

    /// The lowest `logN` a real vault may use.
    public static let minimumLogN = 18
    /// The highest `logN` Safehold will use or accept (1 GiB of memory with r = 8).
    public static let maximumLogN = 20

    /// Parameters for a real vault.
    /// - Throws: When `logN` is outside 18...20.
    public init(logN: Int) throws {
        guard (Self.minimumLogN...Self.maximumLogN).contains(logN) else {
            throw SafeholdError(
                .invalidInput,
                "The passphrase cost must be between \(Self.minimumLogN) and \(Self.maximumLogN)."
            )
        }
        self.init(uncheckedLogN: logN)
    }

    /// Parameters exactly as given; checked only when used, so that a changed key slot is reported
    /// by the unlock that reads it.
    init(uncheckedLogN logN: Int, r: Int = 8, p: Int = 1) {
        self.logN = logN
        self.r = r
        self.p = p
    }

    /// Cheap parameters for automated tests only. A vault made with these falls to guessing quickly.
    public static func insecureForTestsOnly(logN: Int = 10) -> ScryptParameters {
        ScryptParameters(uncheckedLogN: logN)
    }

    /// Chooses `logN` so that one derivation takes about `target` seconds here, within 18...20.
    public static func calibrated(target: Double = 1.0) -> ScryptParameters {
        let probeLogN = 14
        let start = Date()
        _ = try? ScryptParameters(uncheckedLogN: probeLogN).deriveKey(from: [0], salt: [UInt8](repeating: 0, count: 32))
        let probe = max(Date().timeIntervalSince(start), 0.0005)
        var logN = probeLogN
        while logN < maximumLogN && probe * Double(1 << (logN + 1 - probeLogN)) <= target * 1.4 { logN += 1 }
        return ScryptParameters(uncheckedLogN: max(logN, minimumLogN))
    }

    /// Derives a 32-byte key.
    func deriveKey(from secret: [UInt8], salt: [UInt8]) throws -> SymmetricKey {
        guard (1...Self.maximumLogN).contains(logN), r == 8, p == 1 else {
            throw SafeholdError(
                .unsupportedFormat,
                "This vault asks for passphrase settings Safehold does not use. It may have been changed by someone else."
            )
        }
        return try KDF.Scrypt.deriveKey(
            from: secret,
            salt: salt,
            outputByteCount: 32,
            rounds: 1 << logN,
            blockSize: r,
            parallelism: p
        )
    }
}
