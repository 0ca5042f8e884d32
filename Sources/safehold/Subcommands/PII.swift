import ArgumentParser
import Foundation
import Safehold
import SafeholdCore
import SafeholdFacts

extension SafeholdCommand {
    /// `safehold pii`: personal information in any text, not only the facts the person listed. No vault.
    struct PII: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pii",
            abstract: "Find personal information (phone numbers, emails, addresses, card numbers…) in text.",
            subcommands: [Scan.self],
            defaultSubcommand: Scan.self
        )

        struct Scan: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "scan",
                abstract: "Scan JSON Lines read from standard input; no vault is needed.",
                discussion: """
                    Each input line is {"id": …, "text": "…"}; each output line is {"id", "entities": [{"type", \
                    "start", "end", "value", "confidence"}]}. Types: phone, email, address, coordinates, mapLink, \
                    ipAddress, paymentCard, iban, nationalID. Offsets count Unicode scalars of the text, end \
                    excluded; value is normalized (E.164 for phone numbers).
                    """)

            func run() throws {
                try reportingErrors {
                    let scanner: PIIScanner
                    do { scanner = try PIIScanner.shipped() } catch {
                        throw SafeholdError(
                            .fileAccess, "Safehold's phone number data could not be loaded. Reinstalling Safehold should fix this.",
                            cause: error)
                    }
                    try JSONLines.process(FileHandle.standardInput, to: FileHandle.standardOutput) { line in
                        PIIScanLine(id: line.id, entities: scanner.scan(line.text))
                    }
                }
            }
        }
    }
}

/// One line of `pii scan` output.
struct PIIScanLine: Encodable, Sendable {
    var id: LineID?
    var entities: [PIIEntity]
}
