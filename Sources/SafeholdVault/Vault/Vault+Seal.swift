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
    }

    /// The original bytes.
    public var content: Content
    /// The kind of content.
    public var mediaType: MediaType
    /// Where it came from.
    public var source: ItemSource
    /// What the person knows about it.
    public var details: ItemDetails

    /// Creates an item to seal.
    public init(content: Content, mediaType: MediaType, source: ItemSource, details: ItemDetails) {
        self.content = content
        self.mediaType = mediaType
        self.source = source
        self.details = details
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
            let stored = pending.map(\.stored)
            let capturedAt = Timestamp.now()
            let drafts = zip(newItems, stored).map { item, object in
                ItemEntry(
                    id: EvidenceID(0),
                    sha256: object.sha256,
                    size: object.size,
                    mediaType: item.mediaType,
                    object: object.name,
                    source: item.source,
                    details: item.details,
                    capturedAt: capturedAt,
                    clock: "system"
                )
            }
            return try state.withLock { state in
                let mark = state.mark()
                do {
                    return try database.writeImmediately { db in
                        try Self.catchUp(&state, keys: keys, in: db)
                        var outcomes = [SealOutcome]()
                        var entries = [LogEntry]()
                        var batch = [DedupeKey: CaptureRecord]()
                        var nextID = state.lastItemID
                        for var draft in drafts {
                            let key = DedupeKey(draft)
                            if let existing = state.existingItem(matching: draft),
                                let position = state.position(of: existing),
                                case .item(let item)? = try Self.entry(at: position, keys: keys, in: db)
                            {
                                outcomes.append(.alreadySealed(item.captureRecord(logIndex: UInt64(position))))
                            } else if let earlier = batch[key] {
                                outcomes.append(.alreadySealed(earlier))
                            } else {
                                nextID += 1
                                draft.id = EvidenceID(nextID)
                                let record = draft.captureRecord(logIndex: UInt64(state.count + entries.count))
                                batch[key] = record
                                outcomes.append(.sealed(record))
                                entries.append(.item(draft))
                            }
                        }
                        if !entries.isEmpty { try Self.appendEntries(entries, to: &state, keys: keys, in: db) }
                        return outcomes
                    }
                } catch {
                    // The transaction rolled back; forget what it had appended in memory too.
                    state.rollBack(to: mark)
                    throw error
                }
            }
        } catch {
            throw VaultErrors.translate(error, doing: "sealing")
        }
    }

    /// Appends entries and a signed checkpoint inside an open write transaction, updating `state`.
    static func appendEntries(_ entries: [LogEntry], to state: inout LogState, keys: VaultKeys, in db: Database) throws
    {
        for entry in entries {
            let plain = try entry.canonicalJSON()
            let position = Int64(state.count)
            try VaultDatabase.appendLogEntry(
                position: position,
                sealed: try keys.sealRow(plain, context: "log-entry|\(position)"),
                in: db
            )
            state.append(entry, leafHash: MerkleHashing.leafHash(plain))
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
