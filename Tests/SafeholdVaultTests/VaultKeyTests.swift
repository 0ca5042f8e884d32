import Crypto
import Foundation
import GRDB
import SafeholdCore
import SafeholdTestSupport
import Synchronization
import Testing

@testable import SafeholdVault

@Suite("Vault: passphrases, the recovery code and the object format")
struct VaultKeyTests {
    @Test("a wrong passphrase gets a clear message and opens nothing")
    func wrongPassphrase() throws {
        let test = try TestVault()
        let error = #expect(throws: SafeholdError.self) {
            try Vault.open(at: test.directory, passphrase: Passphrase("copper lantern walks quietly south"))
        }
        #expect(error?.code == .wrongPassphrase)
        #expect(error?.message.contains("did not open") == true)
        #expect(error?.message.contains("copper") == false)
    }

    @Test("a wrong passphrase costs the full key derivation, the same as the right one")
    func wrongPassphraseCostsFullDerivation() throws {
        // A slower setting than other tests use, so the derivation dominates and the comparison is clear.
        let home = try TemporaryDirectory()
        let directory = home.path("vault")
        _ = try Vault.create(
            at: directory,
            passphrase: TestVault.passphrase,
            parameters: .insecureForTestsOnly(logN: 15)
        )
        func seconds(_ body: () throws -> Void) -> Double {
            let start = Date()
            try? body()
            return Date().timeIntervalSince(start)
        }
        let right = seconds { _ = try Vault.open(at: directory, passphrase: TestVault.passphrase) }
        let wrong = seconds { _ = try Vault.open(at: directory, passphrase: Passphrase("not the passphrase at all")) }
        #expect(wrong >= right * 0.5, "wrong: \(wrong)s, right: \(right)s")
    }

    @Test(
        "changing the passphrase rewraps the key only: the old one stops working, evidence bytes stay the same, the recovery code still works"
    )
    func changePassphrase() throws {
        let test = try TestVault()
        let record = try test.addText("keep me exactly as I am")
        let objectsBefore = try Self.snapshot(of: test.directory.appendingPathComponent("objects"))
        let rowsBefore = try Self.logRows(test)
        let newPassphrase = Passphrase("orchid tram velvet harbour lantern")
        try test.vault.changePassphrase(to: newPassphrase, parameters: TestVault.parameters)
        #expect(throws: SafeholdError.self) { try test.reopen() }
        let reopened = try Vault.open(at: test.directory, passphrase: newPassphrase)
        #expect(try reopened.item(record.id) == record)
        #expect(try Self.snapshot(of: test.directory.appendingPathComponent("objects")) == objectsBefore)
        #expect(Array(try Self.logRows(test).prefix(rowsBefore.count)) == rowsBefore)
        let byCode = try Vault.open(at: test.directory, recoveryCode: test.recoveryCode)
        #expect(try byCode.item(record.id) == record)
        #expect(try reopened.check().isIntact)
    }

    @Test("the recovery code sets a new passphrase, and the change is in the log")
    func recoveryCodeResets() throws {
        let test = try TestVault()
        let parsed = try RecoveryCode(
            parsing: test.recoveryCode.grouped.lowercased().replacingOccurrences(of: "-", with: " ")
        )
        let vault = try Vault.open(at: test.directory, recoveryCode: parsed)
        try vault.changePassphrase(
            to: Passphrase("a brand new phrase for the vault"),
            parameters: TestVault.parameters,
            usingRecoveryCode: true
        )
        let reopened = try Vault.open(at: test.directory, passphrase: Passphrase("a brand new phrase for the vault"))
        #expect(try reopened.events().map(\.event) == [.created, .recoveryCodeUsed])
    }

    @Test("a mistyped recovery code is caught before the slow derivation")
    func mistypedRecoveryCode() throws {
        let code = RecoveryCode.generate().grouped
        var characters = Array(code)
        characters[0] = characters[0] == "A" ? "B" : "A"
        #expect(throws: SafeholdError.self) { try RecoveryCode(parsing: String(characters)) }
        #expect(throws: SafeholdError.self) { try RecoveryCode(parsing: "hello") }
        #expect(try RecoveryCode(parsing: code) == RecoveryCode(parsing: code.lowercased()))
    }

    @Test("scrypt settings below 18 are refused for real vaults")
    func minimumCost() {
        #expect(throws: SafeholdError.self) { try ScryptParameters(logN: 17) }
        #expect(throws: SafeholdError.self) { try ScryptParameters(logN: 21) }
        #expect((try? ScryptParameters(logN: 18))?.logN == 18)
    }

    @Test("an original the vault wrote decrypts with the age tool and the vault's identity, and the reverse")
    func ageInteroperates() throws {
        let test = try TestVault()
        let text = "interop \(UUID().uuidString) " + String(repeating: "x", count: 70_000)
        let record = try test.addText(text)
        let identity = test.vault.keys.objectIdentity
        let identityFile = test.home.path("identity.txt")
        try Data((identity.encoded + "\n").utf8).write(to: identityFile)
        let objectName = try test.vault.itemEntry(record.id).0.object
        let objectPath = ObjectStore(vaultDirectory: test.directory).path(of: objectName)
        let decrypted = try Tools.run(
            "age",
            ["-d", "-i", identityFile.path, "-o", "out.txt", objectPath],
            in: test.home.url
        )
        #expect(decrypted.status == 0, "age said: \(decrypted.stderr)")
        #expect(try String(contentsOf: test.home.path("out.txt"), encoding: .utf8) == text)

        try Data(text.utf8).write(to: test.home.path("plain.txt"))
        let encrypted = try Tools.run(
            "age",
            ["-r", identity.recipient.encoded, "-o", "by-age.age", "plain.txt"],
            in: test.home.url
        )
        #expect(encrypted.status == 0, "age said: \(encrypted.stderr)")
        let back = try AgeFormat.decrypt(try Data(contentsOf: test.home.path("by-age.age")), with: identity)
        #expect(String(decoding: back, as: UTF8.self) == text)
    }

    static func snapshot(of directory: URL) throws -> [String: Data] {
        var files = [String: Data]()
        for case let url as URL in FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)! {
            if let data = FileManager.default.contents(atPath: url.path), !url.hasDirectoryPath {
                files[url.lastPathComponent] = data
            }
        }
        return files
    }

    static func logRows(_ test: TestVault) throws -> [Data] {
        try DatabaseQueue(path: test.directory.appendingPathComponent("vault.sqlite").path).read {
            try Data.fetchAll($0, sql: "SELECT sealed FROM log_entry ORDER BY position")
        }
    }
}
