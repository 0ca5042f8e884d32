import ArgumentParser
import Foundation
import SafeholdNetwork

extension SafeholdCommand {
    /// `safehold impersonation`: accounts that may be pretending to be the person, and the handles to search for.
    struct Impersonation: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score accounts that may be pretending to be you, and list the handles an impersonator would pick.",
            subcommands: [Score.self, Variants.self],
            defaultSubcommand: Score.self
        )

        struct Score: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Score candidates read as JSON Lines on standard input; no vault is needed.",
                discussion: """
                    Each input line is {"id", "mine": {"platform", "handle", "name", "bio"}, "candidate": {…}} \
                    ("mine" may also be a list of your profiles; "avatar" may be a 16-hex-digit hash). Each output \
                    line is {"id", "score", "reasons": [...]}, score from 0 to 1. A line that cannot be read gives \
                    {"id", "error"} and the rest go on.
                    """)

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
                abstract: "List the handles someone pretending to be you would likely pick, most likely first, to search for.")

            @Option(help: ArgumentHelp("The platform, such as x, instagram or tiktok.", valueName: "name"))
            var platform: String

            @Option(help: ArgumentHelp("Your handle, with or without @.", valueName: "handle"))
            var handle: String

            @Option(help: ArgumentHelp("At most this many (default 100).", valueName: "n"))
            var limit = 100

            @OptionGroup var output: OutputOptions

            func validate() throws {
                guard (1...5_000).contains(limit) else { throw ValidationError("--limit takes a number from 1 to 5000.") }
                guard !handle.isEmpty, handle.unicodeScalars.count <= 100 else { throw ValidationError("Give your handle (100 characters at most).") }
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
