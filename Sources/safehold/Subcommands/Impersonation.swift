import ArgumentParser
import Foundation
import Safehold
import SafeholdCore
import SafeholdNetwork

extension SafeholdCommand {
    /// `safehold impersonation`: accounts that may be pretending to be the person, and the handles to search for.
    struct Impersonation: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "impersonation",
            abstract:
                "Score accounts that may be pretending to be you, and list the handles an impersonator would pick.",
            discussion: """
                With no subcommand, lists the accounts in your vault that may be pretending to be you, most \
                likely first, compared with your own accounts (`safehold accounts add --mine`, or imported \
                profile files).
                """,
            subcommands: [Review.self, Score.self, Variants.self],
            defaultSubcommand: Review.self
        )

        struct Review: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "review",
                abstract: "List the accounts in your vault that may be pretending to be you, most likely first."
            )

            @Flag(help: "Show unlikely ones too (every account scored).")
            var all = false

            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func run() throws {
                try reportingErrors(json: output.json) {
                    let review = ImpersonationReview(vault: try vaultOptions.unlock())
                    let candidates = try review.candidates(minimum: all ? 0 : 0.4)
                    if output.json { return try Terminal.printJSON(candidates) }
                    guard try !review.ownAccounts().isEmpty else {
                        return Terminal.print(
                            "Safehold does not know your own accounts yet. `safehold accounts add --mine --platform instagram --handle NAME` adds one."
                        )
                    }
                    guard !candidates.isEmpty else {
                        return Terminal.print("No account in the vault looks like one of yours.")
                    }
                    for candidate in candidates { Terminal.print(Self.describe(candidate)) }
                    Terminal.print("Scores are from 0 to 1. Nothing is reported for you; `--json` gives every reason.")
                }
            }

            static func describe(_ candidate: ScoredCandidate) -> String {
                let account = candidate.account
                var lines = [
                    "\(candidate.id)  @\(DisplaySafe.text(account.shownHandle)) on \(account.platform)"
                        + (account.shownName.map { " (\(DisplaySafe.text($0)))" } ?? "")
                        + String(format: "  %.2f, ", candidate.score) + candidate.level.rawValue
                ]
                if let mine = candidate.resembles {
                    lines.append("  looks like your @\(DisplaySafe.text(mine.shownHandle)) on \(mine.platform)")
                }
                lines += candidate.reasons.prefix(4).map { "  - " + DisplaySafe.text($0.sentence) }
                return lines.joined(separator: "\n")
            }
        }

        struct Score: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "score",
                abstract: "Score candidates read as JSON Lines on standard input; no vault is needed.",
                discussion: """
                    Each input line is {"id", "mine": {"platform", "handle", "name", "bio"}, "candidate": {…}} \
                    ("mine" may also be a list of your profiles; "avatar" may be a 16-hex-digit hash). Each output \
                    line is {"id", "score", "reasons": [...]}, score from 0 to 1. A line that cannot be read gives \
                    {"id", "error"} and the rest go on.
                    """
            )

            func run() throws {
                try reportingErrors {
                    let now = Date()
                    var output = Data()
                    while let line = readLine(strippingNewline: true) {
                        output += Data(ImpersonationJSONLines.score(line: line, now: now).utf8)
                        output.append(0x0A)
                        if output.count > 1 << 16 {
                            FileHandle.standardOutput.write(output)
                            output.removeAll(keepingCapacity: true)
                        }
                    }
                    FileHandle.standardOutput.write(output)
                }
            }
        }

        struct Variants: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "variants",
                abstract:
                    "List the handles someone pretending to be you would likely pick, most likely first, to search for."
            )

            @Option(help: ArgumentHelp("The platform, such as x, instagram or tiktok.", valueName: "name"))
            var platform: String

            @Option(help: ArgumentHelp("Your handle, with or without @.", valueName: "handle"))
            var handle: String

            @Option(help: ArgumentHelp("At most this many (default 100).", valueName: "n"))
            var limit = 100

            @OptionGroup var output: OutputOptions

            func validate() throws {
                guard (1...5_000).contains(limit) else {
                    throw ValidationError("--limit takes a number from 1 to 5000.")
                }
                guard !handle.isEmpty, handle.unicodeScalars.count <= 100 else {
                    throw ValidationError("Give your handle (100 characters at most).")
                }
            }

            func run() throws {
                try reportingErrors(json: output.json) {
                    let plain = handle.hasPrefix("@") ? String(handle.dropFirst()) : handle
                    let variants = HandleVariants.generate(handle: plain, platform: platform.lowercased(), limit: limit)
                    if output.json { return try Terminal.printJSON(variants) }
                    for variant in variants { Terminal.print(variant) }
                }
            }
        }
    }
}
