extension AbuseTrainer {
    /// Candidate span thresholds, in units of a word's own raw contribution to the logit.
    static let spanGrid: [Float] = stride(from: 0, through: 30, by: 0.25).map { Float($0) }

    /// Fits Platt scaling and an F1-best threshold per label, then the span threshold, on held-out rows.
    static func calibrate(_ model: AbuseModel, on rows: [TrainingExample]) -> AbuseModel {
        var header = model.header
        let labelled = rows.filter { !$0.labels.isEmpty }
        let logits = ParallelMap.map(labelled) { model.analyze(model.extractor.extract($0.text)).logits }
        for (index, label) in AbuseLabel.ordered.enumerated() {
            var values: [Double] = []
            var truths: [Bool] = []
            var sources: [String] = []
            for (row, rowLogits) in zip(labelled, logits) {
                guard let truth = row.labels[label] else { continue }
                values.append(Double(rowLogits[index]))
                truths.append(truth)
                sources.append(row.source)
            }
            var weights = Calibration.weights(sources: sources, labels: truths)
            // A text with no evidence at all (its logit is the bias) is not abuse. The data sets hold no short
            // chit-chat, so without this anchor "ok" or "hi" would sit near the middle of the scale.
            values.append(Double(model.header.labels[index].bias))
            truths.append(false)
            weights.append(Calibration.anchorShare * zip(truths, weights).filter { !$0.0 }.map(\.1).reduce(0, +))
            let (a, b) = Calibration.platt(logits: values, labels: truths, weights: weights)
            header.labels[index].plattA = a
            header.labels[index].plattB = b
            let scores = values.map { model.calibrated(Float($0), header.labels[index]) }
            let noEvidence = model.calibrated(header.labels[index].bias, header.labels[index])
            header.labels[index].threshold = Calibration.bestThreshold(
                scores: scores,
                labels: truths,
                weights: weights,
                floor: min(0.5, 2 * noEvidence)
            )
        }
        let withThresholds = AbuseModel(header: header, weights: model.weights)
        let spanRows = rows.filter { $0.spans != nil }
        guard !spanRows.isEmpty else { return withThresholds }
        let threshold = bestSpanThreshold(withThresholds, rows: spanRows)
        for index in header.labels.indices { header.labels[index].spanThreshold = threshold }
        return AbuseModel(header: header, weights: model.weights)
    }

    /// The span threshold with the best mean SemEval span F1 over the rows.
    static func bestSpanThreshold(_ model: AbuseModel, rows: [TrainingExample]) -> Float {
        let analyses = ParallelMap.map(rows) { model.analyze(model.extractor.extract($0.text)) }
        var best = (f1: -1.0, threshold: Float(1))
        for candidate in spanGrid {
            var total = 0.0
            for (row, analysis) in zip(rows, analyses) {
                let predicted = model.spanOffsets(analysis, spanThreshold: candidate)
                total += Metrics.spanF1(predicted: predicted, gold: Set(row.spans ?? []))
            }
            if total > best.f1 { best = (total, candidate) }
        }
        return best.threshold
    }
}

extension AbuseModel {
    /// Every original offset inside a span of a flagged label: what SemEval-2021 Task 5 compares.
    func spanOffsets(_ analysis: TextAnalysis, spanThreshold: Float? = nil) -> Set<Int> {
        var offsets: Set<Int> = []
        for (index, parameters) in header.labels.enumerated()
        where calibrated(analysis.logits[index], parameters) >= parameters.threshold {
            var adjusted = parameters
            if let spanThreshold { adjusted.spanThreshold = spanThreshold }
            for span in analysis.spans(label: index, parameters: adjusted) { offsets.formUnion(span.start..<span.end) }
        }
        return offsets
    }
}
