extension AbuseTrainer {
    /// Candidate span thresholds, in units of a word's own raw contribution to the logit.
    static let spanGrid: [Float] = stride(from: 0, through: 30, by: 0.5).map { Float($0) }

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
                floor: min(0.5, noEvidence + 0.15)
            )
        }
        let withThresholds = AbuseModel(header: header, weights: model.weights)
        // Spans are tuned on SemEval-2021 Task 5 rows only: its gold offsets are what the task measures, while the
        // Toxic Spans offsets built here from raw votes (see `AbuseDataSets.toxicSpans`) only add training words.
        let spanRows = rows.filter { $0.spans != nil && $0.source.hasPrefix("semeval") }
        guard !spanRows.isEmpty else { return withThresholds }
        let rule = bestSpanRule(withThresholds, rows: spanRows)
        for index in header.labels.indices {
            header.labels[index].spanGate = rule.gate * header.labels[index].threshold
            if header.span == nil {
                header.labels[index].spanThreshold = rule.threshold
                header.labels[index].spanShare = rule.share
            }
        }
        header.span?.threshold = rule.threshold
        return AbuseModel(header: header, weights: model.weights)
    }

    /// Candidate span gates, as shares of each label's threshold.
    static let gateGrid: [Double] = [0, 0.25, 0.5, 0.75, 1]

    /// Candidate shares of the strongest word a span word must reach.
    static let shareGrid: [Float] = [0, 0.25, 0.5, 0.75, 0.9]

    /// Candidate word-model thresholds, in logits.
    static let wordGrid: [Float] = stride(from: -3, through: 3, by: 0.25).map { Float($0) }

    /// The word threshold (the word model's when there is one), gate and share with the best mean SemEval span
    /// F1 over the rows.
    static func bestSpanRule(_ model: AbuseModel, rows: [TrainingExample]) -> (
        threshold: Float, gate: Double, share: Float
    ) {
        let analyses = ParallelMap.map(rows) { model.analyze(model.extractor.extract($0.text)) }
        let golds = rows.map { Set($0.spans ?? []) }
        let hasWordModel = model.header.span != nil
        var best = (f1: -1.0, threshold: Float(1), gate: 1.0, share: Float(0))
        for gate in gateGrid {
            for share in hasWordModel ? [0] : shareGrid {
                for candidate in hasWordModel ? wordGrid : spanGrid {
                    var rule = model.header.labels
                    for index in rule.indices {
                        rule[index].spanThreshold = candidate
                        rule[index].spanGate = gate * rule[index].threshold
                        rule[index].spanShare = share
                    }
                    var total = 0.0
                    let word: Float? = hasWordModel ? candidate : nil
                    for (analysis, gold) in zip(analyses, golds) {
                        total += Metrics.spanF1(
                            predicted: model.spanOffsets(analysis, labels: rule, wordThreshold: word),
                            gold: gold
                        )
                    }
                    if total > best.f1 { best = (total, candidate, gate, share) }
                }
            }
        }
        return (best.threshold, best.gate, best.share)
    }
}

extension AbuseModel {
    /// Every original offset inside a span that ``classify(_:)`` would give: what SemEval-2021 Task 5 compares.
    func spanOffsets(_ analysis: TextAnalysis, labels: [LabelParameters]? = nil, wordThreshold: Float? = nil)
        -> Set<Int>
    {
        var offsets: Set<Int> = []
        for (index, parameters) in (labels ?? header.labels).enumerated()
        where calibrated(analysis.logits[index], parameters) >= parameters.spanGate {
            for span in analysis.spans(label: index, parameters: parameters, wordThreshold: wordThreshold) {
                offsets.formUnion(span.start..<span.end)
            }
        }
        return offsets
    }
}
