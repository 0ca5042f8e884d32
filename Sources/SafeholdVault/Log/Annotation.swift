import Foundation
public import SafeholdCore

/// A note the vault keeps about the evidence or the person's case: a finding about an item, a person the
/// person named, a protected fact, progress on a step of the plan, a record of a report made.
///
/// Annotations are log entries like items: sealed, hashed into the Merkle tree, never changed. A later
/// annotation with the same ``kind`` and ``key`` takes the place of an earlier one (the earlier one stays in
/// the log, so the history is kept), and a ``retracted`` one removes it. The vault does not read
/// ``body``; the `Safehold` module gives it meaning per kind.
public struct Annotation: Codable, Sendable, Equatable {
    /// What kind of note it is, such as `finding`, `person` or `fact`.
    public var kind: String
    /// Names the thing the note is about within its kind; the newest note for a key is the current one.
    public var key: String
    /// The items it concerns, if any.
    public var about: [EvidenceID]
    /// When it was written, by this computer's clock.
    public var at: Timestamp
    /// Whether this note removes the current one for its key.
    public var retracted: Bool
    /// The note itself, as JSON text.
    public var body: String

    /// Creates an annotation.
    public init(
        kind: String, key: String, about: [EvidenceID] = [], at: Timestamp = .now(), retracted: Bool = false,
        body: String = "{}"
    ) {
        self.kind = kind
        self.key = key
        self.about = about
        self.at = at
        self.retracted = retracted
        self.body = body
    }
}

extension Annotation: CanonicalJSONWritable {
    public func writeJSON(to writer: inout CanonicalJSONWriter) {
        writer.object { w in
            w.field("about", about)
            w.field("at", at)
            w.field("body", body)
            w.field("key", key)
            w.field("kind", kind)
            w.field("retracted", retracted)
        }
    }
}
