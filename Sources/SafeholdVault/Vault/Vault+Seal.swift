import Crypto
public import Foundation
import GRDB
public import SafeholdCore
import Synchronization

/// Something to seal: its bytes (or where to read them) and what is known about it.
public struct NewItem: Sendable {
    /// Where the original bytes come from.
    public enum Content: Sendable {
        /// Bytes already in memory, such as typed text.
        case bytes([UInt8])
        /// A regular file, read in chunks so that memory stays flat whatever its size.
        case file(URL)
        /// Bytes pushed piece by piece by a producer (such as a ZIP entry being inflated). The
        /// producer calls its argument with each piece, in order.
        case stream(@Sendable (_ sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Void)
    }

    /// The original bytes.
    public var content: Content
    /// The kind of content.
    public var mediaType: MediaType
    /// Where it came from.
    public var source: ItemSource
    /// What the person knows about it.
    public var details: ItemDetails
    /// What an importer read from it (capture time, recognized words), if anything.
    public var record: NormalizedRecord?

    /// Creates an item to seal.
    public init(content: Content, mediaType: MediaType, source: ItemSource, details: ItemDetails, record: NormalizedRecord? = nil) {
        self.content = content
        self.mediaType = mediaType
        self.source = source
        self.details = details
        self.record = record
    }
}

/// A record to seal whose bytes lie inside an item already sealed, such as one message inside the
/// sealed export file it was read from.
public struct NewPart: Sendable {
    /// The sealed item holding the bytes.
    public var container: EvidenceID
    /// Where the bytes start in it.
    public var offset: UInt64
    /// The record's own bytes, exactly as in the container.
    public var bytes: [UInt8]
    /// What kind of bytes they are (usually `application/json`).
    public var mediaType: MediaType
    /// Where the record came from.
    public var source: ItemSource
    /// What is known about it.
    public var details: ItemDetails
    /// The normalized record.
    public var record: NormalizedRecord?

    /// Creates a part to seal.
    public init(
        container: EvidenceID, offset: UInt64, bytes: [UInt8], mediaType: MediaType, source: ItemSource,
        details: ItemDetails, record: NormalizedRecord?
    ) {
        self.container = container
        self.offset = offset
        self.bytes = bytes
        self.mediaType = mediaType
        self.source = source
        self.details = details
        self.record = record
    }
}

/// What sealing one item did.
public enum SealOutcome: Sendable, Equatable {
    /// The item is new and now sealed.
    case sealed(CaptureRecord)
    /// The same bytes with the same details were sealed before; nothing was added.
    case alreadySealed(CaptureRecord)

    /// The capture record either way.
    public var record: CaptureRecord {
        switch self {
        case .sealed(let record), .alreadySealed(let record): record
        }
    }
}

extension Vault {
    /// The importer name Safehold's own `add` command records.
    public static let softwareVersion = "0.1.0"

    /// Seals items: stores each original encrypted, then appends their log entries and one signed
    /// checkpoint in a single transaction. Either all are sealed or, after an error, none are.
    /// - Returns: One outcome per item, in order.
    /// - Throws: ``SafeholdError`` (`vault-damaged` when the vault needs repair first, `disk-full`, …).
    public func seal(_ newItems: [NewItem]) throws -> [SealOutcome] {
        try refuseWritesIfDamaged()
        do {
            let pending = try newItems.map { try write($0.content) }
            try objects.publish(pending)
            let capturedAt = Timestamp.now()
            let drafts = zip(newItems, pending.map(\.stored)).map { item, object in
                ItemEntry(
                    id: EvidenceID(0), sha256: object.sha256, size: object.size, mediaType: item.mediaType,
                    object: object.name, source: item.source, details: item.details, capturedAt: capturedAt,
                    clock: "system", record: item.record)
            }
            return try outcomes(try commit(drafts), drafts: drafts)
        } catch {
            throw VaultErrors.translate(error, doing: "sealing")
        }
    }

    /// Seals records whose bytes lie inside an item already sealed (messages inside an export file):
    /// no new object is written; each entry names the container's object and the record's place in it.
    /// - Returns: For each part, in order, its item number and whether it is new (`false` when the
    ///   same record was sealed before).
    public func seal(parts: [NewPart]) throws -> [(id: EvidenceID, isNew: Bool)] {
        try refuseWritesIfDamaged()
        do {
            var containers = [EvidenceID: String]()
            for part in parts where containers[part.container] == nil {
                containers[part.container] = try itemEntry(part.container).0.object
            }
            let capturedAt = Timestamp.now()
            let drafts = try ParallelMap.map(parts) { _, part in
                ItemEntry(
                    id: EvidenceID(0), sha256: ContentDigest(bytes: Array(SHA256.hash(data: part.bytes)))!,
                    size: UInt64(part.bytes.count), mediaType: part.mediaType, object: containers[part.container]!,
                    source: part.source, details: part.details, capturedAt: capturedAt, clock: "system",
                    part: ItemPart(container: part.container, offset: part.offset), record: part.record)
            }
            return try commit(drafts).map { ($0.id, $0.isNew) }
        } catch {
            throw VaultErrors.translate(error, doing: "sealing")
        }
    }

    /// What committing one draft did: its number, where its entry is, and whether it is new.
    struct Committed {
        var id: EvidenceID
        var position: Int
        var isNew: Bool
    }

    /// Numbers the drafts, skips those already sealed, and appends the rest with one checkpoint.
    func commit(_ drafts: [ItemEntry]) throws -> [Committed] {
        let draftKeys = try ParallelMap.map(drafts) { _, draft in DedupeKey(draft) }
        return try state.withLock { state in
            let mark = state.mark()
            do {
                return try database.writeImmediately { db in
                    try Self.catchUp(&state, keys: keys, in: db)
                    var outcomes = [Committed]()
                    outcomes.reserveCapacity(drafts.count)
                    var entries = [LogEntry]()
                    var entryKeys = [DedupeKey]()
                    var batch = [DedupeKey: Committed]()
                    var nextID = state.lastItemID
                    for (var draft, key) in zip(drafts, draftKeys) {
                        if let existing = state.existingItem(matching: key), let position = state.position(of: existing) {
                            outcomes.append(Committed(id: existing, position: position, isNew: false))
                        } else if let earlier = batch[key] {
                            outcomes.append(Committed(id: earlier.id, position: earlier.position, isNew: false))
                        } else {
                            nextID += 1
                            draft.id = EvidenceID(nextID)
                            let committed = Committed(id: draft.id, position: state.count + entries.count, isNew: true)
                            batch[key] = committed
                            outcomes.append(committed)
                            entries.append(.item(draft))
                            entryKeys.append(key)
                        }
                    }
                    if !entries.isEmpty {
                        try Self.appendEntries(entries, dedupeKeys: entryKeys, to: &state, keys: keys, in: db)
                    }
                    return outcomes
                }
            } catch {
                // The transaction rolled back; forget what it had appended in memory too.
                state.rollBack(to: mark)
                throw error
            }
        }
    }

    /// The outcomes a caller sees: new drafts as numbered, earlier items as they were sealed.
    private func outcomes(_ committed: [Committed], drafts: [ItemEntry]) throws -> [SealOutcome] {
        try zip(committed, drafts).map { committed, draft in
            if committed.isNew {
                var numbered = draft
                numbered.id = committed.id
                return .sealed(numbered.captureRecord(logIndex: UInt64(committed.position)))
            }
            let (item, position) = try itemEntry(committed.id)
            return .alreadySealed(item.captureRecord(logIndex: UInt64(position)))
        }
    }

    /// Appends entries and a signed checkpoint inside an open write transaction, updating `state`.
    static func appendEntries(
        _ entries: [LogEntry], dedupeKeys: [DedupeKey]? = nil, to state: inout LogState, keys: VaultKeys, in db: Database
    ) throws {
        let base = state.count
        // Encoding, encrypting and hashing are independent per entry, so they run on every core;
        // the inserts and the index updates then go in order.
        let noncePrefix = UInt64.random(in: 0...UInt64.max)
        let prepared = try ParallelMap.map(entries) { index, entry in
            let plain = try entry.canonicalJSON()
            let nonce = RowNonce(prefix: noncePrefix, index: UInt32(index))
            let sealed = try keys.sealRow(plain, context: "log-entry|\(base + index)", nonce: nonce)
            let key: DedupeKey? =
                if case .item(let item) = entry { dedupeKeys?[index] ?? DedupeKey(item) } else { nil }
            return (sealed, MerkleHashing.leafHash(plain), key)
        }
        for (entry, (sealed, leafHash, key)) in zip(entries, prepared) {
            try VaultDatabase.appendLogEntry(position: Int64(state.count), sealed: sealed, in: db)
            state.append(entry, leafHash: leafHash, key: key)
        }
        let checkpoint = Checkpoint(
            origin: keys.checkpointKey.name,
            size: UInt64(state.count),
            rootHash: state.frontier.root
        )
        let signed = try keys.checkpointKey.sign(checkpoint)
        let stored = try CanonicalJSON.encode(StoredCheckpoint(note: signed.note, at: .now()))
        try VaultDatabase.saveCheckpoint(
            size: Int64(state.count),
            sealed: try keys.sealRow(stored, context: "checkpoint|\(state.count)"),
            in: db
        )
        state.latestCheckpoint = signed
    }

    /// Reads entries another process appended since this vault was unlocked.
    static func catchUp(_ state: inout LogState, keys: VaultKeys, in db: Database) throws {
        let before = state.count
        try VaultDatabase.forEachLogPage(from: Int64(state.count), in: db) { rows in
            state.absorb(rows, opened: LogReader.open(rows, keys: keys))
        }
        if state.count != before {
            state.verifyLatestCheckpoint(try VaultDatabase.latestCheckpoint(in: db), keys: keys)
        }
        if state.isDamaged { throw VaultErrors.damagedRefusingWrites }
    }

    func refuseWritesIfDamaged() throws {
        if state.withLock({ $0.isDamaged }) { throw VaultErrors.damagedRefusingWrites }
    }

    private func write(_ content: NewItem.Content) throws -> ObjectStore.Pending {
        switch content {
        case .bytes(let bytes):
            var offset = 0
            return try objects.write(keys: keys) { count in
                defer { offset = min(bytes.count, offset + count) }
                return Array(bytes[offset..<min(bytes.count, offset + count)])
            }
        case .file(let url):
            let file = try SourceFile.open(url)
            return try objects.write(keys: keys) { count in try file.read(upTo: count) }
        case .stream(let producer):
            return try objects.write(keys: keys, produce: producer)
        }
    }
}

/// Opening a file the person chose, refusing what is not a regular file (a device or a pipe could
/// feed bytes forever).
enum SourceFile {
    static func open(_ url: URL) throws -> SystemFile {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        } catch {
            throw SafeholdError(
                .notFound,
                "Safehold could not find the file \(url.lastPathComponent). Check the name and the folder."
            )
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw SafeholdError(
                .invalidInput,
                "\(url.lastPathComponent) is not an ordinary file. Choose a photo, screenshot, document or export file."
            )
        }
        do {
            return try SystemFile.openForReading(url.path)
        } catch {
            throw SafeholdError(
                .fileAccess,
                "Safehold may not read \(url.lastPathComponent). Check that you can open it, then try again.",
                cause: error
            )
        }
    }
}
