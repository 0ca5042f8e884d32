import ArgumentParser
import Foundation
import Safehold
import SafeholdCore
import SafeholdVault

extension SafeholdCommand {
    /// `safehold add`: seals a file or a piece of text.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Seal a file (a screenshot, photo, document) or a message you paste.",
            discussion: """
                Safehold keeps an encrypted copy of the exact bytes, records their SHA-256 fingerprint and \
                when they were sealed, and signs its log, so that later changes would show.
                """
        )

        @Argument(help: ArgumentHelp("The file to seal.", valueName: "file"))
        var file: String?

        @Option(help: ArgumentHelp("Seal this text instead of a file.", valueName: "text"))
        var text: String?

        @Option(
            help: ArgumentHelp("Where it was posted or sent, such as instagram, x, whatsapp, email.", valueName: "name")
        )
        var platform: String?

        @Option(help: ArgumentHelp("The link to it on the platform.", valueName: "url"))
        var url: String?

        @Option(help: ArgumentHelp("Who wrote or sent it, as the platform shows them.", valueName: "name"))
        var author: String?

        @Option(
            help: ArgumentHelp(
                "When it was posted or sent, like 2026-11-20 21:14 or 2026-11-20T21:14:00+01:00.",
                valueName: "time"
            )
        )
        var postedAt: String?

        @Option(help: ArgumentHelp("Your own note about it.", valueName: "text"))
        var note: String?

        @OptionGroup var vaultOptions: VaultOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if (file == nil) == (text == nil) {
                throw ValidationError("Give either a file to seal or --text \"…\", not both.")
            }
            if let platform, Platform(platform) == nil {
                throw ValidationError("The platform should be a short name such as instagram, x or whatsapp.")
            }
            if let postedAt, Timestamp(parsing: postedAt) == nil {
                throw ValidationError("Write the time like 2026-11-20 21:14 (year-month-day, then hours:minutes).")
            }
        }

        func run() throws {
            try reportingErrors(json: output.json) {
                let details = ItemDetails(
                    platform: platform.flatMap(Platform.init),
                    url: url,
                    author: author,
                    postedAt: postedAt.flatMap { Timestamp(parsing: $0) },
                    note: note
                )
                let vault = try vaultOptions.unlock()
                let outcome: SealOutcome
                if let text {
                    outcome = try EvidenceIntake.addText(text, details: details, to: vault)
                } else {
                    outcome = try EvidenceIntake.addFile(URL(fileURLWithPath: file!), details: details, to: vault)
                }
                try report(outcome)
            }
        }

        private func report(_ outcome: SealOutcome) throws {
            let record = outcome.record
            if output.json {
                let isNew = if case .sealed = outcome { true } else { false }
                try Terminal.printJSON(AddResult(new: isNew, item: record))
            } else if case .sealed = outcome {
                Terminal.print("Sealed as item \(record.id). Fingerprint (SHA-256): \(record.sha256.hex)")
            } else {
                Terminal.print("This is already in the vault as item \(record.id); nothing new was added.")
            }
        }
    }
}

private struct AddResult: Encodable {
    var new: Bool
    var item: CaptureRecord
}
