import SafeholdText

/// The raw logits of a text and each token's share of them.
struct TextAnalysis: Sendable {
    var features: ExtractedFeatures
    /// Raw logit per label.
    var logits: [Float]
    /// Token after token, one unnormalized contribution per column (each label, then the word model's logit).
    var contributions: [Float]
    var labelCount: Int
    /// Contributions per token: the labels, and the word model when there is one.
    var columns: Int
    /// The word model, when the file has one.
    var span: SpanParameters?

    func contribution(token: Int, label: Int) -> Float { contributions[token * columns + label] }

    /// The label's logit without the share of the words that name a group of people.
    func logitWithoutGroupWords(label: Int) -> Float {
        var share: Float = 0
        for token in features.groupTokens { share += contribution(token: token, label: label) }
        return logits[label] - features.norm * share
    }

    /// The word model's logit for a token (nil without a word model).
    func wordLogit(token: Int) -> Float? {
        span.map { $0.bias + contributions[token * columns + labelCount] }
    }

    /// The one token that pushed the label up most, if any pushed it up at all, in original offsets.
    func strongestToken(label: Int, parameters: LabelParameters) -> AbuseSpan? {
        var best: (token: Int, contribution: Float)?
        for token in features.tokens.indices {
            let value = contribution(token: token, label: label)
            if value > 0, value > best?.contribution ?? 0 { best = (token, value) }
        }
        guard let best else { return nil }
        let original = features.folded.originalRange(of: features.tokens[best.token])
        return AbuseSpan(label: parameters.label, start: original.lowerBound, end: original.upperBound)
    }

    /// Runs of adjacent tokens that are the label's words, in original offsets. With a word-model threshold, a
    /// word is the label's when the word model's logit reaches it and the word pushed the label up; without one,
    /// when its contribution reaches the label's span threshold and its share of the strongest token.
    func spans(label: Int, parameters: LabelParameters, wordThreshold: Float?) -> [AbuseSpan] {
        var result: [AbuseSpan] = []
        var runStart: Int?
        var strongest: Float = 0
        for token in features.tokens.indices { strongest = max(strongest, contribution(token: token, label: label)) }
        let cut = max(parameters.spanThreshold, parameters.spanShare * strongest)
        func isHot(_ token: Int) -> Bool {
            if let wordCut = wordThreshold, let logit = wordLogit(token: token) {
                return logit >= wordCut && contribution(token: token, label: label) > 0
            }
            return contribution(token: token, label: label) >= cut
        }
        for token in 0...features.tokens.count {
            let hot = token < features.tokens.count && isHot(token)
            if hot, runStart == nil { runStart = token }
            if !hot, let first = runStart {
                let folded = features.tokens[first].lowerBound..<features.tokens[token - 1].upperBound
                let original = features.folded.originalRange(of: folded)
                result.append(AbuseSpan(label: parameters.label, start: original.lowerBound, end: original.upperBound))
                runStart = nil
            }
        }
        return result
    }
}

extension AbuseModel {
    /// Adds up the weights of every feature, token by token; pairs of tokens give half to each.
    func analyze(_ features: ExtractedFeatures) -> TextAnalysis {
        let labelCount = header.labels.count
        let columns = header.columns
        let scales = header.labels.map(\.scale) + (header.span.map { [$0.scale] } ?? [])
        var contributions = [Float](repeating: 0, count: features.tokens.count * columns)
        paddedWeights.withUnsafeBufferPointer { table in
            contributions.withUnsafeMutableBufferPointer { output in
                features.buckets.withUnsafeBufferPointer { buckets in
                    features.tokenStarts.withUnsafeBufferPointer { starts in
                        Self.addTokens(table, buckets, starts, columns, into: output)
                    }
                }
                features.bigrams.withUnsafeBufferPointer { Self.addPairs(table, $0, columns, into: output) }
            }
        }
        for index in contributions.indices { contributions[index] *= scales[index % columns] }
        var logits = header.labels.map(\.bias)
        let norm = features.norm
        for token in features.tokens.indices {
            for label in 0..<labelCount { logits[label] += norm * contributions[token * columns + label] }
        }
        return TextAnalysis(
            features: features,
            logits: logits,
            contributions: contributions,
            labelCount: labelCount,
            columns: columns,
            span: header.span
        )
    }

    /// Each token's own buckets, summed as integers (scales are applied once afterwards). A bucket's seven or
    /// eight bytes are read as one eight-byte vector; the table has a byte of padding so the last one can be.
    private static func addTokens(
        _ table: UnsafeBufferPointer<Int8>,
        _ buckets: UnsafeBufferPointer<UInt32>,
        _ starts: UnsafeBufferPointer<Int>,
        _ labelCount: Int,
        into output: UnsafeMutableBufferPointer<Float>
    ) {
        let raw = UnsafeRawBufferPointer(table)
        for token in 0..<(starts.count - 1) {
            var sums = SIMD8<Int32>()
            for position in starts[token]..<starts[token + 1] {
                let bytes = raw.loadUnaligned(
                    fromByteOffset: Int(buckets[position]) &* labelCount,
                    as: SIMD8<Int8>.self
                )
                sums &+= SIMD8<Int32>(truncatingIfNeeded: bytes)
            }
            for label in 0..<labelCount { output[token &* labelCount &+ label] = Float(sums[label]) }
        }
    }

    /// Each pair's weight, half to each of its two tokens.
    private static func addPairs(
        _ table: UnsafeBufferPointer<Int8>,
        _ bigrams: UnsafeBufferPointer<UInt32>,
        _ labelCount: Int,
        into output: UnsafeMutableBufferPointer<Float>
    ) {
        for pair in 0..<bigrams.count {
            let base = Int(bigrams[pair]) &* labelCount
            for label in 0..<labelCount {
                let half = Float(table[base &+ label]) / 2
                output[pair &* labelCount &+ label] += half
                output[(pair &+ 1) &* labelCount &+ label] += half
            }
        }
    }
}
