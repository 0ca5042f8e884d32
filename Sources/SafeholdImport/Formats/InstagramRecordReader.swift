import SafeholdCore

/// Turns the comments and relationship lists of an Instagram export into records. Direct messages
/// are read by ``MetaThreadReader``, as Messenger's are.
struct InstagramRecordReader {
    let file: ExportFile
    /// The export's owner, when `personal_information.json` named them.
    let owner: AccountRef?
    let emit: (ImportedRecord) throws -> Void
    private let platform = Platform("instagram")!

    init(file: ExportFile, owner: AccountRef?, emit: @escaping (ImportedRecord) throws -> Void) {
        self.file = file
        self.owner = owner
        self.emit = emit
    }

    private func record(_ kind: RecordKind, _ capture: JSONCapture) -> NormalizedRecord {
        NormalizedRecord(kind: kind, platform: platform, file: file, capture: capture)
    }

    /// One comment the owner wrote on a post or reel.
    ///
    /// Newer exports give `string_map_data` with `Comment`, `Media Owner` and `Time`; older ones a
    /// `string_list_data` entry holding the text and time, with the post's owner as the `title`.
    func comment(_ capture: JSONCapture) throws {
        let entry = try JSONValue.parse(capture, file: file.path)
        var record = record(.comment, capture)
        record.author = owner
        let fields = entry["string_map_data"]
        if fields.exists {
            record.text = fields["Comment"]["value"].metaText
            record.createdAt = MetaExport.time(seconds: fields["Time"]["timestamp"])
            if let mediaOwner = fields["Media Owner"]["value"].metaText {
                record.recipients = [AccountRef(handle: mediaOwner)]
            }
        } else {
            let item = entry["string_list_data"].array.first ?? entry
            record.text = item["value"].metaText
            record.createdAt = MetaExport.time(seconds: item["timestamp"])
            if let mediaOwner = entry["title"].metaText { record.recipients = [AccountRef(handle: mediaOwner)] }
        }
        let media = entry["media_list_data"].array.compactMap { $0["uri"].text }.map {
            MetaExport.resolve($0, from: file.path)
        }
        if !media.isEmpty { record.media = media }
        try emit(ImportedRecord(record: record, bytes: capture.bytes))
    }

    /// One account in a followers, following, blocked, restricted, close friends or similar list.
    ///
    /// The handle is the entry's `value`; newer files leave it out for some lists (following, blocked)
    /// and give it as the entry's `title` instead.
    func relationship(_ capture: JSONCapture, kind: RelationshipKind, flag: String?) throws {
        let entry = try JSONValue.parse(capture, file: file.path)
        var record = record(.relationship, capture)
        record.relationship = kind
        record.author = owner
        let item = entry["string_list_data"].array.first ?? entry
        let handle = item["value"].metaText ?? entry["title"].metaText
        record.recipients = [AccountRef(handle: handle, url: item["href"].text)]
        record.createdAt = MetaExport.time(seconds: item["timestamp"])
        if let flag { record.flags = [flag] }
        try emit(ImportedRecord(record: record, bytes: capture.bytes))
    }
}

extension InstagramRecordReader {
    /// The export owner's username and name from `personal_information.json`, so that comments and
    /// relationships carry whose they are. A missing or damaged file leaves the owner unknown.
    static func owner(in source: any ExportSource) -> AccountRef? {
        let profile = source.files.first { file in
            let components = file.path.split(separator: "/")
            return components.last == "personal_information.json" && components.count <= 4
                && components.dropLast().contains { $0 == "personal_information" || $0 == "account_information" }
        }
        guard let profile else { return nil }
        var owner: AccountRef?
        try? JSONFileReader.scan(profile, from: source, patterns: [JSONPathPattern("$.profile_user[*]")]) { capture in
            guard owner == nil else { return }
            let fields = try JSONValue.parse(capture, file: profile.path)["string_map_data"]
            let handle = fields["Username"]["value"].metaText
            owner = AccountRef(
                handle: handle,
                displayName: fields["Name"]["value"].metaText,
                url: handle.map { "https://www.instagram.com/\($0)" }
            )
        }
        return owner
    }
}
