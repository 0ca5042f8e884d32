import ArgumentParser
import Foundation
import SafeholdCore
import SafeholdVault

extension SafeholdCommand {
    /// `safehold show ID`: the capture record of one item.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one item's capture record: fingerprint, size, kind, source and times.",
            discussion: "The item's words or picture are not shown unless you ask with --reveal or --save-original."
        )

        @Argument(help: ArgumentHelp("The item's number, as `safehold list` shows it.", valueName: "item"))
        var id: String

        @Flag(help: "Also print the item's text (only for text items).")
        var reveal = false

        @Option(help: ArgumentHelp("Write the untouched original to this new file.", valueName: "file"))
        var saveOriginal: String?

        @OptionGroup var vaultOptions: VaultOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if EvidenceID(parsing: id) == nil { throw ValidationError("Give the item's number, such as 12.") }
        }

        func run() throws {
            try reportingErrors(json: output.json) {
                let vault = try vaultOptions.unlock()
                let record = try vault.item(EvidenceID(parsing: id)!)
                if let saveOriginal { try save(record, from: vault, to: saveOriginal) }
                if output.json {
                    try Terminal.printJSON(record)
                } else {
                    Terminal.print(describe(record))
                    if reveal { try revealText(record, from: vault) }
                }
            }
        }

        private func describe(_ record: CaptureRecord) -> String {
            var lines: [(String, String)] = [
                ("Fingerprint (SHA-256)", record.sha256.hex),
                ("Size", "\(Format.size(record.size)) (\(record.size) bytes)"),
                ("Kind", record.mediaType.rawValue),
                ("Source", Format.source(record.source)),
                ("Captured by", "\(record.source.importer) \(record.source.importerVersion)"),
            ]
            let details = record.details
            if let platform = details.platform { lines.append(("Platform", platform.rawValue)) }
            if let url = details.url { lines.append(("Link", DisplaySafe.text(url))) }
            if let author = details.author { lines.append(("From", DisplaySafe.text(author))) }
            if let posted = details.postedAt { lines.append(("Posted", posted.rfc3339)) }
            if let normalized = record.record { lines += Self.describe(normalized, part: record.part) }
            lines.append(("Sealed", "\(record.capturedAt.rfc3339) (this computer's clock)"))
            lines.append(("Log position", "\(record.logIndex)"))
            if let note = details.note { lines.append(("Your note", DisplaySafe.text(note))) }
            let width = lines.map(\.0.count).max() ?? 0
            return
                (["Item \(record.id)"]
                + lines.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 })
                .joined(separator: "\n")
        }

        /// The lines that describe a record read from an export.
        static func describe(_ record: NormalizedRecord, part: ItemPart?) -> [(String, String)] {
            var lines: [(String, String)] = [("Record", record.kind.rawValue)]
            if let id = record.platformID { lines.append(("Platform's id", DisplaySafe.text(id))) }
            if let recipients = record.recipients, !recipients.isEmpty {
                lines.append(("To / about", recipients.map { DisplaySafe.text($0.label) }.joined(separator: ", ")))
            }
            if let conversation = record.conversationTitle ?? record.conversationID {
                lines.append(("Conversation", DisplaySafe.text(conversation)))
            }
            if let reply = record.inReplyTo { lines.append(("In reply to", DisplaySafe.text(reply))) }
            if let relationship = record.relationship { lines.append(("Relationship", relationship.rawValue)) }
            if let reaction = record.reaction { lines.append(("Reaction", DisplaySafe.text(reaction))) }
            if let flags = record.flags, !flags.isEmpty { lines.append(("Notes", DisplaySafe.text(flags.joined(separator: ", ")))) }
            var place = DisplaySafe.text(record.location.path)
            if let path = record.location.jsonPath { place += " at " + DisplaySafe.text(path) }
            if let part { place += ", bytes \(part.offset)+ of item \(part.container)" }
            lines.append(("Read from", place))
            return lines
        }

        private func revealText(_ record: CaptureRecord, from vault: Vault) throws {
            if let text = record.record?.text {
                Terminal.print("\n" + DisplaySafe.text(text, keepingLineBreaks: true))
                return
            }
            guard record.mediaType == .plainText else {
                Terminal.say("This item is not text. Use --save-original FILE to open it in another program.")
                return
            }
            var bytes = [UInt8]()
            try vault.readOriginal(of: record.id) { bytes += $0 }
            Terminal.print("\n" + DisplaySafe.text(String(decoding: bytes, as: UTF8.self), keepingLineBreaks: true))
        }

        private func save(_ record: CaptureRecord, from vault: Vault, to path: String) throws {
            let file: SystemFile
            do {
                file = try SystemFile.createExclusive(path)
            } catch {
                throw SafeholdError(
                    .fileAccess,
                    "Safehold could not create \(DisplaySafe.text(path)). Choose a new file name in a folder you can write to; Safehold never overwrites a file."
                )
            }
            do {
                try vault.readOriginal(of: record.id) { try file.write($0) }
                file.close()
            } catch {
                file.close()
                try? FileManager.default.removeItem(atPath: path)
                throw error
            }
            if !output.json { Terminal.say("Saved the original of item \(record.id) to \(DisplaySafe.text(path)).") }
        }
    }
}
