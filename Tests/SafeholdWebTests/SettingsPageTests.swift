import Foundation
import HTTPTypes
import HummingbirdTesting
import SafeholdCore
import SafeholdTestSupport
import SafeholdVault
import Testing

@testable import SafeholdWeb

@Suite("Pages: settings and the recovery code")
struct SettingsPageTests {
    static let newPassphrase = "harbour pigeons count seven lanterns"

    @Test("the passphrase changes only with the current one; the old one then stops working")
    func changePassphrase() async throws {
        let vault = try TestVault()
        try vault.addText("kept")
        try await WebFixture(vault: vault).runUnlocked { browser in
            let page = try await browser.get("/settings").text
            #expect(PageChecks.formsCarryToken(page, token: await browser.csrf))
            #expect(PageChecks.fieldsAreLabelled(page))
            let wrong = try await browser.post(
                "/settings/passphrase", ["current": "not it at all", "new": Self.newPassphrase, "confirm": Self.newPassphrase])
            #expect(wrong.status == .forbidden)
            let mismatch = try await browser.post(
                "/settings/passphrase",
                ["current": "copper lantern walks quietly north", "new": Self.newPassphrase, "confirm": "other"])
            #expect(mismatch.status == .badRequest)
            let weak = try await browser.post(
                "/settings/passphrase", ["current": "copper lantern walks quietly north", "new": "password", "confirm": "password"])
            #expect(weak.status == .badRequest)
            #expect(try Vault.open(at: vault.directory, passphrase: Passphrase("copper lantern walks quietly north")).itemCount == 1)
            let changed = try await browser.post(
                "/settings/passphrase",
                ["current": "copper lantern walks quietly north", "new": Self.newPassphrase, "confirm": Self.newPassphrase])
            #expect(changed.headers[.location] == "/settings?changed=1")
        }
        #expect(throws: SafeholdError.self) {
            try Vault.open(at: vault.directory, passphrase: Passphrase("copper lantern walks quietly north"))
        }
        #expect(try Vault.open(at: vault.directory, passphrase: Passphrase(Self.newPassphrase)).itemCount == 1)
    }

    @Test("the recovery code opens the vault with a new passphrase; a wrong code counts as a failed try")
    func recover() async throws {
        let vault = try TestVault()
        try vault.addText("kept")
        var fixture = WebFixture(vault: vault)
        let frozen = Date()
        fixture.configuration.clock = { frozen }
        try await fixture.run { browser in
            let form = try await browser.get("/recover")
            #expect(form.status == .ok)
            #expect(PageChecks.fieldsAreLabelled(form.text))
            let garbled = try await browser.post(
                "/recover", ["code": "<script>", "passphrase": Self.newPassphrase, "confirm": Self.newPassphrase])
            #expect(garbled.status == .forbidden)
            #expect(garbled.text.contains("does not look like a recovery code"))
            #expect(!garbled.text.contains("<script>"))
            let other = RecoveryCode.generate().grouped
            let wrong = try await browser.post(
                "/recover", ["code": other, "passphrase": Self.newPassphrase, "confirm": Self.newPassphrase])
            #expect(wrong.text.contains("did not open the vault"))
            let opened = try await browser.post(
                "/recover",
                ["code": vault.recoveryCode.grouped, "passphrase": Self.newPassphrase, "confirm": Self.newPassphrase])
            #expect(opened.headers[.location] == "/settings?recovered=1")
            #expect(try await browser.get("/settings?recovered=1").text.contains("new passphrase is set"))
        }
        #expect(try Vault.open(at: vault.directory, passphrase: Passphrase(Self.newPassphrase)).itemCount == 1)
        #expect(try Vault.open(at: vault.directory, recoveryCode: vault.recoveryCode).itemCount == 1)
    }
}
