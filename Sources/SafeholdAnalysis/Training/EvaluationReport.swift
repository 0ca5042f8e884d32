/// The model's quality on one portion of every data set.
public struct EvaluationReport: Sendable, Hashable, Codable {
    /// One label's figures on one data set.
    public struct LabelFigures: Sendable, Hashable, Codable {
        /// The label.
        public var label: AbuseLabel
        /// Rows where the data set says something about the label.
        public var rows: Int
        /// Of those, rows where it applies.
        public var positives: Int
        /// Area under the ROC curve of the score; `nil` when one class is missing.
        public var rocAUC: Double?
        /// F1 of the flagged decision.
        public var f1: Double
        /// Precision of the flagged decision.
        public var precision: Double
        /// Recall of the flagged decision.
        public var recall: Double
        /// Mean of both classes' F1 (reported for EDOS sexism, task A).
        public var macroF1: Double
    }

    /// The figures of one data set.
    public struct SetFigures: Sendable, Hashable, Codable {
        /// The data set.
        public var source: String
        /// Rows measured.
        public var rows: Int
        /// Per label, for the labels the set has.
        public var labels: [LabelFigures]
        /// Mean SemEval-2021 Task 5 span F1, for sets with spans.
        public var spanF1: Double?
    }

    /// Which portion was measured.
    public var portion: SplitPortion
    /// One entry per data set, sorted by name.
    public var sets: [SetFigures]

    /// Measures a model on one portion of the rows.
    /// - Parameters:
    ///   - model: The model.
    ///   - examples: Rows of every data set.
    ///   - portion: Usually ``SplitPortion/test``.
    public init(model: AbuseModel, examples: [TrainingExample], portion: SplitPortion) {
        self.portion = portion
        let rows = examples.filter { $0.portion == portion }
        let analyses = ParallelMap.map(rows) { model.analyze(model.extractor.extract($0.text)) }
        let sources = Array(Set(rows.map(\.source))).sorted()
        sets = sources.map { source in
            let picked = rows.indices.filter { rows[$0].source == source }
            return Self.figures(
                source,
                model: model,
                rows: picked.map { rows[$0] },
                analyses: picked.map { analyses[$0] }
            )
        }
    }

    private static func figures(_ source: String, model: AbuseModel, rows: [TrainingExample], analyses: [TextAnalysis])
        -> SetFigures
    {
        var labels: [LabelFigures] = []
        for (index, parameters) in model.header.labels.enumerated() {
            let known = rows.indices.filter { rows[$0].labels[parameters.label] != nil }
            guard !known.isEmpty else { continue }
            let truths = known.map { rows[$0].labels[parameters.label]! }
            let scores = known.map { model.calibrated(analyses[$0].logits[index], parameters) }
            let confusion = Metrics.Confusion(predicted: scores.map { $0 >= parameters.threshold }, labels: truths)
            labels.append(
                LabelFigures(
                    label: parameters.label,
                    rows: known.count,
                    positives: truths.filter { $0 }.count,
                    rocAUC: Metrics.rocAUC(scores: scores, labels: truths),
                    f1: confusion.f1,
                    precision: confusion.precision,
                    recall: confusion.recall,
                    macroF1: confusion.macroF1
                )
            )
        }
        let spanRows = rows.indices.filter { rows[$0].spans != nil }
        let spanF1: Double? =
            spanRows.isEmpty
            ? nil
            : spanRows.map { Metrics.spanF1(predicted: model.spanOffsets(analyses[$0]), gold: Set(rows[$0].spans!)) }
                .reduce(0, +) / Double(spanRows.count)
        return SetFigures(source: source, rows: rows.count, labels: labels, spanF1: spanF1)
    }
}
