import Foundation
import Hummingbird
import Logging
import SafeholdTestSupport
import SafeholdVault
import ServiceLifecycle
import Testing

@testable import SafeholdWeb

/// The web app on a real loopback socket, chromedriver, and one headless Chromium session, for one test.
///
/// A new flow is a few lines: `try await BrowserHarness.run("name") { page in … }`, then `page.open`,
/// `page.fill`, `page.click` and `page.check` (screenshot plus the checks every page passes).
enum BrowserHarness {
    /// The passphrase the browser tests type.
    static let passphrase = "copper lantern walks quietly north"

    /// The page quick exit is configured to leave for: one of the app's own files, never the internet.
    static let exitPath = "/static/app.css"

    /// Runs `body` with a browser pointed at a fresh app.
    /// - Parameters:
    ///   - name: Names this test's screenshot folder.
    ///   - vault: An existing vault to serve, or `nil` for a folder where the vault does not exist yet.
    ///   - configure: Changes to the app's configuration beyond the test defaults.
    static func run(
        _ name: String,
        vault: TestVault? = nil,
        configure: @Sendable (inout WebConfiguration) -> Void = { _ in },
        _ body: @escaping @Sendable (BrowserPage) async throws -> Void
    ) async throws {
        let home = try TemporaryDirectory(prefix: "safehold-browser")
        let port = try FreePort.pick()
        var configuration = WebFixture.configure(vault: vault?.directory ?? home.path("vault"), port: port)
        configuration.host = "127.0.0.1"
        configuration.quickExitURL = "http://127.0.0.1:\(port)\(exitPath)"
        configure(&configuration)
        let downloads = home.path("downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        let screenshots = try ScreenshotFolder(test: name)
        try await serve(configuration) {
            try await browse(origin: "http://127.0.0.1:\(port)", downloads: downloads, screenshots: screenshots, body)
        }
        withExtendedLifetime(home) {}
    }

    /// Runs the app on its configured port until `body` returns.
    static func serve(_ configuration: WebConfiguration, _ body: @escaping @Sendable () async throws -> Void)
        async throws
    {
        var configuration = configuration
        let (started, signal) = AsyncStream.makeStream(of: Int.self)
        configuration.onServerRunning = { signal.yield($0) }
        let app = try await buildApplication(configuration: configuration)
        let services = ServiceGroup(
            configuration: .init(services: [app], gracefulShutdownSignals: [], logger: Logger(label: "browser-tests"))
        )
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            for await _ in started { break }
            do {
                try await body()
            } catch {
                await services.triggerGracefulShutdown()
                throw error
            }
            await services.triggerGracefulShutdown()
        }
    }

    /// Starts chromedriver and a browser session, runs `body`, and closes both whatever happens.
    static func browse(
        origin: String,
        downloads: URL,
        screenshots: ScreenshotFolder,
        _ body: @Sendable (BrowserPage) async throws -> Void
    ) async throws {
        let driver = try await ChromeDriver()
        defer { driver.stop() }
        do {
            let session = try await WebDriverSession.start(
                driver: driver.url,
                binary: ChromeDriver.browser,
                downloads: downloads
            )
            let page = BrowserPage(driver: session, origin: origin, screenshots: screenshots, downloads: downloads)
            do {
                try await body(page)
            } catch {
                try? await page.saveScreenshot("failed")
                throw error
            }
            try await session.end()
        } catch {
            await driver.shutdown()
            throw error
        }
        await driver.shutdown()
    }
}

/// Where a test's screenshots go: `$SAFEHOLD_SCREENSHOTS/<test>/`, or a folder under the system's
/// temporary folder that is kept after the run so that someone can look at them.
struct ScreenshotFolder: Sendable {
    let url: URL
    private let counter = Counter()

    init(test: String) throws {
        let root =
            ProcessInfo.processInfo.environment["SAFEHOLD_SCREENSHOTS"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("safehold-screenshots")
        url = root.appendingPathComponent(test, isDirectory: true)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes one PNG, numbered in the order the pages were visited.
    func save(_ png: Data, name: String) async throws {
        let number = await counter.next()
        let file = url.appendingPathComponent(String(format: "%02d-%@.png", number, name))
        try png.write(to: file)
    }

    private actor Counter {
        var value = 0
        func next() -> Int {
            value += 1
            return value
        }
    }
}
