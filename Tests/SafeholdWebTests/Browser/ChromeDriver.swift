import Foundation
import HTTPTypes

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// chromedriver, started as a child process on a free loopback port and stopped when the test ends.
final class ChromeDriver: Sendable {
    /// Where it listens.
    let url: URL
    private let process: Process

    /// What to install when the browser or its driver is missing; also the reason shown when the suite fails.
    static let installHint = """
        The browser tests need Chromium and chromedriver. On Debian or Ubuntu: \
        apt-get install -y chromium chromium-driver. \
        To run the other tests without them, set SAFEHOLD_SKIP_BROWSER=1.
        """

    /// Whether the person running the tests asked to leave out the browser tests.
    static var skipRequested: Bool { ProcessInfo.processInfo.environment["SAFEHOLD_SKIP_BROWSER"] == "1" }

    /// chromedriver's path: `SAFEHOLD_CHROMEDRIVER`, or the first `chromedriver` on the `PATH`.
    static var executable: String? {
        if let chosen = ProcessInfo.processInfo.environment["SAFEHOLD_CHROMEDRIVER"] {
            return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil
        }
        return findOnPath("chromedriver")
    }

    /// The browser's path: `SAFEHOLD_CHROMIUM`, or `chromium`, `chromium-browser` or `google-chrome` on the `PATH`.
    static var browser: String? {
        if let chosen = ProcessInfo.processInfo.environment["SAFEHOLD_CHROMIUM"] {
            return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil
        }
        return ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(findOnPath).first
    }

    /// Starts chromedriver and waits until it says it is ready.
    /// - Throws: ``WebDriverError`` when it is not installed or does not become ready within 20 seconds.
    init() async throws {
        guard let executable = Self.executable, Self.browser != nil else {
            throw WebDriverError(code: "not installed", message: Self.installHint)
        }
        let port = try FreePort.pick()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1", "--log-level=SEVERE"]
        // SAFEHOLD_CHROMEDRIVER_LOG=path keeps chromedriver's full log, for finding why a test failed.
        if let log = ProcessInfo.processInfo.environment["SAFEHOLD_CHROMEDRIVER_LOG"] {
            process.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1", "--verbose", "--log-path=\(log)"]
        }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        self.url = URL(string: "http://127.0.0.1:\(port)")!
        try await waitUntilReady()
    }

    /// Asks chromedriver to close its browsers and quit, then makes sure it has.
    func shutdown() async {
        _ = try? await LoopbackHTTP.send(port: url.port ?? 0, .get, "/shutdown", timeout: .seconds(10))
        stop()
    }

    /// Stops chromedriver: politely first, and for good after two seconds (it can ignore SIGTERM
    /// while a browser is open).
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(2)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    deinit { stop() }

    private func waitUntilReady() async throws {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let status = try? await WebDriverSession.send(
                url.appendingPathComponent("status"),
                method: "GET",
                body: nil
            ), status["value"]?["ready"]?.bool == true {
                return
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        stop()
        throw WebDriverError(code: "not ready", message: "chromedriver did not start. " + Self.installHint)
    }

    private static func findOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }
}

/// A TCP port on 127.0.0.1 that nothing listens on right now.
enum FreePort {
    /// Asks the system for a free port by binding port 0, then lets it go.
    static func pick() throws -> Int {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw WebDriverError(code: "socket", message: "no socket") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound else { throw WebDriverError(code: "socket", message: "could not bind a port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
