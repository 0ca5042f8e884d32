import Crypto
import Foundation
import SafeholdCore
import SafeholdReports
import SafeholdTestSupport
import SafeholdVault
import Testing
import ZIPFoundation

/// A vault with three items and a bundle of two of them, for the tests to check and tamper with.
struct BundleFixture {
    let test: TestVault
    let ids: [EvidenceID]
    let bundle: URL

    init() throws {
        let test = try TestVault()
        self.test = test
        ids = try ["I know where you live", "second message 😡", "not in the bundle"].map { try test.addText($0).id }
        try test.vault.annotate([Annotation(kind: "note", key: "k")])
        bundle = test.home.path("bundle.zip")
        try write(to: bundle, ids: [ids[1], ids[0]])
    }

    func write(to url: URL, ids: [EvidenceID]) throws {
        let vault = test.vault
        try BundleWriter.write(try vault.proofs(for: ids), selection: "test", to: url) { id in
            var bytes: [UInt8] = []
            try vault.readOriginal(of: id) { bytes += $0 }
            return bytes
        }
    }

    /// The bundle's files by path inside `safehold-bundle/`.
    func files() throws -> [String: Data] {
        let archive = try Archive(url: bundle, accessMode: .read)
        var files: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            files[String(entry.path.dropFirst("safehold-bundle/".count))] = data
        }
        return files
    }

    /// Writes a bundle with changed files, optionally recomputing SHA256SUMS as a careful forger would.
    func tampered(_ change: (inout [String: Data]) throws -> Void, fixSums: Bool) throws -> URL {
        var files = try files()
        try change(&files)
        if fixSums {
            files["SHA256SUMS"] = Data(
                files.keys.filter { $0 != "SHA256SUMS" }.sorted()
                    .map { "\(Hex.encode(SHA256.hash(data: files[$0]!)))  \($0)\n" }.joined().utf8)
        }
        let url = test.home.path("tampered-\(UUID().uuidString).zip")
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(with: "safehold-bundle/" + path, type: .file, uncompressedSize: Int64(data.count)) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return url
    }

    var folders: [String] { ids.prefix(2).map { "items/" + String(format: "%06d", Int($0.rawValue)) } }
}

@Suite("Evidence bundles")
struct BundleTests {
    @Test("a bundle checks out item by item, and the same selection gives the same bytes")
    func holdsAndIsDeterministic() throws {
        let fixture = try BundleFixture()
        let report = try BundleVerifier.verify(fixture.bundle)
        #expect(report.holds, "\(report.problems) \(report.items)")
        #expect(report.items.map(\.id) == fixture.ids.prefix(2).map(\.rawValue))
        #expect(report.treeSize == fixture.test.vault.logSize)
        let again = fixture.test.home.path("again.zip")
        try fixture.write(to: again, ids: [fixture.ids[0], fixture.ids[1]])
        #expect(try Data(contentsOf: again) == Data(contentsOf: fixture.bundle))
        let files = try fixture.files()
        #expect(!files.keys.contains { $0.contains("000003") }, "an unselected item leaked into the bundle")
        #expect(!String(decoding: files["manifest.json"]!, as: UTF8.self).contains("not in the bundle"))
    }

    @Test("a changed byte in any file is found")
    func changedByteAnywhere() throws {
        let fixture = try BundleFixture()
        for path in try fixture.files().keys.sorted() {
            let url = try fixture.tampered({ files in
                var data = files[path]!
                data[data.count / 2] ^= 0x01
                files[path] = data
            }, fixSums: false)
            let report = try BundleVerifier.verify(url)
            #expect(!report.holds, "a change to \(path) went unnoticed")
        }
    }

    @Test("a careful forger who also rewrites SHA256SUMS is still caught", arguments: ["original", "entry", "proof", "root"])
    func forgerWithNewSums(target: String) throws {
        let fixture = try BundleFixture()
        let folder = fixture.folders[0]
        let url = try fixture.tampered({ files in
            switch target {
            case "original":
                let name = files.keys.first { $0.hasPrefix(folder + "/original") }!
                files[name] = Data("I never wrote this".utf8)
            case "entry":
                files["\(folder)/entry.json"] = Data(String(decoding: files["\(folder)/entry.json"]!, as: UTF8.self)
                    .replacingOccurrences(of: "typed-text", with: "typed-texT").utf8)
            case "proof":
                var lines = String(decoding: files["\(folder)/proof.txt"]!, as: UTF8.self).split(separator: "\n").map(String.init)
                lines[0] = "leaf-index 0"
                files["\(folder)/proof.txt"] = Data((lines.joined(separator: "\n") + "\n").utf8)
            default:
                let body = String(decoding: files["checkpoint-body.txt"]!, as: UTF8.self).split(separator: "\n")
                let other = Data(SHA256.hash(data: Data("other".utf8))).base64EncodedString()
                files["checkpoint.txt"] = Data(String(decoding: files["checkpoint.txt"]!, as: UTF8.self)
                    .replacingOccurrences(of: String(body[2]), with: other).utf8)
            }
        }, fixSums: true)
        let report = try BundleVerifier.verify(url)
        #expect(!report.holds, "a forged \(target) went unnoticed")
    }

    @Test("swapped, removed and added files are each named")
    func swappedRemovedAdded() throws {
        let fixture = try BundleFixture()
        let (a, b) = (fixture.folders[0], fixture.folders[1])
        let swapped = try BundleVerifier.verify(try fixture.tampered({ files in
            (files["\(a)/entry.json"], files["\(b)/entry.json"]) = (files["\(b)/entry.json"], files["\(a)/entry.json"])
        }, fixSums: true))
        #expect(swapped.items.contains { $0.problems.contains { $0.contains("swapped") } })
        let removed = try BundleVerifier.verify(try fixture.tampered({ files in
            files["\(a)/proof.txt"] = nil
        }, fixSums: false))
        #expect(removed.problems.contains { $0.contains("missing") })
        let added = try BundleVerifier.verify(try fixture.tampered({ files in
            files["items/000099/original.txt"] = Data("planted".utf8)
        }, fixSums: false))
        #expect(added.problems.contains { $0.contains("added after") })
    }

    @Test("a checkpoint signed by another key is refused, and another vault's key does not match the fingerprint")
    func otherKey() throws {
        let fixture = try BundleFixture()
        let original = try BundleVerifier.verify(fixture.bundle)
        let expected = try #require(original.fingerprint)
        let forger = Curve25519.Signing.PrivateKey()
        let files = try fixture.files()
        let note = String(decoding: files["checkpoint.txt"]!, as: UTF8.self)
        let origin = String(note.prefix { $0 != "\n" })
        let body = String(decoding: files["checkpoint-body.txt"]!, as: UTF8.self)
        let forged = try CheckpointKey(name: origin, privateKey: forger).sign(try #require(Checkpoint(body: body)))
        let onlyNote = try BundleVerifier.verify(try fixture.tampered({ $0["checkpoint.txt"] = Data(forged.note.utf8) }, fixSums: true))
        #expect(!onlyNote.holds)
        let der = Data([0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00]) + forger.publicKey.rawRepresentation
        let pem = "-----BEGIN PUBLIC KEY-----\n\(der.base64EncodedString())\n-----END PUBLIC KEY-----\n"
        let whole = try fixture.tampered({ files in
            files["checkpoint.txt"] = Data(forged.note.utf8)
            files["public-key.pem"] = Data(pem.utf8)
        }, fixSums: true)
        let report = try BundleVerifier.verify(whole, expectedFingerprint: expected)
        #expect(report.fingerprintMatches == false)
        #expect(!report.holds)
    }

    @Test("a truncated archive gets a plain error")
    func truncated() throws {
        let fixture = try BundleFixture()
        let data = try Data(contentsOf: fixture.bundle)
        let cut = fixture.test.home.path("cut.zip")
        try data.prefix(data.count / 2).write(to: cut)
        #expect(throws: SafeholdError.self) { try BundleVerifier.verify(cut) }
    }

    @Test("an existing file is never overwritten")
    func neverOverwrites() throws {
        let fixture = try BundleFixture()
        let before = try Data(contentsOf: fixture.bundle)
        #expect(throws: SafeholdError.self) { try fixture.write(to: fixture.bundle, ids: [fixture.ids[2]]) }
        #expect(try Data(contentsOf: fixture.bundle) == before)
    }

    @Test("the commands in VERIFY.txt, run with bash, sha256sum and openssl, confirm the bundle")
    func verifyByHand() throws {
        let fixture = try BundleFixture()
        let folder = fixture.test.home.path("unzipped")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.unzipItem(at: fixture.bundle, to: folder)
        let guide = String(decoding: try Data(contentsOf: folder.appendingPathComponent("safehold-bundle/VERIFY.txt")), as: UTF8.self)
        let commands = guide.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.drop { $0 == " " }
            return trimmed.hasPrefix("$ ") ? String(trimmed.dropFirst(2)) : nil
        }
        #expect(commands.count >= 9)
        let result = try Tools.run("bash", ["-c", commands.joined(separator: "\n")], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(": OK"))
        #expect(!result.stdout.contains("FAILED"))
        #expect(result.stdout.contains("Signature Verified Successfully"))
        #expect(result.stdout.contains("The item is in the signed log."), "\(result.stdout)\n\(result.stderr)")
        let fingerprint = try #require(try BundleVerifier.verify(fixture.bundle).fingerprint)
        #expect(result.stdout.contains(fingerprint))
        let hashes = result.stdout.split(separator: "\n").filter { $0.count == 64 && $0.allSatisfy(\.isHexDigit) }
        #expect(hashes.count >= 3 && hashes[1] == hashes[2], "step 4's two hashes should agree: \(hashes)")
    }
}
