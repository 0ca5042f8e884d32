import ArgumentParser

/// The `safehold` command: a thin shell over the Safehold library.
@main
struct SafeholdCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "safehold",
        abstract: "Keep evidence of online harassment safe, sealed and ready to use.",
        discussion: """
            Safehold keeps everything in an encrypted vault on this computer. It never goes online \
            unless you ask it to do one named thing.

            Start with `safehold init`, then add screenshots, files or messages with `safehold add`.
            """,
        version: "0.1.0",
        subcommands: [
            Init.self, Add.self, Import.self, Inspect.self, List.self, Show.self, Log.self, Check.self,
            ChangePassphrase.self, Recover.self, People.self, Plan.self, HelpDirectory.self, Analyze.self, Triage.self, Classify.self, Facts.self, PII.self, Bundle.self, Verify.self,
            Serve.self, Demo.self,
        ]
    )
}
