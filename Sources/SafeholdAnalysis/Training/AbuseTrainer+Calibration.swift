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
        // First the rule that picks a label's strongest words, which a model without a word model uses and a
        // model with one falls back on for a flagged label none of whose words it marks ("women should stay in
        // the kitchen" is sexist without an abusive word); then, with that fallback in place, the word model's
        // threshold and the gate.
        let strongest = bestSpanRule(withThresholds, rows: spanRows, words: false)
        for index in header.labels.indices {
            header.labels[index].spanGate = strongest.gate * header.labels[index].threshold
            header.labels[index].spanThreshold = strongest.threshold
            header.labels[index].spanShare = strongest.share
        }
        guard header.span != nil else { return AbuseModel(header: header, weights: model.weights) }
        let withFallback = AbuseModel(header: header, weights: model.weights)
        let words = bestSpanRule(withFallback, rows: spanRows, words: true)
        for index in header.labels.indices {
            header.labels[index].spanGate = words.gate * header.labels[index].threshold
        }
        header.span?.threshold = words.threshold
        return AbuseModel(header: header, weights: model.weights)
    }

    /// Candidate span gates, as shares of each label's threshold.
    static let gateGrid: [Double] = [0, 0.25, 0.5, 0.75, 1]

    /// Candidate shares of the strongest word a span word must reach.
    static let shareGrid: [Float] = [0, 0.25, 0.5, 0.75, 0.9]

    /// Candidate word-model thresholds, in logits.
    static let wordGrid: [Float] = stride(from: -3, through: 3, by: 0.25).map { Float($0) }

    /// The gate with the best mean SemEval span F1 over the rows, with either the word model's threshold
    /// (`words`) or the strongest-words rule's threshold and share. A threshold's F1 is averaged with its
    /// ``spanWindow`` neighbours on each side of the grid before the best is taken: the single best point can move by
    /// whole steps from one retrain to the next when a feature changes a little, and span F1 with it (.008 on the
    /// trial split once), which hides what the change itself did. On `safehold-abuse-11` both picks agree.
    static func bestSpanRule(_ model: AbuseModel, rows: [TrainingExample], words: Bool) -> (
        threshold: Float, gate: Double, share: Float
    ) {
        let analyses = ParallelMap.map(rows) { model.analyze(model.extractor.extract($0.text)) }
        let golds = rows.map { Set($0.spans ?? []) }
        let grid = words ? wordGrid : spanGrid
        var best = (f1: -1.0, threshold: Float(1), gate: 1.0, share: Float(0))
        for gate in gateGrid {
            for share in words ? [0] : shareGrid {
                var totals: [Double] = []
                for candidate in grid {
                    var rule = model.header.labels
                    for index in rule.indices {
                        if !words {
                            rule[index].spanThreshold = candidate
                            rule[index].spanShare = share
                        }
                        rule[index].spanGate = gate * rule[index].threshold
                    }
                    var total = 0.0
                    let word: Float? = words ? candidate : nil
                    for (analysis, gold) in zip(analyses, golds) {
                        total += Metrics.spanF1(
                            predicted: model.spanOffsets(analysis, labels: rule, wordThreshold: word),
                            gold: gold
                        )
                    }
                    totals.append(total)
                }
                for (index, candidate) in grid.enumerated() {
                    let window = max(0, index - spanWindow)...min(grid.count - 1, index + spanWindow)
                    let smoothed = window.map { totals[$0] }.reduce(0, +) / Double(window.count)
                    if smoothed > best.f1 { best = (smoothed, candidate, gate, share) }
                }
            }
        }
        return (best.threshold, best.gate, best.share)
    }

    /// Grid steps on each side of a span threshold whose F1 is averaged with its own.
    static let spanWindow = 2
}

extension AbuseModel {
    /// Every original offset inside a span that ``classify(_:)`` would give: what SemEval-2021 Task 5 compares.
    /// - Parameters:
    ///   - labels: Label parameters to try instead of the model's.
    ///   - wordThreshold: A word-model threshold to try; nil uses the model's (if it has a word model) when
    ///     `labels` is nil, and the strongest-words rule alone when `labels` is given.
    func spanOffsets(_ analysis: TextAnalysis, labels: [LabelParameters]? = nil, wordThreshold: Float? = nil)
        -> Set<Int>
    {
        var offsets: Set<Int> = []
        let words = labels == nil ? wordThreshold ?? header.span?.threshold : wordThreshold
        for (index, parameters) in (labels ?? header.labels).enumerated() {
            let score = calibrated(analysis.logits[index], parameters)
            for span in labelSpans(analysis, label: index, parameters: parameters, score: score, words: words) {
                offsets.formUnion(span.start..<span.end)
            }
        }
        return offsets
    }
}
