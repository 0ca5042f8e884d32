import Foundation
public import SafeholdCore

/// Reads a Discord data package ("Request all of my data"): the ZIP as downloaded or its folder.
///
/// The package holds only the person's OWN messages: for each channel they wrote in, a folder
/// `messages/c<id>/` (older packages: `messages/<id>/`) with `channel.json` (type, name, server,
/// recipients) and their messages, as `messages.json` (newer: `[{ID, Timestamp, Contents, Attachments}]`)
/// or `messages.csv` (older: `ID,Timestamp,Contents,Attachments`). What others wrote to them is not in
/// it, so messages from an abuser must come from elsewhere (screenshots, the abuser's own data request
/// through the police). `messages/index.json` names the channels ("Direct Message with …"),
/// `account/user.json` holds the account and its friends, blocks and friend requests, and
/// `servers/index.json` names the servers. Folder names are matched in any case (newer packages write
/// `Messages/`, `Account/`). No sample package was available: the layout was learned from Discord's
/// description of the package, its own README in each package, and public parsers of real packages.
public struct DiscordImporter: Importer {
    /// `discord-package`, recorded with every record this importer reads.
    public let name = "discord-package"
    /// This importer's version, recorded with every record.
    public let version = "1.0.0"
    /// `discord`.
    public var platform: Platform? { Platform("discord") }

    /// Creates the importer.
    public init() {}

    /// What a data file of a Discord package holds.
    enum DataFile: Equatable {
        case messagesJSON, messagesCSV, account
    }

    /// Where the package's parts are: the messages folder, and the package's own folder.
    struct Layout: Equatable {
        /// The folder holding the channel folders, ending in `/` (`messages/`, `package/Messages/`).
        var messages: String
        /// The package's folder (`""` or one folder down, ending in `/`).
        var root: String
    }

    /// The package's layout: found from the first channel folder (`<messages>/c<id>/channel.json`).
    static func layout(_ source: any ExportSource) -> Layout? {
        for file in source.files where file.name == "channel.json" {
            let parts = file.path.split(separator: "/").map(String.init)
            guard (3...4).contains(parts.count), isChannelFolder(parts[parts.count - 2]) else { continue }
            let messages = parts.dropLast(2).joined(separator: "/") + "/"
            return Layout(messages: messages, root: parts.dropLast(3).map { $0 + "/" }.joined())
        }
        return nil
    }

    /// `c1234…` or `1234…`: a channel's folder.
    static func isChannelFolder(_ name: String) -> Bool {
        let digits = name.hasPrefix("c") ? name.dropFirst() : Substring(name)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func kind(of path: String, layout: Layout) -> DataFile? {
        if path.lowercased() == (layout.root + "account/user.json").lowercased() { return .account }
        guard path.hasPrefix(layout.messages) else { return nil }
        let rest = path.dropFirst(layout.messages.count).split(separator: "/").map(String.init)
        guard rest.count == 2, isChannelFolder(rest[0]) else { return nil }
        switch rest[1] {
        case "messages.json": return .messagesJSON
        case "messages.csv": return .messagesCSV
        default: return nil
        }
    }

    /// Whether this is a Discord package: a channel folder with `channel.json` and its messages.
    public func recognizes(_ source: any ExportSource) -> Bool {
        guard let layout = Self.layout(source) else { return false }
        return source.files.contains { Self.kind(of: $0.path, layout: layout) != nil }
    }

    /// Messages and the account file are read; the avatar is sealed as media; the rest as it is.
    public func plan(_ source: any ExportSource) throws -> [PlannedFile] {
        let layout = Self.layout(source)
        return source.files.map { file in
            guard let layout else { return PlannedFile(file: file, role: .original) }
            if Self.kind(of: file.path, layout: layout) != nil { return PlannedFile(file: file, role: .records) }
            let isAvatar = file.path.lowercased().hasPrefix((layout.root + "account/avatar").lowercased())
            return PlannedFile(file: file, role: isAvatar ? .media : .original)
        }
    }

    /// Streams the records of one channel's messages, or of the account's relationships.
    /// - Throws: ``ImportError`` naming the file when it is damaged, cut short or too large to be real.
    public func parse(_ file: ExportFile, from source: any ExportSource, emit: (ImportedRecord) throws -> Void) throws {
        guard let layout = Self.layout(source), let kind = Self.kind(of: file.path, layout: layout) else { return }
        let owner = try DiscordPackage.owner(in: source, layout: layout)
        if kind == .account {
            try withoutActuallyEscaping(emit) { emit in
                let reader = DiscordRecordReader(file: file, owner: owner, channel: nil, emit: emit)
                try JSONFileReader.scan(file, from: source, patterns: [JSONPathPattern("$.relationships[*]")]) {
                    try reader.relationship($0)
                }
            }
            return
        }
        let channel = try DiscordPackage.channel(for: file, in: source, layout: layout, owner: owner)
        try withoutActuallyEscaping(emit) { emit in
            let reader = DiscordRecordReader(file: file, owner: owner, channel: channel, emit: emit)
            if kind == .messagesJSON {
                try JSONFileReader.scan(file, from: source, patterns: [JSONPathPattern("$[*]")]) {
                    try reader.message($0)
                }
            } else {
                try CSVFileReader.scanTable(file, from: source) { header, row in try reader.message(row, header: header)
                }
            }
        }
    }
}

/// Reading the small files of a Discord package that give messages their context.
enum DiscordPackage {
    private struct Enough: Error {}

    /// The account's owner from the first members of `account/user.json`; the rest of that file (which
    /// can be large) is not read for this.
    static func owner(in source: any ExportSource, layout: DiscordImporter.Layout) throws -> AccountRef? {
        let path = (layout.root + "account/user.json").lowercased()
        guard let file = source.files.first(where: { $0.path.lowercased() == path }) else { return nil }
        var fields = [String: String]()
        // `email` and `verified` follow the names in real files: once one is read, the names are known.
        let names = ["id", "username", "global_name", "discriminator", "email", "verified"]
        do {
            try JSONFileReader.scan(file, from: source, patterns: names.map { JSONPathPattern("$.\($0)") }) { capture in
                fields[names[capture.pattern]] = try JSONValue.parse(capture, file: file.path).text
                if fields["id"] != nil, fields["username"] != nil, capture.pattern >= 4 { throw Enough() }
            }
        } catch is Enough {}
        guard let id = fields["id"] else { return nil }
        return DiscordRecordReader.user(
            id: id,
            username: fields["username"],
            discriminator: fields["discriminator"],
            globalName: fields["global_name"]
        )
    }

    /// The channel a messages file belongs to, from its `channel.json` and the package's indexes.
    static func channel(
        for file: ExportFile,
        in source: any ExportSource,
        layout: DiscordImporter.Layout,
        owner: AccountRef?
    ) throws -> DiscordChannel {
        let folder = String(file.path.dropLast(file.name.count))
        let name = folder.dropLast().split(separator: "/").last ?? ""
        var channel = DiscordChannel(id: String(name.hasPrefix("c") ? name.dropFirst() : name))
        if let info = source.file(at: folder + "channel.json") {
            try JSONFileReader.scan(info, from: source, patterns: [JSONPathPattern("$")]) { capture in
                channel.read(try JSONValue.parse(capture, file: info.path), ownerID: owner?.id)
            }
        }
        if channel.name == nil || channel.isDirect, let index = source.file(at: layout.messages + "index.json") {
            channel.indexName = try lookUp(channel.id, in: index, from: source)
        }
        if channel.guildName == nil, let guild = channel.guildID {
            let path = (layout.root + "servers/index.json").lowercased()
            if let index = source.files.first(where: { $0.path.lowercased() == path }) {
                channel.guildName = try lookUp(guild, in: index, from: source)
            }
        }
        return channel
    }

    /// The text an index file (`{"<id>": "<name>", …}`) gives for one id, streamed so that memory stays flat.
    private static func lookUp(_ id: String, in index: ExportFile, from source: any ExportSource) throws -> String? {
        var found: String?
        do {
            try JSONFileReader.scan(index, from: source, patterns: [JSONPathPattern([.key(id)])]) { capture in
                found = try JSONValue.parse(capture, file: index.path).text
                throw Enough()
            }
        } catch is Enough {}
        return found
    }
}
