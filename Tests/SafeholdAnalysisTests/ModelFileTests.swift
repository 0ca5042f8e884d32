import Foundation
import SafeholdAnalysis
import Testing

@Suite("Model file")
struct ModelFileTests {
    static let bytes = try! AbuseModel.shipped().fileData()

    @Test("writing and reading a model gives the same bytes")
    func roundTrip() throws {
        #expect(try AbuseModel(data: Self.bytes).fileData() == Self.bytes)
    }

    @Test("a model file cut short is refused", arguments: [0, 4, 12, 40, 1000, 100_000, -1])
    func truncated(length: Int) {
        let cut = Self.bytes.prefix(length >= 0 ? length : Self.bytes.count - 1)
        #expect(throws: AbuseModelError.self) { try AbuseModel(data: Data(cut)) }
    }

    @Test("a changed byte anywhere is caught", arguments: [0.00005, 0.0005, 0.01, 0.5, 0.9999])
    func flippedByte(position: Double) {
        let offset = Int(Double(Self.bytes.count) * position)
        var damaged = Self.bytes
        damaged[offset] ^= 0x40
        #expect(throws: AbuseModelError.self) { try AbuseModel(data: damaged) }
    }

    @Test("a file that is not a model says so")
    func notAModel() {
        #expect {
            try AbuseModel(data: Data("hello, this is a text file".utf8))
        } throws: { ($0 as? AbuseModelError)?.code == .notAModel }
    }

    @Test("a missing file gives a plain error")
    func missingFile() {
        #expect {
            try AbuseModel(contentsOf: URL(fileURLWithPath: "/nonexistent/safehold.model"))
        } throws: { ($0 as? AbuseModelError)?.code == .unreadable }
    }

    @Test("a model file on disk is read whole, and a damaged or empty one is refused without loading")
    func filesOnDisk() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("safehold-model-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.model")
        try Self.bytes.write(to: good)
        #expect(try AbuseModel(contentsOf: good).fileData() == Self.bytes)
        var flipped = Self.bytes
        flipped[Self.bytes.count / 2] ^= 0x01
        for (name, data) in [("empty", Data()), ("cut", Self.bytes.prefix(5_000)), ("flipped", flipped)] {
            let url = folder.appendingPathComponent("\(name).model")
            try data.write(to: url)
            #expect(throws: AbuseModelError.self) { try AbuseModel(contentsOf: url) }
        }
        #expect(throws: AbuseModelError.self) { try AbuseModel(contentsOf: folder) }
    }

    @Test("a model's bytes that start partway into a larger buffer read the same")
    func slicedBytes() throws {
        let padded = Data([0xFF, 0xFE, 0xFD]) + Self.bytes
        #expect(try AbuseModel(data: padded.dropFirst(3)).fileData() == Self.bytes)
    }

    @Test("the shipped model has a word model and is written as format 2")
    func formatTwo() {
        #expect(Self.bytes[8] == 2)
    }

    @Test("a format 1 file (no word model) still loads and finds words with the label weights alone")
    func formatOne() throws {
        var settings = AbuseTrainerTests.settings
        settings.spanEpochs = 0
        let model = AbuseTrainer(settings: settings).train(AbuseTrainerTests.rows)
        let data = try model.fileData()
        #expect(data[8] == 1)
        let loaded = try AbuseModel(data: data)
        #expect(try loaded.fileData() == data)
        #expect(loaded.classify("you stupid idiot").flagged.contains(.insult))
    }

    @Test("a format number that does not fit the description, or is newer, is refused")
    func formatMismatch() {
        var older = Self.bytes
        older[8] = 1
        #expect { try AbuseModel(data: older) } throws: { ($0 as? AbuseModelError)?.code == .damaged }
        var newer = Self.bytes
        newer[8] = 3
        #expect { try AbuseModel(data: newer) } throws: { ($0 as? AbuseModelError)?.code == .unsupportedVersion }
    }
}
