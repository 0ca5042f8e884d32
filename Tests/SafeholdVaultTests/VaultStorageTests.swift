import Crypto
import Foundation
import SafeholdCore
import SafeholdTestSupport
import Testing

@testable import SafeholdVault

@Suite("Vault: sealing, reading and the encrypted files at rest")
struct VaultStorageTests {
    @Test("a sealed text reads back byte for byte, with its capture record")
    func sealAndRead() throws {
        let test = try TestVault()
        let details = ItemDetails(
            platform: Platform("instagram"),
            url: "https://example.org/p/1",
            author: "@someone",
            postedAt: Timestamp(parsing: "2026-11-20T21:14:00+01:00"),
            note: "first one"
        )
        let record = try test.addText("you can't hide from me 🙂 — مرحبا", details: details)
        let reopened = try test.reopen()
        #expect(try reopened.item(record.id) == record)
        var bytes = [UInt8]()
        try reopened.readOriginal(of: record.id) { bytes += $0 }
        #expect(String(decoding: bytes, as: UTF8.self) == "you can't hide from me 🙂 — مرحبا")
        #expect(record.sha256.hex == Hex.encode(SHA256.hash(data: bytes)))
        #expect(record.details.postedAt?.rfc3339 == "2026-11-20T21:14:00+01:00")
        #expect(reopened.problems.isEmpty)
    }

    @Test("sealing the same bytes with the same details twice adds nothing new")
    func sealingTwiceAddsNothing() throws {
        let test = try TestVault()
        let first = try test.addText("same words")
        let size = test.vault.logSize
        let again = try test.vault.seal([
            NewItem(
                content: .bytes(Array("same words".utf8)),
                mediaType: .plainText,
                source: ItemSource(kind: .typedText, importer: "safehold-test", importerVersion: "1"),
                details: ItemDetails()
            )
        ])
        #expect(again == [.alreadySealed(first)])
        #expect(test.vault.logSize == size)
        let different = try test.addText("same words", details: ItemDetails(note: "another day"))
        #expect(different.id != first.id)
    }

    @Test("nothing under the vault holds the text, its hash or its details in clear")
    func nothingReadableAtRest() throws {
        let test = try TestVault()
        let marker = "MARKER-\(UUID().uuidString)"
        let author = "author-\(UUID().uuidString)"
        let note = "note-\(UUID().uuidString)"
        let url = "https://example.org/\(UUID().uuidString)"
        let record = try test.addText(
            "they said \(marker)",
            details: ItemDetails(platform: Platform("whatsapp"), url: url, author: author, note: note)
        )
        // A second vault opening and a passphrase change must not leave anything readable either.
        _ = try test.reopen()
        let needles: [[UInt8]] = [
            Array(marker.utf8), Array(author.utf8), Array(note.utf8), Array(url.utf8), Array("whatsapp".utf8),
            Array(record.sha256.hex.utf8), record.sha256.bytes, Array(record.sha256.hex.uppercased().utf8),
            Array(Data(record.sha256.bytes).base64EncodedString().utf8), Array("copper lantern".utf8),
        ]
        let files = FileManager.default.enumerator(at: test.directory, includingPropertiesForKeys: nil)!
        var scanned = 0
        for case let file as URL in files {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            scanned += 1
            for needle in needles {
                #expect(data.range(of: Data(needle)) == nil, "\(file.lastPathComponent) contains a secret in clear")
            }
        }
        #expect(scanned >= 3)
    }

    @Test("a large file is sealed and read back in chunks")
    func largeFile() throws {
        let test = try TestVault()
        let file = test.home.path("big.bin")
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<(3 * 65536 + 123)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try Data(bytes).write(to: file)
        let source = ItemSource(kind: .file, fileName: "big.bin", importer: "safehold-test", importerVersion: "1")
        let record = try test.vault.seal([
            NewItem(content: .file(file), mediaType: .unknown, source: source, details: ItemDetails())
        ])[0].record
        var chunks = 0
        var back = [UInt8]()
        try test.vault.readOriginal(of: record.id) {
            chunks += 1
            back += $0
        }
        #expect(back == bytes)
        #expect(chunks >= 4)
        #expect(record.size == UInt64(bytes.count))
    }

    @Test("a pipe or a folder is refused instead of read forever")
    func refusesSpecialFiles() throws {
        let test = try TestVault()
        let source = ItemSource(kind: .file, importer: "safehold-test", importerVersion: "1")
        for path in ["/dev/zero", test.home.url.path] {
            let error = #expect(throws: SafeholdError.self) {
                try test.vault.seal([
                    NewItem(
                        content: .file(URL(fileURLWithPath: path)),
                        mediaType: .unknown,
                        source: source,
                        details: ItemDetails()
                    )
                ])
            }
            #expect(error?.code == .invalidInput)
        }
        #expect(try test.vault.items().isEmpty)
    }

    @Test("a new vault is refused where a vault or other files already are")
    func refusesToOverwrite() throws {
        let test = try TestVault()
        let error = #expect(throws: SafeholdError.self) {
            try Vault.create(at: test.directory, passphrase: TestVault.passphrase, parameters: TestVault.parameters)
        }
        #expect(error?.code == .vaultExists)
        #expect(try test.reopen().logSize == 1)
        let other = test.home.path("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: other.appendingPathComponent("notes.txt"))
        #expect(throws: SafeholdError.self) {
            try Vault.create(at: other, passphrase: TestVault.passphrase, parameters: TestVault.parameters)
        }
        #expect(
            FileManager.default.contents(atPath: other.appendingPathComponent("notes.txt").path) == Data("mine".utf8)
        )
    }

    @Test("opening a folder that is not a vault says so")
    func notAVault() throws {
        let home = try TemporaryDirectory()
        let error = #expect(throws: SafeholdError.self) {
            try Vault.open(at: home.url, passphrase: TestVault.passphrase)
        }
        #expect(error?.code == .vaultNotFound)
    }

    @Test("the log records the vault's own history and checkpoints follow every write")
    func historyAndCheckpoints() throws {
        let test = try TestVault()
        try test.addText("one")
        try test.addText("two")
        let checkpoints = try test.vault.checkpoints()
        #expect(checkpoints.map(\.size) == [1, 2, 3])
        let key = test.vault.checkpointKey
        for checkpoint in checkpoints { #expect(key.verify(note: checkpoint.note) != nil) }
        #expect(try test.vault.check().isIntact)
    }
}

@Suite("Vault: damaged or foreign files where the vault should be")
struct VaultForeignFileTests {
    @Test("a database replaced by garbage is reported as damage, not a crash")
    func garbageDatabase() throws {
        let test = try TestVault()
        try Data(repeating: 0x41, count: 8192).write(to: test.directory.appendingPathComponent("vault.sqlite"))
        for suffix in ["-wal", "-shm"] {
            try? FileManager.default.removeItem(at: test.directory.appendingPathComponent("vault.sqlite" + suffix))
        }
        let error = #expect(throws: SafeholdError.self) { try test.reopen() }
        #expect(error?.code == .vaultDamaged)
    }

    @Test(
        "a header from a newer Safehold asks for an update; a garbled one is damage",
        arguments: [
            (
                "{\"format\":\"safehold-vault\",\"version\":99,\"vaultID\":\"00000000000000000000000000000000\"}",
                "unsupported-format"
            ),
            ("{\"format\":", "vault-damaged"),
            (String(repeating: "[", count: 100_000), "vault-damaged"),
        ]
    )
    func header(text: String, code: String) throws {
        let test = try TestVault()
        try Data(text.utf8).write(to: test.directory.appendingPathComponent("safehold-vault.json"))
        let error = #expect(throws: SafeholdError.self) { try test.reopen() }
        #expect(error?.code.rawValue == code)
    }

    @Test("temporary files left by an interrupted add are cleared when the vault opens, once they are old")
    func leftoversAreCleared() throws {
        let test = try TestVault()
        let leftover = test.directory.appendingPathComponent("tmp/object-interrupted")
        try Data("half written".utf8).write(to: leftover)
        _ = try test.reopen()
        #expect(
            FileManager.default.fileExists(atPath: leftover.path),
            "a fresh temporary file may belong to another writer"
        )
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)],
            ofItemAtPath: leftover.path
        )
        _ = try test.reopen()
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
    }
}
