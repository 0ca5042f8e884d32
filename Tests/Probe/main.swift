// A helper program for the vault's crash, concurrency and full-disk tests. Tests run it as a separate
// process so that they can kill it at any moment or give it a tiny disk. Not part of Safehold itself.
import Foundation
import SafeholdCore
import SafeholdVault

let parameters = ScryptParameters.insecureForTestsOnly(logN: 10)
let passphrase = Passphrase("copper lantern walks quietly north")
let arguments = CommandLine.arguments

func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func textItem(_ text: String) -> NewItem {
    NewItem(
        content: .bytes(Array(text.utf8)),
        mediaType: .plainText,
        source: ItemSource(kind: .typedText, importer: "safehold-test-probe", importerVersion: "1"),
        details: ItemDetails()
    )
}

/// `writer VAULT COUNT TAG`: seals COUNT texts one by one, printing each after its commit.
func writer(vault directory: String, count: Int, tag: String) throws {
    let vault = try Vault.open(at: URL(fileURLWithPath: directory), passphrase: passphrase)
    for index in 0..<count {
        let text = "\(tag)-\(index)"
        let outcome = try vault.seal([textItem(text)])[0]
        emit("sealed \(text) \(outcome.record.id)")
    }
}

/// `disk-full DIR`: fills a small disk with a vault's objects and reports what survived, as JSON.
func diskFull(directory: String) throws {
    let (vault, _) = try Vault.create(
        at: URL(fileURLWithPath: directory).appendingPathComponent("vault"),
        passphrase: passphrase,
        parameters: parameters
    )
    var sealed = [EvidenceID: [UInt8]]()
    var errorCode = "none"
    var errorMessage = ""
    var generator = SystemRandomNumberGenerator()
    for index in 0..<10_000 {
        let bytes = (0..<(48 * 1024 + index)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let item = NewItem(
            content: .bytes(bytes),
            mediaType: .unknown,
            source: ItemSource(
                kind: .file,
                fileName: "noise-\(index).bin",
                importer: "safehold-test-probe",
                importerVersion: "1"
            ),
            details: ItemDetails()
        )
        do {
            sealed[try vault.seal([item])[0].record.id] = bytes
        } catch let error as SafeholdError {
            errorCode = error.code.rawValue
            errorMessage = error.message
            break
        }
    }
    let reopened = try Vault.open(at: vault.directory, passphrase: passphrase)
    let report = try reopened.check()
    var readable = 0
    for (id, bytes) in sealed {
        var back = [UInt8]()
        try reopened.readOriginal(of: id) { back += $0 }
        if back == bytes { readable += 1 }
    }
    let result: [String: String] = [
        "errorCode": errorCode, "errorMessage": errorMessage, "sealed": String(sealed.count),
        "readable": String(readable), "intact": String(report.isIntact),
        "damage": report.problems.filter { $0.severity == .damage }.map(\.kind).joined(separator: ","),
    ]
    emit(String(decoding: try JSONEncoder().encode(result), as: UTF8.self))
}

do {
    switch arguments.dropFirst().first {
    case "writer": try writer(vault: arguments[2], count: Int(arguments[3])!, tag: arguments[4])
    case "disk-full": try diskFull(directory: arguments[2])
    default:
        FileHandle.standardError.write(Data("usage: safehold-test-probe writer VAULT COUNT TAG | disk-full DIR\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("probe failed: \(error)\n".utf8))
    exit(1)
}
