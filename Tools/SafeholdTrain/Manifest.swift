import Crypto
import Foundation
import SafeholdAnalysis

/// What the shipped model was trained on and how well it does; written next to the model.
struct Manifest: Codable {
    struct InputFile: Codable {
        var path: String
        var sha256: String
        var bytes: Int
        var rows: Int
    }

    struct PortionCounts: Codable {
        var source: String
        var train: Int
        var calibration: Int
        var test: Int
    }

    var model: String
    var modelFile: String
    var modelSHA256: String
    var modelBytes: Int
    var command: String
    var inputs: [InputFile]
    /// The plain-word list the model was calibrated with (its `rows` are its words), when it names one.
    var plainWords: InputFile?
    var heldOutSplit: String
    var portions: [PortionCounts]
    var labelMapping: [String: String]
    var trainingSettings: TrainingSettings
    var learner: String
    var testMetrics: EvaluationReport

    static func make(
        loaded: AbuseDataSets.Loaded,
        dataDirectory: URL,
        modelData: Data,
        settings: TrainingSettings,
        report: EvaluationReport
    ) throws -> Manifest {
        let inputs = try loaded.files.map { file in
            let bytes = try Data(contentsOf: dataDirectory.appendingPathComponent(file.path))
            return InputFile(path: file.path, sha256: hex(bytes), bytes: bytes.count, rows: file.rows)
        }
        let plainWords = try AbuseModel.plainWordList(settings.features).map { list in
            let bytes = try Data(contentsOf: list.url)
            return InputFile(
                path: "Sources/SafeholdAnalysis/Resources/\(list.url.lastPathComponent)",
                sha256: hex(bytes),
                bytes: bytes.count,
                rows: list.words
            )
        }
        let sources = Array(Set(loaded.examples.map(\.source))).sorted()
        let portions = sources.map { source in
            let rows = loaded.examples.filter { $0.source == source }
            return PortionCounts(
                source: source,
                train: rows.filter { $0.portion == .train }.count,
                calibration: rows.filter { $0.portion == .calibration }.count,
                test: rows.filter { $0.portion == .test }.count
            )
        }
        return Manifest(
            model: settings.version,
            modelFile: "\(AbuseModel.shippedName).model",
            modelSHA256: hex(modelData),
            modelBytes: modelData.count,
            command:
                "swift run -c release safehold-train train --data ../shared/data/abuse --out Sources/SafeholdAnalysis/Resources",
            inputs: inputs,
            plainWords: plainWords,
            heldOutSplit: SplitPortion.rule,
            portions: portions,
            labelMapping: mapping,
            trainingSettings: settings,
            learner: learner,
            testMetrics: report
        )
    }

    func write(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try encoder.encode(self).write(to: url)
    }

    static func hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    static let learner =
        "text folded with SafeholdText .aggressive; hashed word unigrams, word bigrams and character 2-5-grams "
        + "inside word boundaries, plus word-class features (harm, weapon, death, reader, intent, sexual, others, "
        + "seeking; the project's own short lists) and pairs with a class word; words in a negation's scope "
        + "(negationScope content words after not/never/n't, ended by punctuation or words such as hesitate, make; "
        + "carried past a negated verb of thinking or saying, and cancelled by a second negation after one) "
        + "give a marked unigram and no character n-grams (2^bucketBits buckets), counts scaled by 1/sqrt(max(count, normFloor)); "
        + "once trained, a word of the plain-words list (plainWords, Debian's wamerican) seen in fewer than "
        + "minFeatureRows training rows (one bit a word in the model header; swear words, slurs and group names "
        + "excepted) gives no character n-grams either, in calibration and in use; multi-label logistic regression "
        + "with masked loss for labels a set does not annotate, AdaGrad on one thread, positive rows weighted (negatives/positives)^positiveWeightPower up to maxPositiveWeight, SplitMix64 shuffle, one bias "
        + "per data set and label during training (their mean ships); Int8 weights with one scale per label; "
        + "Platt scaling weighted to a reference mix (label share 10-30 %) with a no-evidence anchor, and a "
        + "threshold per label with the best weighted F1 averaged over a window of +-0.05 (grid of 0.005; at "
        + "least the no-evidence score + 0.15) on the calibration "
        + "portion; one span threshold "
        + "(a word's own logit contribution) chosen for mean SemEval-2021 span F1 on the calibration portion of "
        + "the SemEval train split"

    static let mapping: [String: String] = [
        "toxic-spans":
            "per comment over its annotators: a type used by at least a third of them is true, by none false, "
            + "otherwise unknown; Insult→insult, Threat→threat, Identity based Attack→identity_attack, "
            + "Profane/Obscene→profanity, any span or 'all toxic'→toxicity",
        "semeval2021-train": "toxic character offsets only; calibration rows tune the span threshold",
        "semeval2021-trial": "toxic character offsets only; always test (span F1)",
        "edos-sexism":
            "sexism for every row; sexual_harassment false for rows not sexist; for sexist rows: 1.x→threat true (else false), 2.3→sexual_harassment "
            + "true (else false), 2.x and 3.1→insult and toxicity true, 1.x→toxicity true; unknown otherwise",
        "davidson-hate-offensive": "hate→identity_attack, insult, toxicity; offensive→profanity, toxicity (and "
            + "identity_attack false when no coder voted hate); neither→all four false",
        "jigsaw-binary": "toxic→toxicity",
    ]
}
