import Foundation
import SafeholdTestSupport
@testable import SafeholdImport
import Testing
import ZIPFoundation

/// Hostile archives: each is refused before anything is read, with the entry named.
@Suite("ZIP exports: hostile archives")
struct ZipSafetyTests {
    /// Writes a ZIP with the given entries (path, bytes, deflated?) and returns its URL.
    static func makeZip(_ entries: [(String, [UInt8], Bool)], in home: TemporaryDirectory, type: Entry.EntryType = .file) throws -> URL {
        let url = home.path("export-\(UUID().uuidString).zip")
        let archive = try Archive(url: url, accessMode: .create)
        for (path, bytes, deflate) in entries {
            try archive.addEntry(
                with: path, type: type, uncompressedSize: Int64(bytes.count),
                compressionMethod: deflate ? .deflate : .none
            ) { position, size in Data(bytes[Int(position)..<Int(position) + size]) }
        }
        return url
    }

    @Test("an ordinary ZIP lists its files and streams them back exactly")
    func ordinaryZip() throws {
        let home = try TemporaryDirectory()
        let body = Array(String(repeating: "hello ", count: 40_000).utf8)
        let url = try Self.makeZip([("export/data/a.js", body, true), ("export/data/b.txt", Array("b".utf8), false)], in: home)
        let source = try ExportSources.open(url)
        #expect(source.files.map(\.path) == ["export/data/a.js", "export/data/b.txt"])
        #expect(try source.readAll(source.files[0]) == body)
    }

    @Test(
        "entries whose names escape the export's folder are refused, naming the entry",
        arguments: ["../evil.txt", "data/../../evil.txt", "/etc/passwd", "C:/Windows/evil.txt", "data\\..\\..\\evil.txt"])
    func zipSlip(path: String) throws {
        let home = try TemporaryDirectory()
        let url = try Self.makeZip([("data/ok.js", Array("[]".utf8), false), (path, Array("x".utf8), false)], in: home)
        let error = #expect(throws: ImportError.self) { try ExportSources.open(url) }
        #expect(error?.code == .unsafePath)
        #expect(error?.file == path)
        #expect(error?.message.contains("outside the export") == true)
    }

    @Test("a ZIP bomb is refused by its compression ratio before anything is inflated")
    func zipBomb() throws {
        let home = try TemporaryDirectory()
        let url = try Self.makeZip([("data/tweets.js", [UInt8](repeating: 0, count: 40 << 20), true)], in: home)
        let packed = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        #expect(packed < 1 << 20)
        let error = #expect(throws: ImportError.self) { try ExportSources.open(url) }
        #expect(error?.code == .zipBomb)
        #expect(error?.file == "data/tweets.js")
    }

    @Test("the total unpacked size is capped")
    func totalCap() throws {
        let home = try TemporaryDirectory()
        let url = try Self.makeZip((0..<4).map { ("data/part\($0).bin", [UInt8](repeating: UInt8($0), count: 300_000), false) }, in: home)
        var limits = ArchiveLimits()
        limits.maximumTotalBytes = 1_000_000
        let error = #expect(throws: ImportError.self) { try ExportSources.open(url, limits: limits) }
        #expect(error?.code == .zipBomb)
    }

    @Test("links and duplicate names are refused")
    func linksAndDuplicates() throws {
        let home = try TemporaryDirectory()
        let link = try Self.makeZip([("data/link", Array("/etc/passwd".utf8), false)], in: home, type: .symlink)
        #expect((#expect(throws: ImportError.self) { try ExportSources.open(link) })?.code == .unsafePath)
        let twice = try Self.makeZip([("data/a.js", Array("[1]".utf8), false), ("data/a.js", Array("[2]".utf8), false)], in: home)
        #expect((#expect(throws: ImportError.self) { try ExportSources.open(twice) })?.code == .unsafePath)
    }

    @Test("a truncated ZIP gives a clear error")
    func truncatedZip() throws {
        let home = try TemporaryDirectory()
        let url = try Self.makeZip([("data/a.js", Array(String(repeating: "x", count: 5000).utf8), true)], in: home)
        let data = try Data(contentsOf: url)
        try data.prefix(data.count / 2).write(to: url)
        let error = #expect(throws: ImportError.self) { try ExportSources.open(url) }
        #expect(error?.code == .malformed)
        #expect(error?.message.contains("Download the export again") == true)
    }

    @Test("a folder export never follows links out of the folder")
    func folderSkipsLinks() throws {
        let home = try TemporaryDirectory()
        let folder = home.path("export")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("escape").path, withDestinationPath: "/etc")
        let source = try ExportSources.open(folder)
        #expect(source.files.map(\.path) == ["a.txt"])
    }
}
