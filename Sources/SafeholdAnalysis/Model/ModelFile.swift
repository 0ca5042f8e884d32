import Foundation

/// What the model file says about one label.
struct LabelParameters: Sendable, Hashable, Codable {
    /// The label.
    var label: AbuseLabel
    /// The raw logit before any word is counted.
    var bias: Float
    /// A stored weight times this is the real weight.
    var scale: Float
    /// Platt calibration: score = sigmoid(plattA × logit + plattB).
    var plattA: Double
    var plattB: Double
    /// The calibrated score at and above which the label is flagged.
    var threshold: Double
    /// A word whose own contribution to the raw logit reaches this is part of the label's spans.
    var spanThreshold: Float
    /// The calibrated score at and above which the label's spans are given (at most ``threshold``).
    var spanGate: Double
    /// A span word must also reach this share of the text's strongest word for the label.
    var spanShare: Float
}

/// The word model: one more weight per bucket, learned from words people marked as toxic (SemEval-2021 Task 5),
/// that says which words of a text are the abusive ones.
struct SpanParameters: Sendable, Hashable, Codable {
    /// The raw word logit before any feature is counted.
    var bias: Float
    /// A stored weight times this is the real weight.
    var scale: Float
    /// A word whose logit (bias plus its features, and half of each pair it is in) reaches this is abusive.
    var threshold: Float
}

/// The readable part of a model file.
struct ModelHeader: Sendable, Hashable, Codable {
    /// The model's name and version, e.g. `safehold-abuse-12`.
    var version: String
    /// How text becomes features.
    var features: FeatureSettings
    /// One entry per label, in ``AbuseLabel/allCases`` order.
    var labels: [LabelParameters]
    /// The word model, when the file has one (format 2); its weight follows the labels' in each bucket.
    var span: SpanParameters?
    /// Base64 of one bit a word of the plain-word list the features name (``PlainWords``), in list order: set
    /// when training saw the word in at least `minFeatureRows` rows. The others give no character n-grams.
    var learnedPlainWords: String?

    /// Weights per bucket: one per label, and one for the word model.
    var columns: Int { labels.count + (span == nil ? 0 : 1) }
}

/// The binary layout: magic, format version, header length, JSON header, Int8 weights (bucket after bucket,
/// one byte per label, then one for the word model in format 2) and a checksum of everything before it. All
/// integers little-endian. Format 1 files (no word model) still load.
enum ModelFile {
    static let magic: [UInt8] = Array("SHABUSE\u{0}".utf8)
    static let formatVersion: UInt32 = 2

    static func encode(header: ModelHeader, weights: [Int8]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try encoder.encode(header)
        var data = Data(magic)
        append(header.span == nil ? 1 : formatVersion, to: &data)
        append(UInt32(json.count), to: &data)
        data.append(json)
        weights.withUnsafeBytes { data.append(contentsOf: $0) }
        append(checksum(data), to: &data)
        return data
    }

    /// Reads a model file's bytes in place: only the weights are copied out (the file is about 8 MB, and every
    /// `safehold classify` and analysis run loads it), followed by `padding` zero bytes.
    static func decode(_ data: Data, padding: Int = 0) throws -> (header: ModelHeader, weights: [Int8]) {
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) throws -> (header: ModelHeader, weights: [Int8]) in
            guard bytes.count >= magic.count, bytes.prefix(magic.count).elementsEqual(magic) else {
                throw AbuseModelError(.notAModel, "This file is not a Safehold abuse model.")
            }
            guard bytes.count >= 16 else { throw truncated() }
            let format = read(UInt32.self, bytes, at: 8)
            guard (1...formatVersion).contains(format) else {
                throw AbuseModelError(.unsupportedVersion, "This model file needs a newer version of Safehold.")
            }
            let headerLength = Int(read(UInt32.self, bytes, at: 12))
            guard headerLength <= bytes.count, bytes.count >= 16 + headerLength + 8 else { throw truncated() }
            let header = try decodeHeader(Data(bytes[16..<16 + headerLength]))
            guard (header.span != nil) == (format >= 2) else {
                throw damaged("its description does not fit its format")
            }
            let weightCount = header.features.bucketCount * header.columns
            let end = 16 + headerLength + weightCount
            guard bytes.count >= end + 8 else { throw truncated() }
            guard bytes.count == end + 8 else { throw damaged("it has extra bytes at the end") }
            guard read(UInt64.self, bytes, at: end) == checksum(UnsafeRawBufferPointer(rebasing: bytes[0..<end]))
            else {
                throw damaged("its contents do not match its checksum")
            }
            let stored = UnsafeRawBufferPointer(rebasing: bytes[16 + headerLength..<end])
            let weights = [Int8](unsafeUninitializedCapacity: weightCount + padding) { buffer, count in
                let raw = UnsafeMutableRawBufferPointer(buffer)
                raw.copyMemory(from: stored)
                raw[weightCount...].initializeMemory(as: UInt8.self, repeating: 0)
                count = weightCount + padding
            }
            return (header, weights)
        }
    }

    private static func decodeHeader(_ json: Data) throws -> ModelHeader {
        guard let header = try? JSONDecoder().decode(ModelHeader.self, from: json) else {
            throw damaged("its description cannot be read")
        }
        guard header.features.isValid, header.labels.map(\.label) == AbuseLabel.ordered,
            header.labels.allSatisfy({ $0.scale.isFinite && $0.bias.isFinite && $0.plattA.isFinite }),
            header.span.map({ $0.bias.isFinite && $0.scale.isFinite && $0.threshold.isFinite }) ?? true
        else { throw damaged("its description does not make sense") }
        return header
    }

    private static func truncated() -> AbuseModelError {
        AbuseModelError(.truncated, "The model file is cut short. Reinstall Safehold to get a complete copy.")
    }

    private static func damaged(_ why: String) -> AbuseModelError {
        AbuseModelError(.damaged, "The model file is damaged (\(why)). Reinstall Safehold to get a good copy.")
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    private static func read<T: FixedWidthInteger>(_: T.Type, _ bytes: UnsafeRawBufferPointer, at offset: Int) -> T {
        var value: T = 0
        for index in 0..<MemoryLayout<T>.size { value |= T(bytes[offset + index]) << (8 * index) }
        return value
    }

    /// FNV-1a over 8-byte words (and the tail byte by byte): cheap enough to check 8 MB at every load.
    static func checksum(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { checksum($0) }
    }

    static func checksum(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01B3
        let words = raw.count / 8
        for index in 0..<words {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self).littleEndian) &* prime
        }
        for index in (words * 8)..<raw.count { hash = (hash ^ UInt64(raw[index])) &* prime }
        return hash ^ UInt64(raw.count)
    }
}
