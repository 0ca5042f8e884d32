import Foundation
import HTTPTypes
import Hummingbird
import Safehold
import SafeholdCore
import SafeholdVault

/// Creating, unlocking and locking the vault, and quick exit.
struct VaultController: Sendable {
    let services: WebServices

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/create", use: createForm)
        router.post("/create", use: create)
        router.get("/unlock", use: unlockForm)
        router.post("/unlock", use: unlock)
        router.post("/lock", use: lock)
        router.post("/exit", use: quickExit)
        router.get("/recover", use: recoverForm)
        router.post("/recover", use: recover)
    }

    @Sendable func createForm(_ request: Request, context: WebRequestContext) async throws -> Response {
        if services.vaultExists { return .redirect(to: "/unlock") }
        return services.pages.page("create", CreateModel(message: nil), context: context)
    }

    @Sendable func create(_ request: Request, context: WebRequestContext) async throws -> Response {
        if services.vaultExists { return .redirect(to: "/unlock") }
        let passphrase = context.form["passphrase"] ?? ""
        guard passphrase == context.form["confirm"] else {
            let message = "The two passphrases were not the same. Please type them again."
            return services.pages.page("create", CreateModel(message: message), context: context, status: .badRequest)
        }
        let directory = services.configuration.vaultDirectory
        let parameters = services.configuration.newVaultParameters
        do {
            let (vault, code) = try await Blocking.run {
                try VaultSetup.create(at: directory, passphrase: Passphrase(passphrase), parameters: parameters)
            }
            return await unlocked(vault, context: context) { context in
                services.pages.page("created", CreatedModel(recoveryCode: code.grouped), context: context)
            }
        } catch let error as SafeholdError where error.code == .weakPassphrase {
            return services.pages.page(
                "create",
                CreateModel(message: error.message),
                context: context,
                status: .badRequest
            )
        }
    }

    @Sendable func unlockForm(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard services.vaultExists else { return .redirect(to: "/create") }
        if context.session?.access != nil { return .redirect(to: "/") }
        return services.pages.page("unlock", UnlockModel(message: await waitMessage()), context: context)
    }

    @Sendable func unlock(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard services.vaultExists else { return .redirect(to: "/create") }
        let throttle = services.throttle
        switch await throttle.begin(now: services.configuration.clock()) {
        case .busy:
            return unlockPage("Safehold is still checking the last passphrase. Wait a moment, then try again.", context)
        case .wait(let until):
            return unlockPage(Self.waitSentence(until: until), context)
        case .allowed:
            break
        }
        let directory = services.configuration.vaultDirectory
        let passphrase = Passphrase(context.form["passphrase"] ?? "")
        do {
            let vault = try await Blocking.run { try Vault.open(at: directory, passphrase: passphrase) }
            await throttle.finish(.opened, now: services.configuration.clock())
            return await unlocked(vault, context: context) { _ in .redirect(to: "/") }
        } catch let error as SafeholdError where error.code == .wrongPassphrase {
            await throttle.finish(.wrongPassphrase, now: services.configuration.clock())
            let wait = await waitMessage()
            return unlockPage("That passphrase did not open the vault. Take your time. " + (wait ?? ""), context)
        } catch {
            await throttle.finish(.notCounted, now: services.configuration.clock())
            throw error
        }
    }

    @Sendable func lock(_ request: Request, context: WebRequestContext) async throws -> Response {
        await endSession(context)
        var locked = context
        locked.session = nil
        var response = services.pages.page("locked", EmptyModel(), context: locked)
        Self.forget(&response)
        return response
    }

    @Sendable func quickExit(_ request: Request, context: WebRequestContext) async throws -> Response {
        await endSession(context)
        let page = QuickExitPage.html(to: services.configuration.quickExitURL)
        var response = Response(
            status: .ok,
            headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: page))
        )
        Self.forget(&response)
        return response
    }

    /// Tells the browser to drop the session cookie and anything it kept of these pages.
    static func forget(_ response: inout Response) {
        response.headers[.clearSiteData] = "\"cache\", \"cookies\", \"storage\""
        response.setCookie(SessionMiddleware.expiredCookie)
    }

    private func endSession(_ context: WebRequestContext) async {
        if let vault = context.session?.access?.vault { await services.snapshots.forget(vault) }
        if let id = context.session?.id { await services.sessions.end(id) }
    }

    /// Starts the new session that holds `vault` and builds the response in its context.
    func unlocked(
        _ vault: Vault,
        context: WebRequestContext,
        respond: (WebRequestContext) -> Response
    ) async -> Response {
        let session = await services.sessions.unlock(
            replacing: context.session?.id,
            access: Session.Access(role: .owner, vault: vault),
            now: Date()
        )
        var context = context
        context.session = session
        var response = respond(context)
        response.setCookie(SessionMiddleware.cookie(for: session.id))
        return response
    }

    func unlockPage(_ message: String, _ context: WebRequestContext) -> Response {
        services.pages.page("unlock", UnlockModel(message: message), context: context, status: .forbidden)
    }

    func waitMessage() async -> String? {
        let throttle = services.throttle
        guard let state = await throttle.current else { return nil }
        let until = state.lastFailure.addingTimeInterval(UnlockThrottle.wait(afterFailures: state.failures))
        return until > services.configuration.clock() ? Self.waitSentence(until: until) : nil
    }

    static func waitSentence(until: Date) -> String {
        let seconds = max(1, Int(until.timeIntervalSinceNow.rounded(.up)))
        let span = seconds < 90 ? "\(seconds) seconds" : "\(Int((Double(seconds) / 60).rounded(.up))) minutes"
        return "After several passphrases that did not work, Safehold waits a little longer before each new try. "
            + "You can try again in \(span). Nothing in the vault is changed or deleted."
    }
}

struct CreateModel {
    let message: String?
    let minimumLength = PassphrasePolicy.minimumLength
}

struct CreatedModel {
    let recoveryCode: String
}

struct UnlockModel {
    let message: String?
}

struct EmptyModel {}

/// The page quick exit leaves behind: empty, and at once replaced by the neutral site.
enum QuickExitPage {
    static func html(to url: String) -> String {
        let escaped = HTMLEscape.text(url)
        return """
            <!doctype html><html><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">\
            <meta http-equiv="refresh" content="0;url=\(escaped)"><title></title></head><body></body></html>
            """
    }
}
