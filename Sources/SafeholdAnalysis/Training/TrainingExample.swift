/// Which part of the data a row belongs to; held-out rows are never trained on.
public enum SplitPortion: String, Sendable, Hashable, Codable, CaseIterable {
    /// Rows the weights are fitted on.
    case train
    /// Held-out rows used to calibrate scores and pick thresholds.
    case calibration
    /// Held-out rows used only to report quality.
    case test

    /// The documented rule: FNV-1a 64 of the UTF-8 of the text with surrounding white space removed, modulo
    /// 100; 0–9 calibration, 10–19 test, the rest train. The same text lands in the same portion in every set.
    public static func of(text: String) -> SplitPortion {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.trimmingWhitespace().utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        switch hash % 100 {
        case 0..<10: return .calibration
        case 10..<20: return .test
        default: return .train
        }
    }

    /// The rule in words, for the manifest.
    public static let rule =
        "FNV-1a 64 of the UTF-8 text (surrounding white space removed) mod 100: 0-9 calibration, 10-19 test, "
        + "20-99 train; SemEval-2021 trial texts are always test"
}

/// One labelled text from a data set.
public struct TrainingExample: Sendable, Hashable {
    /// The data set it comes from, e.g. `edos-sexism`.
    public var source: String
    /// The text.
    public var text: String
    /// What the data set says about each label; a label it says nothing about is absent, not false.
    public var labels: [AbuseLabel: Bool]
    /// Toxic character offsets (Unicode scalars) when the data set marks spans.
    public var spans: [Int]?
    /// Train, calibration or test.
    public var portion: SplitPortion

    /// Creates an example.
    /// - Parameters:
    ///   - source: The data set's name.
    ///   - text: The text.
    ///   - labels: Known labels only.
    ///   - spans: Toxic character offsets, if known.
    ///   - portion: The split portion; by default from ``SplitPortion/of(text:)``.
    public init(
        source: String,
        text: String,
        labels: [AbuseLabel: Bool],
        spans: [Int]? = nil,
        portion: SplitPortion? = nil
    ) {
        self.source = source
        self.text = text
        self.labels = labels
        self.spans = spans
        self.portion = portion ?? SplitPortion.of(text: text)
    }
}

extension String {
    func trimmingWhitespace() -> Substring {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return slice
    }
}
