import ArgumentParser
import Foundation
import Safehold
import SafeholdCore
import SafeholdVault

extension SafeholdCommand {
    /// `safehold import PATH`: seals a platform export, or screenshots and files.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a platform's data export (the ZIP or its folder), or screenshots and files.",
            discussion: """
                Safehold recognizes X (Twitter) archives, Facebook and Instagram downloads, and anything else \
                as plain files. It seals the export as downloaded, every file in it, and every message, post, \
                comment and follower it reads, so each can be shown later exactly as the platform gave it. \
                Importing the same export again adds nothing; if an import stops part-way, run it again.
                """)

        @Argument(help: ArgumentHelp("The export's ZIP file or folder, a screenshot, or a folder of files.", valueName: "path"))
        var path: String

        @Flag(help: "Do not read the words in screenshots, even when Tesseract is installed.")
        var noTextRecognition = false

        @OptionGroup var vaultOptions: VaultOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try reportingErrors(json: output.json) {
                let vault = try vaultOptions.unlock()
                var options = ImportOptions()
                options.recognizeText = !noTextRecognition
                let showProgress = !output.json && OperatingSystem.isTerminal(2)
                var workflow = try ImportWorkflow(URL(fileURLWithPath: path), into: vault, options: options) { progress in
                    if showProgress { Terminal.progress(Format.progress(progress)) }
                }
                let summary = try workflow.run()
                if showProgress { Terminal.progress(nil) }
                if output.json {
                    try Terminal.printJSON(summary)
                } else {
                    Terminal.print(Format.summary(summary))
                }
            }
        }
    }

    /// `safehold inspect PATH`: reads an export without a vault.
    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "inspect",
            abstract: "Read an export without sealing anything: its format and what it holds.",
            discussion: """
                With --json, prints {"format", "source", "files", "bytes", "records": {kind: count}, "skipped", \
                "notes"}. With --records, prints every normalized record as one JSON object per line (JSON Lines) \
                instead. Both are stable, for outside tools.
                """)

        @Argument(help: ArgumentHelp("The export's ZIP file or folder, or a file.", valueName: "path"))
        var path: String

        @Flag(help: "Print every record as JSON Lines.")
        var records = false

        @Flag(help: "Do not read the words in screenshots.")
        var noTextRecognition = false

        @OptionGroup var output: OutputOptions

        func run() throws {
            try reportingErrors(json: output.json || records) {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                let report = try Inspection.inspect(URL(fileURLWithPath: path), recognizeText: !noTextRecognition) { record in
                    if records { Terminal.print(String(decoding: try encoder.encode(record), as: UTF8.self)) }
                }
                if records { return }
                if output.json {
                    try Terminal.printJSON(report)
                } else {
                    Terminal.print(Format.inspection(report))
                }
            }
        }
    }
}
