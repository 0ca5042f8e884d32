import ArgumentParser
import Foundation
import SafeholdGuide

extension SafeholdCommand {
    /// `safehold help-directory`: organizations that help, by country and need. Needs no vault.
    struct HelpDirectory: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "help-directory",
            abstract: "Show organizations that help, by country and by what you need.",
            discussion: """
                If you are in danger now, call your local emergency number. Each entry shows where its details \
                come from and when they were last checked; entries marked "not yet confirmed" should be checked \
                before you rely on them.
                """
        )

        @Option(help: ArgumentHelp("A two-letter country code, such as US, GB (or UK), CA, AU, IE, NZ, DE, FR, ES or IN.", valueName: "code"))
        var country: String?

        @Option(help: ArgumentHelp("crisis, domestic-abuse, online-harassment, intimate-images or legal.", valueName: "need"))
        var need: String?

        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let need, HelpNeed(rawValue: need.lowercased()) == nil {
                throw ValidationError("The need should be one of: crisis, domestic-abuse, online-harassment, intimate-images, legal.")
            }
            if let country, !(2...3).contains(country.count) || !country.allSatisfy(\.isLetter) {
                throw ValidationError("The country should be a two-letter code such as US, GB or CA.")
            }
        }

        func run() throws {
            try reportingErrors(json: output.json) {
                let guide = try Guide.shipped()
                let entries = guide.directory(country: country, need: need.flatMap { HelpNeed(rawValue: $0.lowercased()) })
                let emergency = country.flatMap { guide.emergencyNumbers(country: $0) }
                if output.json {
                    return try Terminal.printJSON(DirectoryOutput(emergency: emergency, entries: entries))
                }
                if let emergency { Terminal.print(GuideText.emergency(emergency)) } else {
                    Terminal.print("If you are in danger now, call your local emergency number.")
                }
                Terminal.print("")
                guard !entries.isEmpty else {
                    return Terminal.print("No entries match. Try without --need, or without --country for help open to anyone.")
                }
                for entry in entries { Terminal.print(GuideText.entry(entry, guide: guide) + "\n") }
            }
        }
    }
}

/// What `help-directory --json` prints.
struct DirectoryOutput: Encodable {
    var emergency: EmergencyNumbers?
    var entries: [HelpEntry]
}

/// How guide content reads on a terminal.
enum GuideText {
    static func emergency(_ numbers: EmergencyNumbers) -> String {
        let list = numbers.numbers.map { contact in contact.note.map { "\(contact.value) (\($0))" } ?? contact.value }
        return "Emergency in \(numbers.name): \(list.joined(separator: ", "))."
    }

    static func entry(_ entry: HelpEntry, guide: Guide) -> String {
        var lines = [entry.name + (entry.status == .closed ? " (closed)" : ""), "  " + entry.summary]
        for contact in entry.contacts {
            lines.append("  \(contact.kind.rawValue): \(contact.value)" + (contact.note.map { " (\($0))" } ?? ""))
        }
        if !entry.hours.isEmpty { lines.append("  Hours: \(entry.hours)") }
        if !entry.languages.isEmpty { lines.append("  Languages: \(entry.languages.joined(separator: ", "))") }
        if entry.status == .closed {
            if let note = entry.statusNote { lines.append("  " + note) }
            let others = entry.alternatives.compactMap { guide.entry($0)?.name }
            if !others.isEmpty { lines.append("  Instead: \(others.joined(separator: "; "))") }
        }
        let confirmed = entry.verify ? "not yet confirmed" : "checked \(entry.checked)"
        lines.append("  Source: \(entry.source) (\(confirmed))")
        return lines.joined(separator: "\n")
    }
}
