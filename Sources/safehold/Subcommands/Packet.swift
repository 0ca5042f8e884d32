import ArgumentParser
import Foundation
import Safehold
import SafeholdCore
import SafeholdGuide
import SafeholdVault

extension SafeholdCommand {
    /// `safehold packet`: what to file on a platform, and a record of what was filed.
    struct Packet: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "packet",
            abstract: "Get ready to report on a platform: where, which category, the items and a description to paste.",
            subcommands: [Make.self, Record.self, History.self],
            defaultSubcommand: Make.self
        )

        struct Make: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "make",
                abstract: "Make a report packet (the default)."
            )

            @Option(help: ArgumentHelp("facebook, instagram, x, tiktok, youtube, snapchat, reddit, discord, telegram, whatsapp, mastodon, bluesky or linkedin.", valueName: "name"))
            var platform: String

            @Option(help: ArgumentHelp("harassment, threat, impersonation, private-information or intimate-images.", valueName: "kind"))
            var kind: String

            @Option(help: ArgumentHelp("Only these items, such as 3,7,12 (default: items from that platform with a finding of medium or more).", valueName: "ids"))
            var ids: String?

            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func validate() throws {
                guard SafeholdCore.Platform(platform) != nil else { throw ValidationError("The platform should be a short name such as instagram.") }
                guard PacketKind(rawValue: kind.lowercased()) != nil else {
                    throw ValidationError("The kind should be harassment, threat, impersonation, private-information or intimate-images.")
                }
                _ = try PacketIDs.parse(ids)
            }

            func run() throws {
                try reportingErrors(json: output.json) {
                    let vault = try vaultOptions.unlock()
                    let selection = try PacketIDs.parse(ids).map { BundleSelection(ids: $0) }
                    let packet = try PacketBuilder.packet(
                        platform: SafeholdCore.Platform(platform)!, kind: PacketKind(rawValue: kind.lowercased())!, selection: selection,
                        vault: vault, guide: try Guide.shipped())
                    if output.json { return try Terminal.printJSON(packet) }
                    PacketText.show(packet)
                }
            }
        }

        struct Record: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "record",
                abstract: "Record a report you made, so you can follow it up."
            )

            @Option(help: ArgumentHelp("The platform you reported to.", valueName: "name")) var platform: String
            @Option(help: ArgumentHelp("What you reported: harassment, threat, impersonation, private-information or intimate-images.", valueName: "kind")) var kind: String
            @Option(help: ArgumentHelp("The items you reported, such as 3,7,12.", valueName: "ids")) var ids: String?
            @Option(help: ArgumentHelp("The platform's reference or ticket number.", valueName: "text")) var reference: String?
            @Option(help: ArgumentHelp("What the platform answered.", valueName: "text")) var answer: String?
            @Option(help: ArgumentHelp("What to do next, and when.", valueName: "text")) var followUp: String?
            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func validate() throws {
                guard SafeholdCore.Platform(platform) != nil else { throw ValidationError("The platform should be a short name such as instagram.") }
                guard PacketKind(rawValue: kind.lowercased()) != nil else {
                    throw ValidationError("The kind should be harassment, threat, impersonation, private-information or intimate-images.")
                }
                for text in [reference, answer, followUp].compactMap({ $0 }) where text.utf8.count > 8192 {
                    throw ValidationError("Keep each note under 8,000 characters.")
                }
                _ = try PacketIDs.parse(ids)
            }

            func run() throws {
                try reportingErrors(json: output.json) {
                    let vault = try vaultOptions.unlock()
                    let items = try PacketIDs.parse(ids) ?? []
                    for id in items { _ = try vault.item(id) }
                    let record = ReportRecord(
                        platform: SafeholdCore.Platform(platform)!.rawValue, kind: kind.lowercased(), items: items, reportedAt: .now(),
                        reference: reference, answer: answer, followUp: followUp)
                    let key = CaseNotes.newID(prefix: "r")
                    try CaseNotes(vault: vault).save(record, key: key, about: items)
                    if output.json { return try Terminal.printJSON(["id": key]) }
                    Terminal.print("Recorded (id \(key)). `safehold packet history` lists your reports.")
                }
            }
        }

        struct History: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "history",
                abstract: "List the reports you recorded."
            )
            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func run() throws {
                try reportingErrors(json: output.json) {
                    let records = try CaseNotes(vault: try vaultOptions.unlock()).current(ReportRecord.self)
                    if output.json { return try Terminal.printJSON(records.map(\.value)) }
                    guard !records.isEmpty else { return Terminal.print("No reports recorded yet.") }
                    for note in records {
                        let record = note.value
                        Terminal.print("\(record.reportedAt.rfc3339.prefix(10))  \(record.platform)  \(record.kind)  items \(record.items.map { String($0.rawValue) }.joined(separator: ","))")
                        if let reference = record.reference { Terminal.print("    Reference: \(DisplaySafe.text(reference))") }
                        if let answer = record.answer { Terminal.print("    Answer: \(DisplaySafe.text(answer))") }
                        if let followUp = record.followUp { Terminal.print("    Next: \(DisplaySafe.text(followUp))") }
                    }
                }
            }
        }
    }
}

enum PacketIDs {
    static func parse(_ text: String?) throws -> [EvidenceID]? {
        try text.map { text in
            try text.split(separator: ",").map { part in
                guard let value = UInt64(part.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("--ids takes item numbers separated by commas, such as 3,7,12.")
                }
                return EvidenceID(value)
            }
        }
    }
}

enum PacketText {
    static func show(_ packet: ReportPacket) {
        Terminal.print("Reporting \(packet.kind.rawValue) on \(packet.platformName)\n")
        if let howTo = packet.howTo {
            Terminal.print("Where and how:\n  \(howTo.text)")
            let checked = howTo.verify || howTo.checked == nil ? "not yet confirmed" : "checked \(howTo.checked!)"
            Terminal.print("  Source: \(howTo.source) (\(checked))\n")
        }
        Terminal.print("What to include:\n  \(packet.attach)\n")
        Terminal.print("Items:")
        for item in packet.items {
            let when = item.postedAt.map { String($0.prefix(16)).replacingOccurrences(of: "T", with: " ") } ?? "date unknown"
            Terminal.print("  item \(item.id)  \(when)  from \(DisplaySafe.text(item.sender ?? "unknown"))")
            if let link = item.link { Terminal.print("    \(DisplaySafe.text(link))") }
        }
        Terminal.print("\nDescription to paste:\n  \(DisplaySafe.text(packet.description))\n")
        Terminal.print("For friends who will report too:\n  \(DisplaySafe.text(packet.friendsMessage))\n")
        Terminal.print("After you report, `safehold packet record --platform \(packet.platform) --kind \(packet.kind.rawValue) --reference …` keeps a record.")
    }
}
