import Foundation
import Hummingbird
import Safehold
import SafeholdCore
import SafeholdVault

/// Settings: a new passphrase (the current one is asked again, so a borrowed session cannot change
/// it), the recovery code, and locking.
struct SettingsController: Sendable {
    let services: WebServices

    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("/settings", use: page)
        group.post("/settings/passphrase", use: changePassphrase)
    }

    @Sendable func page(_ request: Request, context: WebRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        let message: String? =
            query.get("changed") == "1" ? "Your passphrase was changed. Use the new one from now on."
            : query.get("recovered") == "1"
                ? "Your vault is open and your new passphrase is set. Your recovery code still works; keep it safe."
                : nil
        return settingsPage(message, context: context, status: .ok)
    }

    @Sendable func changePassphrase(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let new = context.form["new"] ?? ""
        guard new == context.form["confirm"] else {
            return settingsPage("The two new passphrases were not the same. Please type them again.", context: context, status: .badRequest)
        }
        let throttle = services.throttle
        guard case .allowed = await throttle.begin(now: services.configuration.clock()) else {
            return settingsPage("Please wait a little, then try again.", context: context, status: .forbidden)
        }
        let directory = services.configuration.vaultDirectory
        let current = Passphrase(context.form["current"] ?? "")
        let parameters = services.configuration.newVaultParameters
        do {
            try await Blocking.run {
                _ = try Vault.open(at: directory, passphrase: current)
                try VaultSetup.changePassphrase(of: vault, to: Passphrase(new), parameters: parameters)
            }
            await throttle.finish(.opened, now: services.configuration.clock())
            return .redirect(to: "/settings?changed=1")
        } catch let error as SafeholdError where error.code == .wrongPassphrase {
            await throttle.finish(.wrongPassphrase, now: services.configuration.clock())
            return settingsPage("The current passphrase was not right, so nothing was changed.", context: context, status: .forbidden)
        } catch let error as SafeholdError where error.code == .weakPassphrase {
            await throttle.finish(.notCounted, now: services.configuration.clock())
            return settingsPage(error.message, context: context, status: .badRequest)
        } catch {
            await throttle.finish(.notCounted, now: services.configuration.clock())
            throw error
        }
    }

    private func settingsPage(_ message: String?, context: WebRequestContext, status: HTTPResponse.Status) -> Response {
        let model = SettingsModel(
            message: message, title: services.configuration.appTitle,
            exposed: services.configuration.exposureWarning)
        return services.pages.page("settings", model, context: context, status: status)
    }
}

/// The settings page.
struct SettingsModel {
    let message: String?
    let title: String
    let exposed: String?
}
