/// One numbered item in a report: the message as written and where it came from.
public struct Exhibit: Codable, Sendable, Equatable {
    /// The exhibit number shown in the report, assigned by the caller in time order.
    public var number: Int
    /// The item's identifier in the vault, so that it can be found in a bundle.
    public var itemID: String
    /// The platform the item comes from.
    public var platform: String
    /// The sender or author as the platform showed them.
    public var sender: String
    /// When it was posted or sent (ISO 8601), if known.
    public var postedAt: String?
    /// When Safehold captured it (ISO 8601).
    public var capturedAt: String
    /// Where the item came from, in plain words ("Instagram data export, messages/inbox/…").
    public var source: String
    /// The SHA-256 of the original bytes, in hexadecimal.
    public var sha256: String
    /// The text exactly as written, after redaction; any script, emoji or control character may appear.
    public var text: String
    /// Where redaction markers sit in ``text``, in Unicode scalars, end exclusive.
    public var redactionMarkers: [ScalarRange]
    /// What the analysis found, as plain sentences.
    public var findings: [String]
    /// Links that belong to the item (the post's address, a profile).
    public var links: [String]
    /// What was hidden in this exhibit, in plain words ("a friend's name").
    public var redactions: [String]

    /// Creates an exhibit.
    public init(
        number: Int,
        itemID: String,
        platform: String,
        sender: String,
        postedAt: String? = nil,
        capturedAt: String,
        source: String,
        sha256: String,
        text: String,
        redactionMarkers: [ScalarRange] = [],
        findings: [String] = [],
        links: [String] = [],
        redactions: [String] = []
    ) {
        self.number = number
        self.itemID = itemID
        self.platform = platform
        self.sender = sender
        self.postedAt = postedAt
        self.capturedAt = capturedAt
        self.source = source
        self.sha256 = sha256
        self.text = text
        self.redactionMarkers = redactionMarkers
        self.findings = findings
        self.links = links
        self.redactions = redactions
    }
}

/// A range of Unicode scalar offsets into a text, end exclusive.
public struct ScalarRange: Codable, Sendable, Equatable, Hashable {
    /// The first scalar offset.
    public var start: Int
    /// The offset just past the last scalar.
    public var end: Int

    /// Creates a range; `end` must not be below `start`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }
}
