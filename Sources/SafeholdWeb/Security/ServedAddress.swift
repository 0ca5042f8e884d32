import Foundation
import Synchronization

/// The names under which this app may be addressed: the host it listens on and its port. Learns the
/// real port once the server is running, for `--port 0`.
final class ServedAddress: Sendable {
    private let hostNames: [String]
    private let port: Mutex<Int>

    /// The names for `host`: loopback may also be called `localhost`, `127.0.0.1` or `[::1]`.
    init(host: String, port: Int, loopback: Bool) {
        let bracketed = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        hostNames =
            loopback
            ? Array(Set([bracketed.lowercased(), "localhost", "127.0.0.1", "[::1]"])) : [bracketed.lowercased()]
        self.port = Mutex(port)
    }

    /// Records the port the system chose.
    func update(port: Int) { self.port.withLock { $0 = port } }

    /// The port being served.
    var currentPort: Int { port.withLock { $0 } }

    /// Whether a request's Host (its HTTP/1 Host header or HTTP/2 :authority) names this app.
    func accepts(authority: String) -> Bool {
        let port = currentPort
        let authority = authority.lowercased()
        return hostNames.contains { name in
            authority == "\(name):\(port)" || (port == 80 && authority == name)
        }
    }

    /// Whether an Origin header is this app's own origin.
    func accepts(origin: String) -> Bool {
        let prefix = "http://"
        guard origin.lowercased().hasPrefix(prefix) else { return false }
        return accepts(authority: String(origin.dropFirst(prefix.count)))
    }
}
