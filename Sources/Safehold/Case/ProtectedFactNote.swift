import Foundation
public import SafeholdFacts
import SafeholdCore

/// A protected fact as sealed in the vault: something the person wants to know about if it is ever posted.
public struct ProtectedFactNote: CaseNote {
    public static let kind = "fact"
    /// The fact.
    public var fact: ProtectedFact
}

extension CaseNotes {
    /// Adds a protected fact.
    /// - Returns: The new fact's id.
    /// - Throws: ``SafeholdError`` `invalid-input` for an empty or absurdly long value.
    @discardableResult
    public func addFact(_ fact: ProtectedFact) throws -> String {
        let value = fact.value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { throw SafeholdError(.invalidInput, "The fact is empty. Type what should stay private.") }
        guard value.unicodeScalars.count <= 500, fact.aliases.count <= 20,
            fact.aliases.allSatisfy({ $0.unicodeScalars.count <= 200 })
        else {
            throw SafeholdError(.invalidInput, "That is longer than any address, number or name (500 characters at most, 20 other names).")
        }
        let id = Self.newID(prefix: "f")
        try save(ProtectedFactNote(fact: ProtectedFact(kind: fact.kind, value: value, aliases: fact.aliases)), key: id)
        return id
    }

    /// The protected facts, oldest first, with their ids.
    /// - Throws: ``SafeholdError`` when the vault cannot be read.
    public func facts() throws -> [(id: String, fact: ProtectedFact)] {
        try current(ProtectedFactNote.self).map { ($0.key, $0.value.fact) }
    }
}

extension ProtectedFact {
    /// The fact with most of it hidden, for lists: the first and last characters of each part, and its length.
    public var masked: String {
        let scalars = Array(value.unicodeScalars)
        guard scalars.count > 4 else { return String(repeating: "•", count: max(scalars.count, 3)) }
        var shown = String(String.UnicodeScalarView([scalars[0]]))
        shown += String(repeating: "•", count: min(scalars.count - 2, 12))
        shown.unicodeScalars.append(scalars[scalars.count - 1])
        return shown
    }
}
