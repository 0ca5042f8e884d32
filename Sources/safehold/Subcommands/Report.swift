import ArgumentParser
import Foundation
import Safehold
import SafeholdCore
import SafeholdDocuments
import SafeholdVault

extension SafeholdCommand {
    /// `safehold report`: a factual report of the chosen items for the police, a court, child protection or a lawyer.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write a report for the police, a court, child protective services or a lawyer (PDF or HTML).",
            discussion: """
                The report has a cover page, a chart of incidents over time, the people involved and a numbered \
                list of exhibits in time order, each with the message as written, when it was posted and sealed, \
                and its SHA-256. Give them a bundle (`safehold bundle`) too, so they can check the originals. \
                Hiding names or your own details changes only the report; the report lists what it hid.
                """
        )

        @Option(name: .customLong("for"), help: ArgumentHelp("police, court, cps or lawyer.", valueName: "who"))
        var audience: String

        @Option(help: ArgumentHelp("pdf or html (default pdf).", valueName: "format"))
        var format = "pdf"

        @Option(help: ArgumentHelp("Where to write the report (a new file).", valueName: "file"))
        var out: String

        @Option(help: ArgumentHelp("Your name as it should appear (default: \"the person\").", valueName: "name"))
        var name: String?

        @Option(help: ArgumentHelp("A name or word to hide wherever it appears (repeat for more).", valueName: "text"))
        var redact: [String] = []

        @Flag(help: "Hide your own protected facts (address, phone…) wherever they appear.")
        var hideMyDetails = false

        @Option(help: ArgumentHelp("Only items with a finding at least this serious (default medium; `none` for every item).", valueName: "level"))
        var severity = "medium"

        @Option(help: ArgumentHelp("Only items from this platform.", valueName: "name"))
        var platform: String?

        @OptionGroup var vaultOptions: VaultOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard Audience(rawValue: audience.lowercased()) != nil else { throw ValidationError("--for takes police, court, cps or lawyer.") }
            guard ["pdf", "html"].contains(format.lowercased()) else { throw ValidationError("--format takes pdf or html.") }
            guard Severity(rawValue: severity.lowercased()) != nil else { throw ValidationError("--severity takes urgent, high, medium, low or none.") }
            if let platform, SafeholdCore.Platform(platform) == nil { throw ValidationError("The platform should be a short name such as instagram.") }
        }

        func run() throws {
            try reportingErrors(json: output.json) {
                let url = URL(fileURLWithPath: out)
                guard !FileManager.default.fileExists(atPath: url.path) else {
                    throw SafeholdError(.invalidInput, "\(DisplaySafe.text(out)) already exists. Choose another name, so nothing is overwritten.")
                }
                let vault = try vaultOptions.unlock()
                let level = Severity(rawValue: severity.lowercased()) ?? .medium
                let options = ReportOptions(
                    audience: Audience(rawValue: audience.lowercased())!,
                    selection: BundleSelection(platform: platform.flatMap { SafeholdCore.Platform($0) }, minimumSeverity: level == .none ? nil : level),
                    subject: name, redact: redact, hideMyDetails: hideMyDetails)
                let model = try ReportBuilder.model(vault: vault, options: options)
                let data: Data
                if format.lowercased() == "html" {
                    data = Data(HTMLReport.render(model).utf8)
                } else {
                    do { data = try PDFReport.render(model) } catch {
                        throw SafeholdError(.fileAccess, "\(error) You can still write the report as HTML with --format html.", cause: error)
                    }
                }
                do { try data.write(to: url, options: .withoutOverwriting) } catch {
                    throw SafeholdError(.fileAccess, "Safehold could not write \(DisplaySafe.text(out)). Check the folder exists and there is space.", cause: error)
                }
                if output.json { return try Terminal.printJSON(["file": out, "exhibits": String(model.exhibits.count)]) }
                Terminal.print("Wrote a report of \(model.exhibits.count) exhibit(s) to \(DisplaySafe.text(out)).")
                Terminal.print("Give them a bundle too (`safehold bundle --out FILE.zip --severity \(level.rawValue)`), so they can check the originals.")
            }
        }
    }
}
