public import Foundation
public import SafeholdCore
public import SafeholdVault

/// Vaults for tests: made with cheap key-derivation settings so that a test unlocks in milliseconds.
/// Real vaults never use these settings.
public struct TestVault: Sendable {
    /// The passphrase every test vault uses.
    public static let passphrase = Passphrase("copper lantern walks quietly north")
    /// Cheap scrypt settings, for tests only.
    public static let parameters = ScryptParameters.insecureForTestsOnly(logN: 10)

    /// The directory holding the vault (the vault itself is `directory/vault`).
    public let home: TemporaryDirectory
    /// The unlocked vault.
    public let vault: Vault
    /// Its recovery code.
    public let recoveryCode: RecoveryCode

    /// The vault's directory.
    public var directory: URL { vault.directory }

    /// Makes a new, empty vault.
    public init() throws {
        home = try TemporaryDirectory()
        (vault, recoveryCode) = try Vault.create(
            at: home.path("vault"),
            passphrase: Self.passphrase,
            parameters: Self.parameters
        )
    }

    /// Unlocks the same vault again, as a later session would.
    public func reopen() throws -> Vault { try Vault.open(at: directory, passphrase: Self.passphrase) }

    /// Seals typed text with a note.
    @discardableResult
    public func addText(_ text: String, details: ItemDetails = ItemDetails()) throws -> CaptureRecord {
        let source = ItemSource(kind: .typedText, importer: "safehold-test", importerVersion: "1")
        return try vault.seal([
            NewItem(content: .bytes(Array(text.utf8)), mediaType: .plainText, source: source, details: details)
        ])[0].record
    }

    /// Writes a passphrase file for CLI runs and returns its path.
    public func passphraseFile() throws -> String {
        let url = home.path("passphrase.txt")
        try Data("copper lantern walks quietly north\n".utf8).write(to: url)
        return url.path
    }
}
