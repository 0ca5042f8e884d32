import ArgumentParser
import Foundation
import Safehold
import SafeholdCore
import SafeholdReports
import SafeholdVault

extension SafeholdCommand {
    /// `safehold bundle`: evidence anyone can check, without the vault and without trusting Safehold.
    struct Bundle: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bundle",
            abstract: "Make a ZIP of chosen items that anyone can check with sha256sum and openssl.",
            discussion: """
                The bundle holds the originals, their records in the vault's log, proofs that they are in it, \
                the signed checkpoint and the vault's public key, with VERIFY.txt explaining the checks. Give the \
                key's fingerprint (printed below) to your lawyer or advocate by another route, so they can tell \
                that later bundles come from the same vault.
                """
        )

        @Option(help: ArgumentHelp("Where to write the bundle (a new .zip file).", valueName: "file"))
        var out: String

        @Option(help: ArgumentHelp("Only these items, such as 3,7,12.", valueName: "ids"))
        var ids: String?

        @Option(help: ArgumentHelp("Only items from this platform.", valueName: "name"))
        var platform: String?

        @Option(help: ArgumentHelp("Only items posted on or after this date (2026-01-31 or a full time).", valueName: "date"))
        var from: String?

        @Option(help: ArgumentHelp("Only items posted before this date.", valueName: "date"))
        var until: String?

        @Option(help: ArgumentHelp("Only items with a finding at least this serious: urgent, high, medium or low.", valueName: "level"))
        var severity: String?

        @Option(help: ArgumentHelp("Only items involving this person (an id from `safehold people`).", valueName: "id"))
        var person: String?

        @Option(help: ArgumentHelp("A checkpoint code you sent earlier (from `safehold log`); the bundle proves it extends it.", valueName: "code"))
        var extends: String?

        @OptionGroup var vaultOptions: VaultOptions
        @OptionGroup var output: OutputOptions

        func selection() throws -> BundleSelection {
            let idList = try ids.map { text in
                try text.split(separator: ",").map { part in
                    guard let value = UInt64(part.trimmingCharacters(in: .whitespaces)) else {
                        throw ValidationError("--ids takes item numbers separated by commas, such as 3,7,12.")
                    }
                    return EvidenceID(value)
                }
            }
            func date(_ text: String?, _ flag: String) throws -> Timestamp? {
                guard let text else { return nil }
                guard let stamp = Timestamp(parsing: text) ?? Timestamp(parsing: text + "T00:00:00Z") else {
                    throw ValidationError("\(flag) takes a date such as 2026-01-31.")
                }
                return stamp
            }
            guard platform == nil || Platform(platform!) != nil else { throw ValidationError("The platform should be a short name such as instagram.") }
            guard severity == nil || Severity(rawValue: severity!.lowercased()) != nil else {
                throw ValidationError("The severity should be urgent, high, medium or low.")
            }
            return BundleSelection(
                ids: idList, platform: platform.flatMap { Platform($0) }, from: try date(from, "--from"),
                until: try date(until, "--until"), minimumSeverity: severity.flatMap { Severity(rawValue: $0.lowercased()) },
                person: person)
        }

        func validate() throws {
            _ = try selection()
            if let extends, CheckpointCode(extends) == nil {
                throw ValidationError("That checkpoint code cannot be read. It looks like SH1-1042-ABCD…-1A2B3C4D; copy it exactly.")
            }
        }

        func run() throws {
            try reportingErrors(json: output.json) {
                let vault = try vaultOptions.unlock()
                let selection = try selection()
                let ids = try selection.items(in: vault)
                let code = extends.flatMap { CheckpointCode($0) }
                let written = try BundleWriter.write(
                    try vault.proofs(for: ids, extending: code?.size), selection: selection.description,
                    to: URL(fileURLWithPath: out), extending: code
                ) { id in
                    var bytes: [UInt8] = []
                    try vault.readOriginal(of: id) { bytes += $0 }
                    return bytes
                }
                if output.json { return try Terminal.printJSON(written) }
                Terminal.print("Wrote \(Counted.text(written.items, "item")) to \(DisplaySafe.text(out)) (\(Format.size(written.bytes))).")
                Terminal.print("Key fingerprint: \(written.fingerprint)")
                Terminal.print("Anyone can check it: VERIFY.txt inside explains how, or `safehold verify \(DisplaySafe.text(out))`.")
            }
        }
    }

    /// `safehold verify`: checks a bundle, with no vault.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check an evidence bundle, item by item. No vault is needed.")

        @Argument(help: ArgumentHelp("The bundle (.zip).", valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp("The key fingerprint you received separately; the bundle must match it.", valueName: "hex"))
        var fingerprint: String?

        @Option(help: ArgumentHelp("A checkpoint code you received earlier; the bundle must prove it extends it.", valueName: "code"))
        var code: String?

        func validate() throws {
            if let code, CheckpointCode(code) == nil { throw ValidationError("That checkpoint code cannot be read; copy it exactly.") }
        }

        @OptionGroup var output: OutputOptions

        func run() throws {
            try reportingErrors(json: output.json) {
                let report = try BundleVerifier.verify(
                    URL(fileURLWithPath: file), expectedFingerprint: fingerprint, expectedCode: code.flatMap { CheckpointCode($0) })
                if output.json {
                    try Terminal.printJSON(report)
                } else {
                    for problem in report.problems { Terminal.print("Problem: \(problem)") }
                    for item in report.items {
                        Terminal.print(item.holds ? "Item \(item.id): holds." : "Item \(item.id): does NOT hold. \(item.problems.joined(separator: " "))")
                    }
                    if let key = report.fingerprint { Terminal.print("Signed by the key with fingerprint \(key).") }
                    if let extends = report.extends {
                        Terminal.print("It extends the earlier checkpoint \(extends): nothing logged before it was changed or removed.")
                    }
                    if fingerprint == nil { Terminal.print("Compare that fingerprint with one you received separately.") }
                    Terminal.print(report.holds ? "The bundle holds." : "The bundle does NOT hold.")
                }
                if !report.holds { throw ExitCode(2) }
            }
        }
    }
}
