import ArgumentParser

/// The `safehold` command: a thin shell over the Safehold library.
///
/// Every command gives its `commandName`: without it ArgumentParser derives the name from the type with
/// `String(describing:)`, which on first use scans every protocol conformance in the binary, a few milliseconds of
/// each start-up that `classify`, run once per batch by outside tools, pays for nothing.
@main
struct SafeholdCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "safehold",
        abstract: "Keep evidence of online harassment safe, sealed and ready to use.",
        discussion: """
            Safehold keeps everything in an encrypted vault on this computer. It never goes online \
            unless you ask it to do one named thing.

            Start with `safehold demo` to look around a fictional case in your browser, or `safehold init` to \
            make your own vault, then `safehold serve` for the web app or the commands below.
            """,
        version: "0.1.0",
        subcommands: [
            Init.self, Serve.self, Demo.self, Add.self, Import.self, Inspect.self, List.self, Show.self,
            Analyze.self, Triage.self, People.self, Facts.self, Plan.self, HelpDirectory.self, Packet.self,
            Report.self, Bundle.self, Verify.self, Log.self, Check.self, ChangePassphrase.self, Recover.self, Classify.self, Impersonation.self,
            Accounts.self,
            Audit.self,
            PII.self,
        ]
    )
}
