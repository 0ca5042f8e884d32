// Safehold's vault benchmarks. Run in release mode:  swift run -c release safehold-bench [suite]
// Prints one line per figure; BENCHMARKS.md records them with the machine and date.
import Crypto
import Foundation
import Safehold
import SafeholdCore
import SafeholdTestSupport
import SafeholdVault

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let parameters = ScryptParameters.insecureForTestsOnly(logN: 10)  // the KDF is measured on its own below
let passphrase = Passphrase("copper lantern walks quietly north")

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    #if os(macOS)
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576
    #else
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    #endif
}

func report(_ name: String, _ value: Double, _ unit: String) {
    print(String(format: "%-52@ %12.2f %@", name as NSString, value, unit))
}

/// A fast, seeded generator for benchmark data, so that making the data costs no system calls.
struct SplitMix: RandomNumberGenerator {
    var state = UInt64.random(in: 0...UInt64.max)
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func randomBytes(_ count: Int) -> [UInt8] {
    var generator = SplitMix()
    var bytes = [UInt8](repeating: 0, count: count)
    var index = 0
    while index < count {
        var word = generator.next()
        withUnsafeBytes(of: &word) { raw in
            for byte in raw where index < count {
                bytes[index] = byte
                index += 1
            }
        }
    }
    return bytes
}

func freshVault() throws -> Vault {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("safehold-bench-\(UUID().uuidString)")
    return try Vault.create(at: directory, passphrase: passphrase, parameters: parameters).vault
}

func textItem(_ bytes: [UInt8]) -> NewItem {
    NewItem(
        content: .bytes(bytes),
        mediaType: .plainText,
        source: ItemSource(kind: .typedText, importer: "bench", importerVersion: "1"),
        details: ItemDetails()
    )
}

/// SHA-256 plus ChaCha20-Poly1305 over the same bytes: the most sealing could ever do.
func rawCeiling() {
    let key = SymmetricKey(size: .bits256)
    for (label, size, count) in [("1 KB", 1024, 20_000), ("5 MB", 5 << 20, 20)] {
        let data = randomBytes(size)
        let time = seconds {
            for _ in 0..<count {
                _ = SHA256.hash(data: data)
                _ = try? ChaChaPoly.seal(data, using: key)
            }
        }
        report("raw SHA-256 + ChaCha20-Poly1305, \(label)", Double(count) / time, "items/s")
        report("raw SHA-256 + ChaCha20-Poly1305, \(label)", Double(count * size) / time / 1_048_576, "MB/s")
    }
}

func sealing() throws {
    let vault = try freshVault()
    let small = (0..<2000).map { randomBytes(1000 + $0 % 48) }
    let oneByOne = try seconds { for bytes in small.prefix(500) { _ = try vault.seal([textItem(bytes)]) } }
    report("seal 1 KB texts, one transaction each", 500 / oneByOne, "items/s")
    let batched = try seconds {
        for start in stride(from: 500, to: 2000, by: 100) {
            _ = try vault.seal(small[start..<start + 100].map(textItem))
        }
    }
    report("seal 1 KB texts, 100 per transaction", 1500 / batched, "items/s")
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("bench-image-\(UUID().uuidString)")
    var total = 0.0
    for round in 0..<10 {
        try Data(randomBytes(5 << 20)).write(to: file)
        let item = NewItem(
            content: .file(file),
            mediaType: .unknown,
            source: ItemSource(kind: .file, fileName: "image-\(round)", importer: "bench", importerVersion: "1"),
            details: ItemDetails()
        )
        total += try seconds { _ = try vault.seal([item]) }
    }
    report("seal 5 MB files", 10 / total, "items/s")
    report("seal 5 MB files", 50 / total, "MB/s")
    try? FileManager.default.removeItem(at: file)
}

func scale(_ count: Int) throws {
    let vault = try freshVault()
    var sealed = 0
    while sealed < count {
        let batch = min(1000, count - sealed)
        _ = try vault.seal((0..<batch).map { textItem(Array("message \(sealed + $0) ".utf8) + randomBytes(900)) })
        sealed += batch
    }
    let unlock = try seconds { _ = try Vault.open(at: vault.directory, passphrase: passphrase) }
    report("unlock at \(count) items (KDF excluded)", unlock, "s")
    var intact = false
    let check = try seconds { intact = try vault.check().isIntact }
    report("check at \(count) items (intact: \(intact))", check, "s")
    try? FileManager.default.removeItem(at: vault.directory)
}

func kdf() throws {
    let calibrated = ScryptParameters.calibrated()
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("safehold-bench-kdf-\(UUID().uuidString)")
    let (vault, _) = try Vault.create(at: home, passphrase: passphrase, parameters: calibrated)
    let time = try seconds { _ = try Vault.open(at: vault.directory, passphrase: passphrase) }
    report("unlock with the calibrated KDF (logN \(calibrated.logN))", time, "s")
    try? FileManager.default.removeItem(at: home)
}

/// Seals one file of the given size and prints the peak memory; run once per size in its own process.
func memory(megabytes: Int) throws {
    let vault = try freshVault()
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("bench-memory-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: file.path, contents: nil)
    let handle = try FileHandle(forWritingTo: file)
    let chunk = Data(randomBytes(1 << 20))
    for _ in 0..<megabytes { handle.write(chunk) }
    try handle.close()
    let before = peakRSSMegabytes()
    _ = try vault.seal([
        NewItem(
            content: .file(file),
            mediaType: .unknown,
            source: ItemSource(kind: .file, importer: "bench", importerVersion: "1"),
            details: ItemDetails()
        )
    ])
    report("peak memory sealing one \(megabytes) MB file (before: \(Int(before)) MB)", peakRSSMegabytes(), "MB")
    try? FileManager.default.removeItem(at: file)
    try? FileManager.default.removeItem(at: vault.directory)
}

/// Generates an export (untimed), then imports it into a fresh vault and reports the rate and memory.
func importExport(format: String, messages: Int) throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("safehold-bench-import-\(UUID().uuidString)")
    let export = home.appendingPathComponent("export")
    if format == "x" {
        try ExportGenerator.xArchive(messages: messages, to: export)
    } else {
        try ExportGenerator.facebookExport(messages: messages, to: export)
    }
    let vault = try freshVault()
    var options = ImportOptions()
    options.recognizeText = false
    var summary: ImportSummary?
    let time = try seconds {
        var workflow = try ImportWorkflow(export, into: vault, options: options)
        summary = try workflow.run()
    }
    let records = summary?.found.values.reduce(0, +) ?? 0
    let megabytes = Double(summary?.bytes ?? 0) / 1_048_576
    report("import \(format) export, \(messages) messages: time", time, "s")
    report("import \(format) export, \(messages) messages: records", Double(records) / time, "records/s")
    report("import \(format) export, \(messages) messages: bytes", megabytes / time, "MB/s")
    report("import \(format) export, \(messages) messages: peak memory", peakRSSMegabytes(), "MB")
    try? FileManager.default.removeItem(at: home)
    try? FileManager.default.removeItem(at: vault.directory)
}

/// Seals `count` records as parts of one sealed file, without any parsing: the vault's share of an import.
func sealParts(count: Int) throws {
    let vault = try freshVault()
    let container = try vault.seal([textItem(randomBytes(1 << 20))])[0].record.id
    let source = ItemSource(kind: .export, fileName: "x.zip", pathInArchive: "data/direct-messages.js", importer: "bench", importerVersion: "1")
    var parts = [NewPart]()
    for index in 0..<count {
        var record = NormalizedRecord(kind: .message, platform: Platform("x")!, location: RecordLocation(path: "data/direct-messages.js", jsonPath: "$[0].dmConversation.messages[\(index)]", offset: UInt64(index * 250), length: 250))
        record.text = "please stop I saw you at the park call me now \(index)"
        record.author = AccountRef(id: "2002")
        record.createdAt = Timestamp(date: Date(timeIntervalSince1970: 1_790_000_000 + Double(index)))
        parts.append(NewPart(container: container, offset: UInt64(index * 250), bytes: Array(randomBytes(250)), mediaType: MediaType("application/json"), source: source, details: ItemDetails(platform: Platform("x"), author: "2002", postedAt: record.createdAt), record: record))
    }
    let time = try seconds {
        for start in stride(from: 0, to: count, by: 5000) { _ = try vault.seal(parts: Array(parts[start..<min(count, start + 5000)])) }
    }
    report("seal \(count) records as parts, 5,000 per transaction", Double(count) / time, "records/s")
}

/// Imports whatever is at `path` into a fresh vault and reports the rate and memory.
func importPath(_ path: String) throws {
    let vault = try freshVault()
    var options = ImportOptions()
    options.recognizeText = false
    var summary: ImportSummary?
    let time = try seconds {
        var workflow = try ImportWorkflow(URL(fileURLWithPath: path), into: vault, options: options)
        summary = try workflow.run()
    }
    let records = summary?.found.values.reduce(0, +) ?? 0
    report("import \((path as NSString).lastPathComponent): time", time, "s")
    report("import \((path as NSString).lastPathComponent): records", Double(records) / time, "records/s")
    report("import \((path as NSString).lastPathComponent): peak memory", peakRSSMegabytes(), "MB")
    try? FileManager.default.removeItem(at: vault.directory)
}

let suite = CommandLine.arguments.dropFirst().first ?? "all"
switch suite {
case "raw": rawCeiling()
case "bundle": try bundleAndReport(count: Int(CommandLine.arguments[2]) ?? 10_000)
case "seal": try sealing()
case "scale": try scale(Int(CommandLine.arguments[2]) ?? 10_000)
case "kdf": try kdf()
case "memory": try memory(megabytes: Int(CommandLine.arguments[2]) ?? 5)
case "seal-parts": try sealParts(count: Int(CommandLine.arguments[2]) ?? 100_000)
case "audit": try networkAudit(count: Int(CommandLine.arguments.dropFirst(2).first ?? "") ?? 100_000)
case "generate-whatsapp":
    try ExportGenerator.whatsAppChat(lines: Int(CommandLine.arguments[2])!, to: URL(fileURLWithPath: CommandLine.arguments[3]))
case "import-path": try importPath(CommandLine.arguments[2])
case "web-vault": try webVault(messages: Int(CommandLine.arguments[2]) ?? 100_000, at: CommandLine.arguments[3])
case "import-x": try importExport(format: "x", messages: Int(CommandLine.arguments[2]) ?? 100_000)
case "import-fb": try importExport(format: "facebook", messages: Int(CommandLine.arguments[2]) ?? 100_000)
default:
    rawCeiling()
    try sealing()
    try kdf()
    try scale(10_000)
}
