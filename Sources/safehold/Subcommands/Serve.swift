import ArgumentParser
import Foundation
import Safehold
import SafeholdCore
import SafeholdWeb

extension SafeholdCommand {
    /// `safehold serve`: the web app, on this computer only.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Open Safehold in your web browser, on this computer only.",
            discussion: """
                Starts a small web server that only this computer can reach (127.0.0.1) and prints its \
                address. Open the address in a browser to make or open your vault, import exports and look \
                through what is sealed. Stop it with Ctrl-C; stopping it locks the vault.
                """
        )

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The vault's folder. Defaults to $SAFEHOLD_VAULT, then to your user data folder.",
                valueName: "path"
            )
        )
        var vault: String?

        @Option(help: ArgumentHelp("The port to listen on (0 picks a free one).", valueName: "n"))
        var port = 8470

        @Option(
            help: ArgumentHelp(
                "The address to listen on. Anything but 127.0.0.1 lets other devices reach the page; only change it if you know why.",
                valueName: "address"
            )
        )
        var host = WebConfiguration.loopbackHost

        @Option(
            help: ArgumentHelp("The name shown in the browser's tab and at the top of every page.", valueName: "name")
        )
        var title = "Notes"

        @Flag(help: "Also open the page in your default browser.")
        var open = false

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("Give a port between 1 and 65535, or 0.") }
            guard !title.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("Give a title with at least one letter.")
            }
        }

        func run() async throws {
            let vaultDirectory = SafeholdConfiguration(
                vaultFlag: vault,
                environment: ProcessInfo.processInfo.environment
            ).vaultDirectory
            var web = WebConfiguration(vaultDirectory: vaultDirectory, host: host, port: port, appTitle: title)
            if let warning = web.exposureWarning { Terminal.say(warning) }
            let host = web.host.contains(":") ? "[\(web.host)]" : web.host
            let openBrowser = open
            web.onServerRunning = { port in
                let address = "http://\(host):\(port)/"
                Terminal.say("Safehold is open at \(address)\nStop it with Ctrl-C; that also locks the vault.")
                if openBrowser { Browser.open(address) }
            }
            try await runWebApp(configuration: web)
        }
    }
}

/// Opening an address in the person's default browser.
enum Browser {
    /// Asks the system to open `address`; says so plainly when it cannot.
    static func open(_ address: String) {
        let process = Process()
        #if os(macOS)
            process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        #else
            process.executableURL = URL(fileURLWithPath: "/usr/bin/xdg-open")
        #endif
        process.arguments = [address]
        do {
            try process.run()
        } catch {
            Terminal.say("Could not open a browser by itself. Open \(address) in your browser.")
        }
    }
}
