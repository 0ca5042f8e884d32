import ArgumentParser
import Foundation
import SafeholdCore
import SafeholdReports
import SafeholdVault

extension SafeholdCommand {
    /// `safehold log`: the signed checkpoints of the vault's log.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "Show the vault's signed checkpoints: how many entries its log held, and when.",
            discussion: """
                Each checkpoint is a signed statement of the log's size and Merkle root. Anyone with the \
                vault's public key can check them, and a later checkpoint proves the earlier entries are unchanged.
                """
        )

        @Flag(help: "Show every checkpoint, not only the last 20.")
        var all = false

        @OptionGroup var vaultOptions: VaultOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try reportingErrors(json: output.json) {
                let vault = try vaultOptions.unlock()
                let checkpoints = try vault.checkpoints()
                let key = vault.checkpointKey
                let code = checkpoints.last.flatMap { last in
                    Hex.decode(last.rootHash).map { CheckpointCode(size: Int(last.size), root: $0, fingerprint: key.fingerprint) }
                }
                if output.json {
                    try Terminal.printJSON(
                        LogResult(
                            publicKey: key.verifierKey, fingerprint: key.fingerprint, code: code?.description,
                            checkpoints: checkpoints)
                    )
                    return
                }
                warnAboutDamage(vault)
                let shown = all ? checkpoints[...] : checkpoints.suffix(20)
                if shown.count < checkpoints.count {
                    Terminal.print(
                        "Showing the last \(shown.count) of \(checkpoints.count) checkpoints (--all shows every one)."
                    )
                }
                Terminal.print(
                    Table.render(
                        header: ["Entries", "Signed", "Root (SHA-256)"],
                        rows: shown.map { ["\($0.size)", $0.signedAt.rfc3339, $0.rootHash] }
                    )
                )
                Terminal.print("\nSigning key fingerprint: \(key.fingerprint)")
                if let code {
                    Terminal.print("Checkpoint code: \(code)")
                    Terminal.print("Send this code to your lawyer or advocate. A later `safehold bundle --extends CODE` proves nothing logged before it was changed.")
                }
            }
        }
    }
}

private struct LogResult: Encodable {
    var publicKey: String
    var fingerprint: String
    var code: String?
    var checkpoints: [CheckpointRecord]
}
