import Foundation
import Safehold
import SafeholdCore
import SafeholdImport
import SafeholdTestSupport
import SafeholdVault
import Testing

/// The X archive fixture lives with the import tests; these tests reach it by path.
enum SharedFixture {
    static func url(_ name: String, filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SafeholdImportTests/Fixtures/\(name)")
    }
}

@Suite("ImportWorkflow")
struct ImportWorkflowTests {
    static func options() -> ImportOptions {
        var options = ImportOptions()
        options.recognizeText = false
        options.batchSize = 7
        return options
    }

    @Test("an X archive folder is sealed whole: every file, and every record as a part of its sealed file")
    func importsFolder() throws {
        let test = try TestVault()
        var workflow = try ImportWorkflow(SharedFixture.url("x-archive"), into: test.vault, options: Self.options())
        let summary = try workflow.run()
        #expect(summary.format == "x-archive")
        #expect(summary.found == ["post": 3, "reply": 1, "message": 4, "reaction": 2, "system": 2, "relationship": 7, "profile": 2, "media": 2])
        #expect(summary.new == summary.found)
        #expect(summary.filesNew == 15)
        #expect(summary.skipped.isEmpty)
        let items = try test.vault.items()
        let message = try #require(items.first { $0.record?.platformID == "7000000000000000001" })
        #expect(message.details.author == "2002")
        #expect(message.part != nil)
        var bytes = [UInt8]()
        try test.vault.readOriginal(of: message.id) { bytes += $0 }
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"Answer me. Now.\""))
        #expect(try test.vault.check().isIntact)
    }

    @Test("importing the same export again adds nothing")
    func idempotent() throws {
        let test = try TestVault()
        var first = try ImportWorkflow(SharedFixture.url("x-archive"), into: test.vault, options: Self.options())
        _ = try first.run()
        let size = test.vault.logSize
        var second = try ImportWorkflow(SharedFixture.url("x-archive"), into: test.vault, options: Self.options())
        let summary = try second.run()
        #expect(test.vault.logSize == size)
        #expect(summary.new.isEmpty)
        #expect(summary.alreadySealed == summary.found)
        #expect(summary.filesNew == 0)
    }

    @Test("a ZIP export seals the ZIP itself first, then its contents")
    func importsZip() throws {
        let test = try TestVault()
        let zip = test.home.path("x.zip")
        try ZipWriter.zip(folder: SharedFixture.url("x-archive"), to: zip)
        var workflow = try ImportWorkflow(zip, into: test.vault, options: Self.options())
        let summary = try workflow.run()
        #expect(summary.filesNew == 16)
        let first = try #require(try test.vault.items().first)
        #expect(first.source.fileName == "x.zip")
        #expect(first.mediaType.rawValue == "application/zip")
        #expect(try test.vault.check().isIntact)
    }

    @Test("a hostile ZIP is refused with the entry named, and nothing in the vault changes")
    func hostileZipChangesNothing() throws {
        let test = try TestVault()
        try test.addText("sealed before")
        let size = test.vault.logSize
        let zip = test.home.path("evil.zip")
        try ZipWriter.zip(entries: [("data/account.js", Array("[]".utf8)), ("../../outside.txt", Array("x".utf8))], to: zip)
        let error = #expect(throws: SafeholdError.self) {
            var workflow = try ImportWorkflow(zip, into: test.vault, options: Self.options())
            _ = try workflow.run()
        }
        #expect(error?.code == .invalidInput)
        #expect(error?.message.contains("../../outside.txt") == true)
        #expect(test.vault.logSize == size)
        #expect(try test.reopen().check().isIntact)
    }

    @Test("a broken data file is named in the summary while the rest of the export is imported")
    func brokenFileIsSkipped() throws {
        let test = try TestVault()
        let folder = test.home.path("export")
        try FileManager.default.copyItem(at: SharedFixture.url("x-archive"), to: folder)
        let tweets = folder.appendingPathComponent("data/tweets.js")
        let data = try Data(contentsOf: tweets)
        try data.prefix(data.count / 2).write(to: tweets)
        var workflow = try ImportWorkflow(folder, into: test.vault, options: Self.options())
        let summary = try workflow.run()
        #expect(summary.skipped.map(\.path) == ["data/tweets.js"])
        #expect(summary.skipped[0].reason.contains("stops part-way"))
        #expect(summary.found["message"] == 4)
        #expect(try test.vault.check().isIntact)
    }
}

@Suite("ImportWorkflow: screenshots")
struct ScreenshotImportTests {
    @Test("a screenshot is sealed as it is, with the words Tesseract read in its record")
    func screenshot() throws {
        let test = try TestVault()
        var workflow = try ImportWorkflow(SharedFixture.url("screenshots/chat-screenshot.png"), into: test.vault)
        let summary = try workflow.run()
        #expect(summary.format == "files")
        #expect(summary.found == ["media": 1])
        let item = try #require(try test.vault.items().first)
        #expect(item.mediaType.rawValue == "image/png")
        #expect(item.record?.text?.contains("know where you live") == true)
    }

    @Test("with text recognition turned off, the summary says so only when it was wanted")
    func recognitionOff() throws {
        let test = try TestVault()
        var options = ImportOptions()
        options.recognizeText = false
        var workflow = try ImportWorkflow(SharedFixture.url("screenshots"), into: test.vault, options: options)
        let summary = try workflow.run()
        #expect(summary.notes.isEmpty)
        #expect(try test.vault.items().first?.record?.text == nil)
    }
}

@Suite("ImportWorkflow: WhatsApp")
struct WhatsAppImportTests {
    @Test("the summary says how an ambiguous WhatsApp date order was decided")
    func dateOrderNote() throws {
        let test = try TestVault()
        var options = ImportOptions()
        options.recognizeText = false
        var workflow = try ImportWorkflow(SharedFixture.url("whatsapp-us-month-first.txt"), into: test.vault, options: options)
        let summary = try workflow.run()
        #expect(summary.format == "whatsapp-chat")
        #expect(summary.notes.contains { $0.contains("Dates in this chat were read month before day") }, "\(summary.notes)")
    }
}
