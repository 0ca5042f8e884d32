import Foundation
import SafeholdCore
import SafeholdTestSupport
import SafeholdVault
import Testing

@Suite("Vault annotations")
struct VaultAnnotationTests {
    @Test("annotations are sealed in the log, read back by kind, and survive a reopen")
    func sealedAndReadBack() throws {
        let test = try TestVault()
        let item = try test.addText("a message")
        let sizeBefore = test.vault.logSize
        try test.vault.annotate([
            Annotation(kind: "finding", key: "item:\(item.id)", about: [item.id], body: #"{"severity":"high"}"#),
            Annotation(kind: "fact", key: "f1", body: #"{"kind":"phone"}"#),
        ])
        #expect(test.vault.logSize == sizeBefore + 2)
        let reopened = try test.reopen()
        #expect(reopened.problems.isEmpty)
        let findings = try reopened.annotations(kind: "finding")
        #expect(findings.map(\.about) == [[item.id]])
        #expect(findings.first?.body == #"{"severity":"high"}"#)
        #expect(try reopened.annotations(kind: "fact").map(\.key) == ["f1"])
        #expect(try reopened.annotations(kind: "person").isEmpty)
        #expect(try reopened.check().isIntact)
    }

    @Test("a newer note replaces an older one with the same key, and a retracted note removes it")
    func newestWinsAndRetractionRemoves() throws {
        let test = try TestVault()
        try test.vault.annotate([Annotation(kind: "person", key: "p1", body: #"{"role":"abuser"}"#)])
        try test.vault.annotate([Annotation(kind: "person", key: "p2", body: #"{"role":"ally"}"#)])
        try test.vault.annotate([Annotation(kind: "person", key: "p1", body: #"{"role":"trusted"}"#)])
        #expect(try test.vault.currentAnnotations(kind: "person").map(\.body) == [#"{"role":"trusted"}"#, #"{"role":"ally"}"#])
        try test.vault.annotate([Annotation(kind: "person", key: "p2", retracted: true)])
        #expect(try test.vault.currentAnnotations(kind: "person").map(\.key) == ["p1"])
        #expect(try test.vault.annotations(kind: "person").count == 4)
    }

    @Test("nothing of an annotation is readable at rest")
    func nothingReadableAtRest() throws {
        let test = try TestVault()
        let secret = "fact-\(UUID().uuidString)"
        try test.vault.annotate([Annotation(kind: "fact", key: "k-\(secret)", body: #"{"value":"\#(secret)"}"#)])
        _ = try test.reopen()
        var scanned = 0
        for file in try FileManager.default.subpathsOfDirectory(atPath: test.directory.path) {
            let url = test.directory.appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            scanned += 1
            #expect(data.range(of: Data(secret.utf8)) == nil, "\(file) holds the fact in clear")
        }
        #expect(scanned >= 2)
    }
}
