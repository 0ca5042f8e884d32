import SafeholdText

/// The raw logits of a text and each token's share of them.
struct TextAnalysis: Sendable {
    var features: ExtractedFeatures
    /// Raw logit per label.
    var logits: [Float]
    /// Token after token, one unnormalized contribution per label.
    var contributions: [Float]
    var labelCount: Int

    func contribution(token: Int, label: Int) -> Float { contributions[token * labelCount + label] }

    /// Runs of adjacent tokens whose contribution reaches the label's span threshold and its share of the
    /// strongest token, in original offsets.
    func spans(label: Int, parameters: LabelParameters) -> [AbuseSpan] {
        var result: [AbuseSpan] = []
        var runStart: Int?
        var strongest: Float = 0
        for token in features.tokens.indices { strongest = max(strongest, contribution(token: token, label: label)) }
        let cut = max(parameters.spanThreshold, parameters.spanShare * strongest)
        for token in 0...features.tokens.count {
            let hot = token < features.tokens.count && contribution(token: token, label: label) >= cut
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
        let scales = header.labels.map(\.scale)
        var contributions = [Float](repeating: 0, count: features.tokens.count * labelCount)
        paddedWeights.withUnsafeBufferPointer { table in
            contributions.withUnsafeMutableBufferPointer { output in
                features.buckets.withUnsafeBufferPointer { buckets in
                    features.tokenStarts.withUnsafeBufferPointer { starts in
                        Self.addTokens(table, buckets, starts, labelCount, into: output)
                    }
                }
                features.bigrams.withUnsafeBufferPointer { Self.addPairs(table, $0, labelCount, into: output) }
            }
        }
        for index in contributions.indices { contributions[index] *= scales[index % labelCount] }
        var logits = header.labels.map(\.bias)
        let norm = features.norm
        for token in features.tokens.indices {
            for label in 0..<labelCount { logits[label] += norm * contributions[token * labelCount + label] }
        }
        return TextAnalysis(features: features, logits: logits, contributions: contributions, labelCount: labelCount)
    }

    /// Each token's own buckets, summed as integers (scales are applied once afterwards). A bucket's seven
    /// label bytes are read as one eight-byte vector; the table has a byte of padding so the last one can be.
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
