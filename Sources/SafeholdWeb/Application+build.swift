public import Hummingbird
import Logging
import NIOCore
import SafeholdGuide

/// Builds the web app: the middleware that guards every request, then the pages.
///
/// `safehold serve` runs what this returns; the tests call it too, with a temporary vault folder.
/// - Parameter configuration: Where the vault is, the address to serve, the page title.
/// - Throws: ``SafeholdCore/SafeholdError`` when the templates or static files are missing.
public func buildApplication(configuration: WebConfiguration) async throws -> some ApplicationProtocol {
    let address = ServedAddress(
        host: configuration.host,
        port: configuration.port,
        loopback: configuration.isLoopbackOnly
    )
    let pages = try Pages.load(title: configuration.appTitle, quickExitURL: configuration.quickExitURL)
    let services = WebServices(
        configuration: configuration,
        pages: pages,
        sessions: SessionStore(idleTimeout: configuration.idleTimeout, absoluteTimeout: configuration.absoluteTimeout),
        throttle: UnlockThrottle(vaultDirectory: configuration.vaultDirectory)
    )
    let router = try buildRouter(services: services, address: address)
    var logger = Logger(label: "safehold-web")
    // Request logs would name the items a person looks at; keep only warnings.
    logger.logLevel = .warning
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
        onServerRunning: { channel in
            guard let port = channel.localAddress?.port else { return }
            address.update(port: port)
            configuration.onServerRunning?(port)
        },
        logger: logger
    )
}

/// The router with its middleware, in the order a request meets them.
func buildRouter(services: WebServices, address: ServedAddress) throws -> Router<WebRequestContext> {
    let router = Router(context: WebRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware(pages: services.pages))
    router.add(middleware: HostGuard(address: address))
    router.add(middleware: CrossSiteGuard(address: address))
    router.add(middleware: SessionMiddleware(store: services.sessions))
    router.add(middleware: CSRFMiddleware())
    try StaticController.load().addRoutes(to: router)
    VaultController(services: services).addRoutes(to: router)
    let guide = try Guide.shipped()
    HelpController(services: services, guide: guide).addRoutes(to: router)
    let unlocked = router.group().add(middleware: RequireUnlocked(vaultExists: { services.vaultExists }))
    HomeController(services: services, guide: guide).addRoutes(to: unlocked)
    ItemsController(services: services).addRoutes(to: unlocked)
    ImportController(services: services).addRoutes(to: unlocked)
    TriageController(services: services).addRoutes(to: unlocked)
    PeopleController(services: services).addRoutes(to: unlocked)
    FactsController(services: services).addRoutes(to: unlocked)
    PlanController(services: services, guide: guide).addRoutes(to: unlocked)
    ReportsController(services: services, guide: guide).addRoutes(to: unlocked)
    SettingsController(services: services).addRoutes(to: unlocked)
    SearchController(services: services).addRoutes(to: unlocked)
    NetworkController(services: services).addRoutes(to: unlocked)
    return router
}

/// Builds the web app and serves it until the process is asked to stop (Ctrl-C or SIGTERM), so that
/// the command line never needs to import Hummingbird itself.
public func runWebApp(configuration: WebConfiguration) async throws {
    try await buildApplication(configuration: configuration).runService()
}
