public import Foundation
import SafeholdCore
import SafeholdFacts
public import SafeholdVault

/// A fictional case for `safehold demo`: Alex Rivera, harassed by an ex, Jordan Reece, across WhatsApp,
/// Instagram and X. Written by the project; every person, handle, number and address in it is made up.
///
/// The exports are written in the platforms' real formats and go through the real importers, the same way a
/// person's own exports would; the people, the protected fact and the analysis are then added the way the
/// person would add them.
public enum DemoCase {
    /// Builds the case into a new, unlocked vault.
    /// - Parameter folder: A scratch folder for the exports; they are removed once imported.
    /// - Throws: ``SafeholdError`` when something cannot be written.
    public static func build(into vault: Vault, scratch folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let chat = folder.appendingPathComponent("WhatsApp Chat with Jordan Reece.txt")
        try Data(DemoExports.whatsApp.utf8).write(to: chat)
        let instagram = try DemoExports.writeInstagram(in: folder.appendingPathComponent("instagram-alex.rivera"))
        let x = try DemoExports.writeX(in: folder.appendingPathComponent("twitter-alex_rivera"))
        for export in [chat, instagram, x] {
            var workflow = try ImportWorkflow(export, into: vault, options: ImportOptions())
            _ = try workflow.run()
        }
        let notes = CaseNotes(vault: vault)
        try notes.addPerson(KnownPerson(role: .abuser, platform: nil, handle: nil, name: "Jordan Reece"))
        try notes.addPerson(KnownPerson(role: .abuser, platform: Platform("instagram"), handle: "j.reece_88", name: nil))
        try notes.addPerson(KnownPerson(role: .ally, platform: Platform("instagram"), handle: "sam.kowal", name: "Sam Kowal"))
        try notes.addFact(ProtectedFact(kind: .address, value: "14 Linden Court, Apt 2B"))
        try notes.addFact(ProtectedFact(kind: .phone, value: "+1 503 555 0142"))
        // Alex's own Instagram account, entered by hand as `safehold accounts add --mine` would; one of
        // the followers in the export is a look-alike of it.
        try NetworkAccounts(vault: vault).add(
            NetworkAccount(
                role: .mine, platform: Platform("instagram")!, handle: "alex.rivera", name: "Alex Rivera",
                bio: "Teacher. Running, the coast, my two kids."))
        _ = try AnalysisWorkflow(vault: vault, analyzer: try TextAnalyzer.shipped()).run(all: true)
    }
}
