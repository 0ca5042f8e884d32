import ArgumentParser
import Foundation
import Safehold
import SafeholdCore
import SafeholdVault
import SafeholdWeb

extension SafeholdCommand {
    /// `safehold demo`: a fictional case in a temporary vault, served in the browser.
    struct Demo: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "demo",
            abstract: "Look around Safehold with a made-up case, in a temporary vault.",
            discussion: """
                Makes a new vault in a temporary folder, imports a fictional person's WhatsApp chat, Instagram \
                and X exports through the same import as `safehold import`, names the people and a protected \
                address, looks through it all, prints the demo passphrase and serves the web app. Nothing in \
                it is real. The temporary folder is left for the system to clear.
                """
        )

        /// The demo vault's passphrase, printed for the person; it opens only the throwaway vault.
        static let passphrase = "paper boats drift past the old mill"

        @Option(help: ArgumentHelp("The port to listen on (0 picks a free one).", valueName: "n"))
        var port = 8471

        @Flag(help: "Also open the page in your default browser.")
        var open = false

        func run() async throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "safehold-demo-\(UUID().uuidString)"
            )
            Terminal.say("Making the demo vault. This takes a few seconds...")
            let (vault, _) = try VaultSetup.create(
                at: folder.appendingPathComponent("vault"),
                passphrase: Passphrase(Self.passphrase)
            )
            try DemoCase.build(into: vault, scratch: folder.appendingPathComponent("exports"))
            var web = WebConfiguration(vaultDirectory: vault.directory, port: port, appTitle: "Notes (demo)")
            let openBrowser = open
            web.onServerRunning = { port in
                let address = "http://127.0.0.1:\(port)/"
                Terminal.say(
                    "The demo is open at \(address)\nIts passphrase is: \(Self.passphrase)\nStop it with Ctrl-C."
                )
                if openBrowser { Browser.open(address) }
            }
            try await runWebApp(configuration: web)
        }
    }
}
