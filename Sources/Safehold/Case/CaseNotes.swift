import Foundation
public import SafeholdCore
public import SafeholdVault

/// A kind of note Safehold keeps about the case, stored as a vault ``Annotation`` whose body is this value.
public protocol CaseNote: Codable, Sendable {
    /// The annotation kind, such as `person`.
    static var kind: String { get }
}

/// One current note of a kind, with the key it is stored under.
public struct StoredNote<Value: CaseNote>: Sendable {
    /// The note's key; a newer note with the same key replaces it.
    public var key: String
    /// The items it concerns.
    public var about: [EvidenceID]
    /// When it was written.
    public var at: Timestamp
    /// The note.
    public var value: Value
}

/// Reads and writes the case's notes (people, protected facts, findings, plan progress) in the vault.
///
/// Every write is a new sealed log entry; removing a note appends a retraction, so the log keeps what was
/// known when. Notes that a newer Safehold wrote in a shape this one cannot read are skipped, never lost.
public struct CaseNotes: Sendable {
    let vault: Vault

    /// Notes kept in an unlocked vault.
    public init(vault: Vault) { self.vault = vault }

    /// The current notes of a kind, oldest first.
    /// - Throws: ``SafeholdError`` when the vault cannot be read.
    public func current<Value: CaseNote>(_ type: Value.Type) throws -> [StoredNote<Value>] {
        let decoder = JSONDecoder()
        return try vault.currentAnnotations(kind: Value.kind).compactMap { note in
            guard let value = try? decoder.decode(Value.self, from: Data(note.body.utf8)) else { return nil }
            return StoredNote(key: note.key, about: note.about, at: note.at, value: value)
        }
    }

    /// The notes of a kind written at or after a log position, oldest first, each as its key, the items it
    /// concerns and its value; a retraction, or a note this version cannot read, has no value.
    /// - Throws: ``SafeholdError`` when the vault cannot be read.
    public func changes<Value: CaseNote>(_ type: Value.Type, fromLogPosition start: Int) throws
        -> [(key: String, about: [EvidenceID], value: Value?)]
    {
        let decoder = JSONDecoder()
        return try vault.annotations(kind: Value.kind, fromLogPosition: start).map { note in
            let value = note.retracted ? nil : try? decoder.decode(Value.self, from: Data(note.body.utf8))
            return (note.key, note.about, value)
        }
    }

    /// Seals notes, each under its key, with one checkpoint.
    /// - Throws: ``SafeholdError`` when the vault cannot be written.
    public func save<Value: CaseNote>(_ notes: [(key: String, about: [EvidenceID], value: Value)]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let at = Timestamp.now()
        let annotations = try notes.map { note in
            Annotation(
                kind: Value.kind, key: note.key, about: note.about, at: at,
                body: String(decoding: try encoder.encode(note.value), as: UTF8.self))
        }
        try vault.annotate(annotations)
    }

    /// Seals one note under its key.
    /// - Throws: ``SafeholdError`` when the vault cannot be written.
    public func save<Value: CaseNote>(_ value: Value, key: String, about: [EvidenceID] = []) throws {
        try save([(key: key, about: about, value: value)])
    }

    /// Removes the current note of a kind under a key.
    /// - Throws: ``SafeholdError`` `not-found` when there is no such note.
    public func remove<Value: CaseNote>(_ type: Value.Type, key: String, describedAs noun: String) throws {
        guard try current(type).contains(where: { $0.key == key }) else {
            throw SafeholdError(
                .notFound, "There is no \(noun) with the id \(DisplaySafe.text(key)). The list command shows the ids.")
        }
        try vault.annotate([Annotation(kind: Value.kind, key: key, retracted: true)])
    }

    /// A new short id with a prefix, such as `p-7f3a9c`, for notes the person adds.
    public static func newID(prefix: String) -> String {
        prefix + "-" + String(UInt32.random(in: 0x1000_0000...0xFFFF_FFFF), radix: 16)
    }
}
