import Foundation
public import SafeholdCore

/// One entry of the evidence log, stored as canonical JSON and hashed into the Merkle tree.
///
/// Entries are only ever appended. Kinds this version does not know (written by a newer Safehold)
/// are kept as ``unknown(kind:)`` so that they still count in the tree and are never lost.
public enum LogEntry: Sendable, Equatable {
    /// A sealed piece of evidence.
    case item(ItemEntry)
    /// Something that happened to the vault itself, such as a passphrase change.
    case vaultEvent(VaultEvent)
    /// A note about the evidence or the case, such as a finding or a protected fact.
    case annotation(Annotation)
    /// An entry of a kind this version does not read.
    case unknown(kind: String)

    /// The format tag every entry carries.
    static let format = "safehold-log-entry/1"

    private struct Envelope: Codable {
        var format: String
        var kind: String
        var item: ItemEntry?
        var event: VaultEvent?
        var annotation: Annotation?
    }

    /// The canonical JSON bytes: keys sorted, no insignificant whitespace, slashes unescaped.
    func canonicalJSON() throws -> [UInt8] {
        var writer = CanonicalJSONWriter()
        writer.object { w in
            switch self {
            case .item(let item):
                w.field("format", Self.format)
                w.field("item", item)
                w.field("kind", "item")
            case .vaultEvent(let event):
                w.field("event", event)
                w.field("format", Self.format)
                w.field("kind", "vault-event")
            case .annotation(let annotation):
                w.field("annotation", annotation)
                w.field("format", Self.format)
                w.field("kind", "annotation")
            case .unknown: preconditionFailure("entries of unknown kinds are never written")
            }
        }
        return writer.bytes
    }

    /// Reads an entry from its stored bytes.
    static func decode(_ bytes: [UInt8], decoder: JSONDecoder = JSONDecoder()) throws -> LogEntry {
        let envelope = try decoder.decode(Envelope.self, from: Data(bytes))
        guard envelope.format == format else { return .unknown(kind: envelope.kind) }
        switch envelope.kind {
        case "item":
            guard let item = envelope.item else {
                throw DecodingError.valueNotFound(
                    ItemEntry.self,
                    .init(codingPath: [], debugDescription: "item entry without item")
                )
            }
            return .item(item)
        case "vault-event":
            guard let event = envelope.event else {
                throw DecodingError.valueNotFound(
                    VaultEvent.self,
                    .init(codingPath: [], debugDescription: "event entry without event")
                )
            }
            return .vaultEvent(event)
        case "annotation":
            guard let annotation = envelope.annotation else {
                throw DecodingError.valueNotFound(
                    Annotation.self,
                    .init(codingPath: [], debugDescription: "annotation entry without annotation")
                )
            }
            return .annotation(annotation)
        default:
            return .unknown(kind: envelope.kind)
        }
    }
}

/// The log entry of a sealed item: its capture record and the name of its encrypted original.
public struct ItemEntry: Codable, Sendable, Equatable {
    /// The item's number.
    public var id: EvidenceID
    /// SHA-256 of the original bytes.
    public var sha256: ContentDigest
    /// Size of the original in bytes.
    public var size: UInt64
    /// What kind of content it is.
    public var mediaType: MediaType
    /// The keyed name of the encrypted original in the object store.
    public var object: String
    /// Where it came from.
    public var source: ItemSource
    /// What the person knows about it.
    public var details: ItemDetails
    /// When it was sealed.
    public var capturedAt: Timestamp
    /// Which clock gave the capture time.
    public var clock: String
    /// For a record read from an export: where its bytes are in the sealed export file, whose object
    /// ``object`` names.
    public var part: ItemPart?
    /// For a record read from an export: the normalized record.
    public var record: NormalizedRecord?

    /// The capture record for an entry at a given log position.
    func captureRecord(logIndex: UInt64) -> CaptureRecord {
        CaptureRecord(
            id: id,
            sha256: sha256,
            size: size,
            mediaType: mediaType,
            source: source,
            details: details,
            capturedAt: capturedAt,
            clock: clock,
            logIndex: logIndex,
            part: part,
            record: record
        )
    }
}

/// Something that happened to the vault itself, recorded so the log tells its whole history.
public struct VaultEvent: Codable, Sendable, Equatable {
    /// What happened.
    public enum Kind: String, Codable, Sendable {
        /// The vault was made.
        case created
        /// The passphrase was changed.
        case passphraseChanged = "passphrase-changed"
        /// The recovery code was used to set a new passphrase.
        case recoveryCodeUsed = "recovery-code-used"
    }

    /// What happened.
    public var event: Kind
    /// When, by this computer's clock.
    public var at: Timestamp
}

/// JSON with sorted keys and no extra whitespace, so the same value always gives the same bytes.
enum CanonicalJSON {
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}

extension ItemEntry: CanonicalJSONWritable {
    public func writeJSON(to writer: inout CanonicalJSONWriter) {
        writer.object { w in
            w.field("capturedAt", capturedAt)
            w.field("clock", clock)
            w.field("details", details)
            w.field("id", id)
            w.field("mediaType", mediaType)
            w.field("object", object)
            w.field("part", part)
            w.field("record", record)
            w.field("sha256", sha256)
            w.field("size", size)
            w.field("source", source)
        }
    }
}

extension VaultEvent: CanonicalJSONWritable {
    public func writeJSON(to writer: inout CanonicalJSONWriter) {
        writer.object { w in
            w.field("at", at)
            w.field("event", event.rawValue)
        }
    }
}
