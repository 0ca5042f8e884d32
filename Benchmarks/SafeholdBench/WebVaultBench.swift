import Foundation
import Safehold
import SafeholdCore
import SafeholdTestSupport
import SafeholdVault

/// Makes a vault of about `messages` chat messages at `path` for `Benchmarks/web-latency.sh`: a
/// generated WhatsApp chat imported through the real importer. The vault uses the cheap key settings
/// of the tests (scrypt logN 10, labelled in the output): the page latency does not depend on them.
func webVault(messages: Int, at path: String) throws {
    let directory = URL(fileURLWithPath: path)
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("safehold-bench-web-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    // The generator writes about 1.5 lines per message (one in six runs over several lines).
    let chat = work.appendingPathComponent("WhatsApp Chat with Jordan Reece.txt")
    try ExportGenerator.whatsAppChat(lines: messages * 3 / 2, to: chat)
    let vault = try Vault.create(at: directory, passphrase: passphrase, parameters: parameters).vault
    var options = ImportOptions()
    options.recognizeText = false
    let time = try seconds {
        var workflow = try ImportWorkflow(chat, into: vault, options: options)
        _ = try workflow.run()
    }
    report("web vault (cheap test key settings, logN 10): items", Double(vault.itemCount), "items")
    report("web vault: import time", time, "s")
}
