/// What sort of detail a protected fact is; it decides how the fact is matched.
public enum FactKind: String, Codable, CaseIterable, Sendable {
    /// A street address: house number, street, unit, postcode.
    case address
    /// A phone number, in any format.
    case phone
    /// An email address.
    case email
    /// A person's name: their own, a child's, a new partner's.
    case name
    /// Where the person works.
    case workplace
    /// A school, usually a child's.
    case school
    /// A vehicle registration plate.
    case plate
    /// A user name or handle on some platform.
    case handle
    /// Anything else the person wants found.
    case other
}

/// One detail the person wants kept private, with the other ways it is written (nicknames, old spellings).
///
/// A fact is a secret: its ``description`` never shows ``value`` or ``aliases``.
public struct ProtectedFact: Codable, Sendable, Hashable {
    /// What sort of detail this is.
    public var kind: FactKind
    /// The detail as the person wrote it.
    public var value: String
    /// Other forms that count as the same fact: nicknames, a maiden name, a short form.
    public var aliases: [String]

    /// Makes a fact.
    /// - Parameters:
    ///   - kind: What sort of detail it is.
    ///   - value: The detail as the person wrote it.
    ///   - aliases: Other forms that count as the same fact.
    public init(kind: FactKind, value: String, aliases: [String] = []) {
        self.kind = kind
        self.value = value
        self.aliases = aliases
    }
}

extension ProtectedFact: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The kind only; the value stays hidden.
    public var description: String { "ProtectedFact(kind: \(kind.rawValue), value: hidden)" }
    /// The kind only; the value stays hidden.
    public var debugDescription: String { description }
    /// The kind only, so that `dump` does not show the value either.
    public var customMirror: Mirror { Mirror(self, children: ["kind": kind], displayStyle: .struct) }
}

/// Where a protected fact was found in a text.
///
/// Offsets are in Unicode scalars of the original text, end exclusive. A match never carries the fact's value.
public struct FactMatch: Sendable, Hashable, Codable {
    /// The position of the fact in the list given to ``FactMatcher/init(facts:)``.
    public var factIndex: Int
    /// The fact's kind.
    public var kind: FactKind
    /// The first Unicode scalar of the match.
    public var start: Int
    /// One past the last Unicode scalar of the match.
    public var end: Int

    /// Makes a match.
    /// - Parameters:
    ///   - factIndex: The position of the fact in the matcher's list.
    ///   - kind: The fact's kind.
    ///   - start: The first Unicode scalar of the match.
    ///   - end: One past the last Unicode scalar of the match.
    public init(factIndex: Int, kind: FactKind, start: Int, end: Int) {
        self.factIndex = factIndex
        self.kind = kind
        self.start = start
        self.end = end
    }
}
