public import Foundation
public import SafeholdVault

/// Everything the web app is told at start-up, read once by `safehold serve` from flags and defaults.
public struct WebConfiguration: Sendable {
    /// The vault's folder; it is made on the "create" page when it does not exist yet.
    public var vaultDirectory: URL
    /// The address to listen on. Loopback (127.0.0.1) unless the person asks otherwise.
    public var host: String
    /// The port to listen on; 0 lets the system choose a free one.
    public var port: Int
    /// The name every page carries in its title and header: neutral by default, chosen by the person.
    public var appTitle: String
    /// Where quick exit sends the browser: an ordinary site that draws no attention.
    public var quickExitURL: String
    /// A session ends after this long without a request.
    public var idleTimeout: Duration
    /// A session ends this long after unlocking, however busy.
    public var absoluteTimeout: Duration
    /// The largest upload accepted by the import page, in bytes.
    public var maxUploadBytes: UInt64
    /// scrypt settings for new vaults; `nil` calibrates to about one second. Tests pass cheap ones.
    public var newVaultParameters: ScryptParameters?
    /// Whether imports read the words in screenshots with Tesseract, when it is installed.
    public var recognizeText: Bool
    /// Called once the server listens, with the port it listens on (the chosen one for port 0).
    public var onServerRunning: (@Sendable (_ port: Int) -> Void)?
    /// The clock the unlock throttle reads. Tests freeze it so that a slow machine cannot let a
    /// wait run out between two requests; the app always uses the system clock.
    public var clock: @Sendable () -> Date

    /// The address the app listens on when nobody asks for another: this computer only.
    public static let loopbackHost = "127.0.0.1"

    /// Creates a configuration; only the vault's folder has no default.
    public init(
        vaultDirectory: URL,
        host: String = WebConfiguration.loopbackHost,
        port: Int = 8470,
        appTitle: String = "Notes",
        quickExitURL: String = "https://www.wikipedia.org/",
        idleTimeout: Duration = .seconds(15 * 60),
        absoluteTimeout: Duration = .seconds(8 * 60 * 60),
        maxUploadBytes: UInt64 = 16 << 30,
        newVaultParameters: ScryptParameters? = nil,
        recognizeText: Bool = true
    ) {
        self.vaultDirectory = vaultDirectory
        self.host = host
        self.port = port
        self.appTitle = appTitle
        self.quickExitURL = quickExitURL
        self.idleTimeout = idleTimeout
        self.absoluteTimeout = absoluteTimeout
        self.maxUploadBytes = maxUploadBytes
        self.newVaultParameters = newVaultParameters
        self.recognizeText = recognizeText
        self.onServerRunning = nil
        self.clock = { Date() }
    }

    /// Whether ``host`` is reachable only from this computer.
    public var isLoopbackOnly: Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host.lowercased()) || host.hasPrefix("127.")
    }

    /// A warning in plain words when the app would be reachable from other computers, or `nil`.
    public var exposureWarning: String? {
        guard !isLoopbackOnly else { return nil }
        return """
            Warning: you asked Safehold to listen on \(host), not only on this computer. Other devices on \
            the same network may be able to reach this page and try to unlock your vault. The connection is \
            not encrypted. Only do this if you know why you need it.
            """
    }
}
