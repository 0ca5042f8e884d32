/// The words that drove one label's score, as offsets in Unicode scalars of the original text.
public struct AbuseSpan: Sendable, Hashable, Codable {
    /// The label these words pushed up.
    public var label: AbuseLabel
    /// Offset of the first scalar, counted in Unicode scalars of the original text.
    public var start: Int
    /// Offset just past the last scalar (end exclusive).
    public var end: Int

    /// Creates a span.
    /// - Parameters:
    ///   - label: The label the words pushed up.
    ///   - start: First scalar offset in the original text.
    ///   - end: Offset just past the last scalar.
    public init(label: AbuseLabel, start: Int, end: Int) {
        self.label = label
        self.start = start
        self.end = end
    }
}

/// What the model says about one text: a calibrated score per label, the labels over their thresholds, and
/// the words behind each label that is flagged or close to it.
public struct AbuseScores: Sendable, Hashable {
    /// Calibrated scores from 0 to 1 for every label: the chance that annotators would apply the label, for a
    /// mix of messages in which 10–30 % carry it (Platt scaling on held-out rows weighted to that mix).
    public var scores: [AbuseLabel: Double]
    /// The labels whose score reached the threshold chosen for them when the model was trained.
    public var flagged: Set<AbuseLabel>
    /// For each label whose score reached its span gate (flagged, or close to it: the gate was chosen on
    /// SemEval-2021 Task 5 data and is never above the threshold), the runs of words that drove it, merged
    /// when adjacent, sorted by start.
    public var spans: [AbuseSpan]
    /// Flagged labels that rest on the words naming a group of people ("gay", "muslims", "women"): without
    /// those words' share, the rest of the text would not come near the threshold. Naming a group is not an
    /// attack on it; ``GroupWords`` says why the model leans that way.
    public var groupNamingOnly: Set<AbuseLabel>
    /// Whether the text names a group of people at all (``GroupWords``).
    public var namesAGroup: Bool
    /// Whether the text holds a swear word, obscenity or slur (``ProfaneWords``); looked for only when profanity is
    /// flagged, and false otherwise. A profanity flag without one rests on words that only travel with swearing.
    public var hasProfaneWord = false
    /// Whether the text holds a word that speaks of women, men or gender (``GenderWords``). A sexism flag without
    /// one rests on words that only travel with sexism ("kitchen", "sandwich").
    public var speaksOfGender = false
    /// Whether the text holds a word of harm, a weapon or death (the model's word classes).
    public var speaksOfViolence = false
    /// Whether the text holds a word that carries hostility towards people (``HostileWords``, a swear word or slur, a
    /// word of violence or a sexual word). An identity attack or sexism flag close to its threshold without one
    /// rests on a group's name and common words ("We need more support for trans people in our schools").
    public var speaksWithHostility = false

    /// Creates scores.
    /// - Parameters:
    ///   - scores: Calibrated score per label.
    ///   - flagged: Labels over their thresholds.
    ///   - spans: Words that drove the labels.
    ///   - groupNamingOnly: Flagged labels that rest on words naming a group.
    ///   - namesAGroup: Whether the text names a group of people.
    public init(
        scores: [AbuseLabel: Double],
        flagged: Set<AbuseLabel>,
        spans: [AbuseSpan],
        groupNamingOnly: Set<AbuseLabel> = [],
        namesAGroup: Bool = false
    ) {
        self.scores = scores
        self.flagged = flagged
        self.spans = spans
        self.groupNamingOnly = groupNamingOnly
        self.namesAGroup = namesAGroup
    }

    /// The score of one label (0 when absent).
    public subscript(label: AbuseLabel) -> Double { scores[label] ?? 0 }

    /// The spans of flagged labels only: what a person should be shown as the reason for a flag.
    public var flaggedSpans: [AbuseSpan] { spans.filter { flagged.contains($0.label) } }

    /// The spans of one label.
    public func spans(for label: AbuseLabel) -> [AbuseSpan] { spans.filter { $0.label == label } }
}
