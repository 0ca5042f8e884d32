/// What is wrong with a passphrase, with a message written for the person.
public struct PassphraseProblem: Error, Equatable, Sendable {
    public enum Reason: String, Sendable, Equatable, CaseIterable {
        case tooShort, commonPassphrase, repeatedPattern, sequence, mostlyOneWordAndNumbers, containsDate
    }

    public var reason: Reason
    /// Kind and plain, says what to do instead. Never contains the passphrase or any part of it:
    /// every message is fixed text chosen by `reason` alone, and avoids the fragments most
    /// likely to appear in a passphrase ("pass", "word", "love", …) so no run of one is echoed.
    public var message: String

    public init(reason: Reason, message: String) {
        self.reason = reason
        self.message = message
    }

    /// A problem with the project's standard message for `reason`.
    public init(_ reason: Reason) {
        self.init(reason: reason, message: Self.standardMessage(for: reason))
    }

    /// The project's own wording for each reason: calm, never blaming, and always
    /// pointing at something better to do. Written for someone who is frightened and tired.
    public static func standardMessage(for reason: Reason) -> String {
        switch reason {
        case .tooShort:
            "A longer phrase is much harder to guess. Aim for at least 15 characters, for example four or five unrelated things, such as objects or places."
        case .commonPassphrase:
            "This is one of the phrases people choose most often, so it would be among the first ones tried. Four or five unrelated things that only you would put together are much safer."
        case .repeatedPattern:
            "Repeating the same letters or chunks adds very little protection. Four or five different, unrelated things, such as objects or places, would be much stronger."
        case .sequence:
            "Keys or letters in order, such as along the keyboard or the alphabet, are among the first guesses anyone makes. Four or five unrelated things, such as objects or places, would be much safer."
        case .mostlyOneWordAndNumbers:
            "One familiar name or term with numbers or symbols added is quicker to guess than it looks. Four or five unrelated things, such as objects or places, are stronger and often easier to remember."
        case .containsDate:
            "This seems to include a date, perhaps a birthday or another day that matters to you. Someone who knows you could know it too, so it is safer to leave dates out."
        }
    }
}

/// Decides whether a new vault passphrase is strong enough, and if not, why.
///
/// The checks assume the person guessing knows the owner well: common passphrases,
/// personal dates, and words padded out with digits are all refused.
public struct PassphrasePolicy: Sendable {
    /// Counted in user-perceived characters (Swift `Character`), after trimming outer whitespace.
    public static let minimumLength = 15

    private let commonList: CommonList

    /// Uses the bundled list of common passphrases, loaded from `Bundle.module` once, on first use.
    public init() {
        commonList = .bundled
    }

    /// Uses the given list instead of the bundled one (entries are lowercased and NFC-normalised).
    public init(commonPassphrases: Set<String>) {
        commonList = .custom(Set(commonPassphrases.map(PassphraseText.folded)))
    }

    /// Everything wrong with `passphrase`, most basic first. An empty array means it is acceptable.
    public func problems(with passphrase: String) -> [PassphraseProblem] {
        let text = PassphraseText(passphrase)
        var reasons: [PassphraseProblem.Reason] = []

        if text.length < Self.minimumLength {
            reasons.append(.tooShort)
        }
        if !text.compact.isEmpty {
            if CommonCheck(list: commonList).isCommon(text) {
                reasons.append(.commonPassphrase)
            }
            if Patterns.isRepetitive(text) {
                reasons.append(.repeatedPattern)
            }
            if Patterns.isMostlySequence(text) {
                reasons.append(.sequence)
            }
            if Patterns.isOneWordPadded(text, minimumLength: Self.minimumLength, list: commonList) {
                reasons.append(.mostlyOneWordAndNumbers)
            }
            if DateFinder.containsDate(text.lowered) {
                reasons.append(.containsDate)
            }
        }
        return reasons.map(PassphraseProblem.init)
    }
}

/// Where the common passphrases come from.
enum CommonList: Sendable {
    case bundled
    case custom(Set<String>)

    func contains(_ candidate: String) -> Bool {
        switch self {
        case .bundled: BundledCommonPassphrases.entries.contains(candidate)
        case .custom(let entries): entries.contains(candidate)
        }
    }
}
