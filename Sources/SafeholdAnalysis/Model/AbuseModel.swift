public import Foundation
public import SafeholdText

/// Safehold's own abuse model: scores a message for threats, insults, identity attacks, sexism, sexual
/// harassment, profanity and toxicity, and shows which words drove each score.
///
/// It is a linear model over hashed word and character n-grams of the text folded with
/// `TextFolding.aggressive`, so disguised words score like plain ones. It is immutable; one value can
/// classify from many threads at once.
public struct AbuseModel: Sendable {
    let header: ModelHeader
    /// Int8 weights, bucket after bucket, one per label, and one zero byte after them so that scoring can read
    /// eight bytes at the last bucket. Only this copy is kept (the weights are about 8 MB).
    let paddedWeights: [Int8]
    /// The weights without the padding, as the model file holds them.
    var weights: [Int8] { Array(paddedWeights.dropLast()) }
    let extractor: FeatureExtractor

    /// The model's name and version, e.g. `safehold-abuse-12`; findings record it.
    public var version: String { header.version }

    /// The name of the shipped model's resource, without extension.
    public static let shippedName = "safehold-abuse-12"

    /// The model that ships with Safehold, loaded once and then shared.
    /// - Throws: ``AbuseModelError`` when the resource is missing or damaged.
    public static func shipped() throws -> AbuseModel {
        try shippedResult.get()
    }

    private static let shippedResult: Result<AbuseModel, AbuseModelError> = {
        guard let url = Bundle.module.url(forResource: shippedName, withExtension: "model") else {
            return .failure(AbuseModelError(.missingResource, "The abuse model is missing. Reinstall Safehold."))
        }
        do { return .success(try AbuseModel(contentsOf: url)) } catch let error as AbuseModelError {
            return .failure(error)
        } catch {
            return .failure(AbuseModelError(.unreadable, "The abuse model could not be read. Reinstall Safehold."))
        }
    }()

    /// Loads a model file.
    /// - Parameter url: A file written by `safehold-train`.
    /// - Throws: ``AbuseModelError`` when the file cannot be read, is cut short or is damaged.
    public init(contentsOf url: URL) throws {
        // Mapped rather than read: the bytes are checked and copied once into the weights, then released.
        let data: Data
        do { data = try Data(contentsOf: url, options: .alwaysMapped) } catch {
            throw AbuseModelError(.unreadable, "The model file \(url.lastPathComponent) could not be read.")
        }
        try self.init(data: data)
    }

    /// Reads a model from the bytes of a model file.
    /// - Parameter data: The whole file.
    /// - Throws: ``AbuseModelError`` when the bytes are not a complete, intact model.
    public init(data: Data) throws {
        let (header, padded) = try ModelFile.decode(data, padding: 1)
        try Self.requireResources(header.features)
        let unlearned = Self.unlearnedPlainWords(header)
        if header.features.plainWords > 0, unlearned == nil {
            throw AbuseModelError(
                .damaged,
                "The abuse model does not match the word list it was trained with. Reinstall Safehold."
            )
        }
        self.init(header: header, paddedWeights: padded, unlearned: unlearned)
    }

    /// The plain words the header says the model did not learn; nil when it names no list, or the list or its
    /// bits are missing or of the wrong length.
    static func unlearnedPlainWords(_ header: ModelHeader) -> PlainWords? {
        guard header.features.plainWords > 0, let list = PlainWords.shipped, let text = header.learnedPlainWords,
            let bits = Data(base64Encoded: text)
        else { return nil }
        return list.unlearned(Array(bits))
    }

    /// This model with the plain words it learned noted in its header (training calls this before calibrating).
    func withLearnedPlainWords(_ bits: [UInt8]) -> AbuseModel {
        var header = header
        header.learnedPlainWords = Data(bits).base64EncodedString()
        return AbuseModel(header: header, weights: weights)
    }

    /// The plain-word list the settings name, for a manifest: its file and how many words it holds; nil when the
    /// settings name none or it is missing.
    public static func plainWordList(_ features: FeatureSettings) -> (url: URL, words: Int)? {
        guard features.plainWords > 0, let url = PlainWords.shippedURL, let list = PlainWords.shipped else {
            return nil
        }
        return (url, list.count)
    }

    /// Checks that the resources the feature settings name are here: a model read without its word list would
    /// score every message differently from the model that was trained and measured.
    /// - Throws: ``AbuseModelError`` with code `missingResource` when they are not.
    public static func requireResources(_ features: FeatureSettings) throws {
        if features.plainWords > 0, PlainWords.shipped == nil {
            throw AbuseModelError(
                .missingResource,
                "The word list the abuse model needs is missing. Reinstall Safehold."
            )
        }
    }

    init(header: ModelHeader, weights: [Int8]) {
        self.init(header: header, paddedWeights: weights + [0], unlearned: Self.unlearnedPlainWords(header))
    }

    /// - Parameter unlearned: ``unlearnedPlainWords(_:)`` of the header, worked out once by the caller (it builds a
    ///   table of some 50,000 words).
    private init(header: ModelHeader, paddedWeights: [Int8], unlearned: PlainWords?) {
        self.header = header
        self.paddedWeights = paddedWeights
        extractor = FeatureExtractor(settings: header.features, unlearned: unlearned)
    }

    /// The model file's bytes, exactly as `safehold-train` writes them.
    public func fileData() throws -> Data {
        try ModelFile.encode(header: header, weights: weights)
    }

    /// Scores a text.
    /// - Parameter text: Any text, however long or strange; the cost grows linearly with its length.
    /// - Returns: Calibrated scores, the flagged labels and the words behind the labels that are flagged or close.
    public func classify(_ text: String) -> AbuseScores {
        classify(analyze(extractor.extract(text)))
    }

    /// Scores text already folded with `TextFolding.aggressive`, so that callers running other analyzers on
    /// the same folding (the partner-abuse rules) fold it once.
    /// - Parameter folded: The folded text; offsets in the answer are in its original.
    public func classify(folded: FoldedText) -> AbuseScores {
        classify(analyze(extractor.extract(folded: folded)))
    }

    /// Whether the words outside some parts of a text carry the label on their own: without the words that lie
    /// wholly inside one of the ranges (and the pairs they form with the words beside them), the label's score is
    /// at least its threshold and at least even odds. A label set aside because its words lie in an everyday
    /// phrase must not be carried by the words around it, since the spans show only a label's strongest words;
    /// even odds, because the thresholds are low (a quarter to a third) and a short remainder such as "I … at the
    /// gym today" sits near them by its common words alone.
    /// - Parameters:
    ///   - areas: Ranges of original offsets (Unicode scalars, end exclusive).
    ///   - folded: The text, folded with `TextFolding.aggressive`.
    public func flags(_ label: AbuseLabel, outside areas: [Range<Int>], folded: FoldedText) -> Bool {
        guard let index = header.labels.firstIndex(where: { $0.label == label }) else { return false }
        let analysis = analyze(extractor.extract(folded: folded))
        let features = analysis.features
        let inside = features.tokens.map { range in
            let original = folded.originalRange(of: range)
            return areas.contains { $0.lowerBound <= original.lowerBound && original.upperBound <= $0.upperBound }
        }
        var share: Float = 0
        for token in features.tokens.indices where inside[token] {
            share += analysis.contribution(token: token, label: index)
        }
        // A pair of words gives half its weight to each: a pair with one word inside leaves its other half on
        // the word outside ("I killed" in "I killed it at the gym"), which goes too.
        for pair in features.bigrams.indices where inside[pair] != inside[pair + 1] {
            share +=
                Float(paddedWeights[Int(features.bigrams[pair]) * header.columns + index]) / 2
                * header.labels[index].scale
        }
        let logit = analysis.logits[index] - features.norm * share
        return calibrated(logit, header.labels[index]) >= max(0.5, header.labels[index].threshold)
    }

    private func classify(_ analysis: TextAnalysis) -> AbuseScores {
        var scores = [AbuseLabel: Double](minimumCapacity: header.labels.count)
        var flagged = Set<AbuseLabel>(minimumCapacity: header.labels.count)
        var spans: [AbuseSpan] = []
        var groupNamingOnly: Set<AbuseLabel> = []
        for (index, parameters) in header.labels.enumerated() {
            let score = calibrated(analysis.logits[index], parameters)
            scores[parameters.label] = score
            if score >= parameters.threshold {
                flagged.insert(parameters.label)
                if restsOnGroupWords(analysis, label: index, parameters: parameters) {
                    groupNamingOnly.insert(parameters.label)
                }
            }
            var words = labelSpans(
                analysis,
                label: index,
                parameters: parameters,
                score: score,
                words: header.span?.threshold
            )
            // A flagged label always shows at least the word that pushed it up most, so a person can see why, and
            // so that the rules' context (an everyday phrase, counter-speech) can be checked against it. Training
            // and the held-out span figures read `labelSpans` alone, so the model and its figures stay as they were.
            if words.isEmpty, score >= parameters.threshold,
                let strongest = analysis.strongestToken(label: index, parameters: parameters)
            {
                words = [strongest]
            }
            spans += words
        }
        spans.sort { ($0.start, $0.label) < ($1.start, $1.label) }
        var result = AbuseScores(
            scores: scores,
            flagged: flagged,
            spans: spans,
            groupNamingOnly: groupNamingOnly,
            namesAGroup: !analysis.features.groupTokens.isEmpty
        )
        // Looked for only when profanity is flagged, so most texts build no words for it.
        result.hasProfaneWord = flagged.contains(.profanity) && Self.holdsProfaneWord(analysis.features)
        result.speaksOfGender = analysis.features.hasGenderedToken
        result.speaksOfViolence = analysis.features.hasViolentToken
        result.speaksWithHostility = analysis.features.hasHostileToken
        return result
    }

    /// Whether any token of the folded text is a word of ``ProfaneWords``: whole words were marked as the features
    /// were read; compounds ("horseshit") are looked for here, in the scalars, without building text.
    private static func holdsProfaneWord(_ features: ExtractedFeatures) -> Bool {
        if features.hasProfaneToken { return true }
        let scalars = features.folded.scalars
        return features.tokens.contains { range in
            range.count > 4 && range.count <= 40 && ProfaneWords.isCompound(scalars[range])
        }
    }

    /// Whether a flagged label rests on the words that name a group: without their share, the rest of the text
    /// would score under ``groupNamingCeiling(_:)`` of the way from no evidence (the bias alone) to the threshold.
    private func restsOnGroupWords(_ analysis: TextAnalysis, label index: Int, parameters: LabelParameters) -> Bool {
        guard !analysis.features.groupTokens.isEmpty else { return false }
        let rest = calibrated(analysis.logitWithoutGroupWords(label: index), parameters)
        let floor = calibrated(parameters.bias, parameters)
        return rest < floor + Self.groupNamingCeiling(parameters.label) * (parameters.threshold - floor)
    }

    /// How far towards the threshold the rest of a text may come and still leave a label resting on group words.
    ///
    /// For most labels, anything short of the threshold: the rest would not be flagged on its own. Sexism is about
    /// women by definition, and much of it is said in words that are harmless alone ("women belong at home"), so
    /// there the rest must come no more than a quarter of the way. Measured on the held-out portions (BENCHMARKS.md,
    /// 2026-12-06): at 1.0 for sexism EDOS macro-F1 fell from .732 to .706; at a quarter it stays at .734 with a
    /// fifth fewer false flags, while "I love being a woman in tech" is no longer read as sexist.
    public static func groupNamingCeiling(_ label: AbuseLabel) -> Double {
        label == .sexism ? 0.25 : 1
    }

    /// The score at and above which a label is flagged.
    public func threshold(for label: AbuseLabel) -> Double {
        header.labels.first { $0.label == label }?.threshold ?? 0.5
    }

    /// The words behind one label once its score reaches the span gate: the words the word model marks (with
    /// `words`, its threshold) that pushed the label up, or, when it marks none of a flagged label's words or
    /// there is no word model, the label's strongest words.
    func labelSpans(
        _ analysis: TextAnalysis,
        label index: Int,
        parameters: LabelParameters,
        score: Double,
        words: Float?
    ) -> [AbuseSpan] {
        guard score >= parameters.spanGate else { return [] }
        if let words {
            let marked = analysis.spans(label: index, parameters: parameters, wordThreshold: words)
            guard marked.isEmpty, score >= parameters.threshold else { return marked }
        }
        return analysis.spans(label: index, parameters: parameters, wordThreshold: nil)
    }

    func calibrated(_ logit: Float, _ parameters: LabelParameters) -> Double {
        let z = parameters.plattA * Double(logit) + parameters.plattB
        return 1 / (1 + Foundation.exp(-z))
    }
}
