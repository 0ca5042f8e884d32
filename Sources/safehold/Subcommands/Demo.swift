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
            abstract: "Look around Safehold with a made-up case, in a temporary vault.",
            discussion: """
                Makes a new vault in a temporary folder, imports a short fictional chat export through the \
                same import as `safehold import`, prints the demo passphrase and serves the web app. Nothing \
                in it is real. The temporary folder is left for the system to clear.
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
            let chat = folder.appendingPathComponent("WhatsApp Chat with Sam Doe.txt")
            try Data(DemoChat.text.utf8).write(to: chat)
            var workflow = try ImportWorkflow(chat, into: vault, options: ImportOptions())
            _ = try workflow.run()
            try? FileManager.default.removeItem(at: chat)
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

/// A short chat between two made-up people, written for the demo. Nothing in it is real.
enum DemoChat {
    static let text = """
        11/14/26, 8:14 PM - Sam Doe: You blocked me again
        11/14/26, 8:15 PM - Alex Rivera: I asked you to stop writing to me.
        11/14/26, 8:40 PM - Sam Doe: I saw your car outside the gym on Fifth Street
        11/14/26, 8:41 PM - Sam Doe: Answer me or I will call your sister
        11/15/26, 7:02 AM - Sam Doe: I still have the photos. Think about that.
        11/15/26, 7:30 AM - Alex Rivera: Please leave me alone.
        11/17/26, 11:58 PM - Sam Doe: Everyone at your work will know what you did

        """
}
