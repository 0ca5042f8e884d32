/// A typed identifier from the guide's data files, so that a step id is never mixed up with a question id.
///
/// The `Kind` is a phantom tag (``QuestionTag``, ``StepTag`` …); the value is the plain string written in
/// the data files, and it encodes as that string.
public struct GuideID<Kind>: Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral, CodingKeyRepresentable
{
    /// The identifier as written in the data files, for example `save-evidence`.
    public let rawValue: String

    /// Creates an identifier from its written form.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Creates an identifier from a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Decodes the identifier from a plain JSON string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the identifier as a plain JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The identifier as a dictionary key.
    public var codingKey: any CodingKey { PlainKey(rawValue) }

    /// Reads the identifier from a dictionary key.
    public init?<T: CodingKey>(codingKey: T) { self.rawValue = codingKey.stringValue }

    /// The written form.
    public var description: String { rawValue }

    /// Orders identifiers by their written form, for stable output.
    public static func < (lhs: GuideID, rhs: GuideID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether the identifier is well formed: 1 to 64 lowercase letters, digits and hyphens.
    var isWellFormed: Bool {
        !rawValue.isEmpty && rawValue.unicodeScalars.count <= 64
            && rawValue.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

/// A coding key made from any string.
struct PlainKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Tags a ``GuideID`` as naming an assessment question.
public enum QuestionTag {}
/// Tags a ``GuideID`` as naming an answer option.
public enum OptionTag {}
/// Tags a ``GuideID`` as naming a step.
public enum StepTag {}
/// Tags a ``GuideID`` as naming a platform.
public enum PlatformTag {}
/// Tags a ``GuideID`` as naming an entry of the directory of help.
public enum HelpEntryTag {}
/// Tags a ``GuideID`` as naming a message template.
public enum TemplateTag {}
/// Tags a ``GuideID`` as naming a strategy of the guide.
public enum StrategyTag {}
/// Tags a ``GuideID`` as naming a plan rule.
public enum RuleTag {}

/// Names an assessment question, for example `threats`.
public typealias QuestionID = GuideID<QuestionTag>
/// Names one option of a question, for example `stay-visible`.
public typealias OptionID = GuideID<OptionTag>
/// Names a step, for example `save-evidence`.
public typealias StepID = GuideID<StepTag>
/// Names a platform, for example `instagram`.
public typealias PlatformID = GuideID<PlatformTag>
/// Names an entry of the directory of help, for example `uk-national-domestic-abuse-helpline`.
public typealias HelpEntryID = GuideID<HelpEntryTag>
/// Names a message template, for example `please-do-not-tag-me`.
public typealias TemplateID = GuideID<TemplateTag>
/// Names a strategy of the guide, for example `make-accounts-private`.
public typealias StrategyID = GuideID<StrategyTag>
/// Names a rule that turns answers into plan items.
public typealias RuleID = GuideID<RuleTag>
