import Foundation
import Hummingbird
import Safehold
import SafeholdCore
import SafeholdVault

/// Opening the vault with the recovery code and choosing a new passphrase. Tries count towards
/// the same growing wait as passphrases, so the code cannot be guessed quickly either.
extension VaultController {
    @Sendable func recoverForm(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard services.vaultExists else { return .redirect(to: "/create") }
        return services.pages.page("recover", RecoverModel(message: await waitMessage()), context: context)
    }

    @Sendable func recover(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard services.vaultExists else { return .redirect(to: "/create") }
        let newPassphrase = context.form["passphrase"] ?? ""
        guard newPassphrase == context.form["confirm"] else {
            return recoverPage("The two new passphrases were not the same. Please type them again.", context)
        }
        guard let code = try? RecoveryCode(parsing: context.form["code"] ?? "") else {
            return recoverPage(
                "That does not look like a recovery code. It is groups of letters and digits separated by dashes.", context)
        }
        let throttle = services.throttle
        switch await throttle.begin(now: services.configuration.clock()) {
        case .busy: return recoverPage("Safehold is still checking the last try. Wait a moment, then try again.", context)
        case .wait(let until): return recoverPage(Self.waitSentence(until: until), context)
        case .allowed: break
        }
        let directory = services.configuration.vaultDirectory
        let parameters = services.configuration.newVaultParameters
        do {
            let vault = try await Blocking.run {
                try VaultSetup.recover(
                    at: directory, recoveryCode: code, newPassphrase: Passphrase(newPassphrase), parameters: parameters)
            }
            await throttle.finish(.opened, now: services.configuration.clock())
            return await unlocked(vault, context: context) { _ in .redirect(to: "/settings?recovered=1") }
        } catch let error as SafeholdError where error.code == .wrongPassphrase {
            await throttle.finish(.wrongPassphrase, now: services.configuration.clock())
            return recoverPage("That recovery code did not open the vault. " + (await waitMessage() ?? ""), context)
        } catch let error as SafeholdError where error.code == .weakPassphrase {
            await throttle.finish(.notCounted, now: services.configuration.clock())
            return recoverPage(error.message, context)
        } catch {
            await throttle.finish(.notCounted, now: services.configuration.clock())
            throw error
        }
    }

    private func recoverPage(_ message: String, _ context: WebRequestContext) -> Response {
        services.pages.page("recover", RecoverModel(message: message), context: context, status: .forbidden)
    }
}

/// The recovery page.
struct RecoverModel {
    let message: String?
}
