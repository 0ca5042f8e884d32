/// Where a sealed item came from: typed in, a file, or a file inside a platform export.
public struct ItemSource: Hashable, Sendable, Codable {
    /// How the item reached Safehold.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Text the person typed or pasted.
        case typedText = "typed-text"
        /// A file the person chose.
        case file
        /// A record read from a platform's data export.
        case export
    }

    /// How the item reached Safehold.
    public var kind: Kind
    /// The file's own name as it was on disk, if any. Written by whoever made the file, so never trusted.
    public var fileName: String?
    /// The path inside an archive or export, if any.
    public var pathInArchive: String?
    /// The program that captured it, for example `safehold-add`.
    public var importer: String
    /// That program's version.
    public var importerVersion: String

    /// Creates a source description.
    public init(
        kind: Kind,
        fileName: String? = nil,
        pathInArchive: String? = nil,
        importer: String,
        importerVersion: String
    ) {
        self.kind = kind
        self.fileName = fileName
        self.pathInArchive = pathInArchive
        self.importer = importer
        self.importerVersion = importerVersion
    }
}

/// What the person knows about an item: where it was posted, by whom, when, and their own note.
public struct ItemDetails: Hashable, Sendable, Codable {
    /// The platform it came from, such as `instagram`.
    public var platform: Platform?
    /// The link to it on the platform.
    public var url: String?
    /// Who wrote or sent it, as the platform shows them.
    public var author: String?
    /// When it was posted or sent, as the person or the platform gave it.
    public var postedAt: Timestamp?
    /// The person's own note.
    public var note: String?

    /// Creates details; every field is optional.
    public init(
        platform: Platform? = nil,
        url: String? = nil,
        author: String? = nil,
        postedAt: Timestamp? = nil,
        note: String? = nil
    ) {
        self.platform = platform
        self.url = url
        self.author = author
        self.postedAt = postedAt
        self.note = note
    }
}

/// Where an item's bytes sit inside another sealed item: a message's own bytes inside the sealed
/// export file it was read from.
public struct ItemPart: Hashable, Sendable, Codable {
    /// The sealed file that holds the bytes.
    public var container: EvidenceID
    /// The offset of the first byte in that file.
    public var offset: UInt64

    /// Creates a part reference.
    public init(container: EvidenceID, offset: UInt64) {
        self.container = container
        self.offset = offset
    }
}

/// The capture record of one sealed item: what was sealed, from where, and when.
///
/// This is what `safehold show` prints and what a court exhibit list is built from.
public struct CaptureRecord: Hashable, Sendable, Codable {
    /// The item's number.
    public var id: EvidenceID
    /// SHA-256 of the original bytes.
    public var sha256: ContentDigest
    /// Size of the original in bytes.
    public var size: UInt64
    /// The kind of content, such as `image/png`.
    public var mediaType: MediaType
    /// Where it came from.
    public var source: ItemSource
    /// What the person knows about it.
    public var details: ItemDetails
    /// When Safehold sealed it.
    public var capturedAt: Timestamp
    /// Which clock gave ``capturedAt``; today always this computer's own clock, which nobody vouched for.
    public var clock: String
    /// The position of its entry in the vault's log, counted from 0.
    public var logIndex: UInt64
    /// For a record read from an export: where its bytes are in the sealed export file.
    public var part: ItemPart?
    /// For a record read from an export: what it says, in the common shape of all platforms.
    public var record: NormalizedRecord?

    /// Creates a record.
    public init(
        id: EvidenceID,
        sha256: ContentDigest,
        size: UInt64,
        mediaType: MediaType,
        source: ItemSource,
        details: ItemDetails,
        capturedAt: Timestamp,
        clock: String,
        logIndex: UInt64,
        part: ItemPart? = nil,
        record: NormalizedRecord? = nil
    ) {
        self.part = part
        self.record = record
        self.id = id
        self.sha256 = sha256
        self.size = size
        self.mediaType = mediaType
        self.source = source
        self.details = details
        self.capturedAt = capturedAt
        self.clock = clock
        self.logIndex = logIndex
    }
}
