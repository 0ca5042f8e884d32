import Foundation
import SafeholdCore

/// Turns the ActivityStreams values and CSV rows of a Mastodon export into records.
struct MastodonRecordReader {
    let file: ExportFile
    /// The archive's owner, from `actor.json`, when the export has it.
    let owner: AccountRef?
    /// The folder holding `actor.json` (`""` or one folder down).
    let root: String
    let emit: (ImportedRecord) throws -> Void
    let platform = Platform("mastodon")!
    /// Every path in the export, to find where a post's photo was put.
    private let paths: Set<String>

    static let publicAudience: Set<String> = ["https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"]

    init(
        file: ExportFile,
        owner: AccountRef?,
        root: String,
        source: any ExportSource,
        emit: @escaping (ImportedRecord) throws -> Void
    ) {
        self.file = file
        self.owner = owner
        self.root = root
        self.emit = emit
        paths = Set(source.files.map(\.path))
    }

    /// The owner's account from `actor.json`; `nil` when it has none.
    static func owner(in source: any ExportSource, root: String) throws -> AccountRef? {
        guard let file = source.file(at: root + "actor.json") else { return nil }
        var owner: AccountRef?
        try JSONFileReader.scan(file, from: source, patterns: [JSONPathPattern("$")]) { capture in
            owner = account(of: try JSONValue.parse(capture, file: file.path))
        }
        return owner
    }

    static func account(of actor: JSONValue) -> AccountRef {
        let id = actor["id"].text
        let host = id.flatMap { URL(string: $0)?.host }
        let handle = actor["preferredUsername"].text.map { name in host.map { "\(name)@\($0)" } ?? name }
        return AccountRef(id: id, handle: handle, displayName: actor["name"].text, url: actor["url"].text ?? id)
    }

    /// One outbox item: a `Create` (post, reply or direct message) or an `Announce` (boost).
    func activity(_ capture: JSONCapture) throws {
        let activity = try JSONValue.parse(capture, file: file.path)
        if activity["type"].string == "Announce" {
            var record = NormalizedRecord(kind: .reaction, platform: platform, file: file, capture: capture)
            record.platformID = activity["id"].text
            record.author = owner
            record.reaction = "boost"
            record.inReplyTo = activity["object"].text ?? activity["object"]["id"].text
            record.url = record.inReplyTo
            record.createdAt = activity["published"].text.flatMap { Timestamp(parsing: $0) }
            record.recipients = record.inReplyTo.flatMap(MastodonAccounts.author(ofStatus:)).map { [$0] }
            try emit(ImportedRecord(record: record, bytes: capture.bytes))
            return
        }
        let note = activity["object"]
        guard note["id"].exists else { return }
        try emit(ImportedRecord(record: self.note(note, capture: capture), bytes: capture.bytes))
    }

    private func note(_ note: JSONValue, capture: JSONCapture) -> NormalizedRecord {
        let audience = (note["to"].array + note["cc"].array).compactMap(\.text)
        let visibility = Self.visibility(
            to: note["to"].array.compactMap(\.text),
            cc: note["cc"].array.compactMap(\.text)
        )
        let kind: RecordKind = visibility == "direct" ? .message : (note["inReplyTo"].text != nil ? .reply : .post)
        var record = NormalizedRecord(kind: kind, platform: platform, file: file, capture: capture)
        record.platformID = note["id"].text
        record.url = note["url"].text ?? note["id"].text
        record.author = owner
        record.createdAt = note["published"].text.flatMap { Timestamp(parsing: $0) }
        record.inReplyTo = note["inReplyTo"].text
        record.conversationID = note["conversation"].text
        let warning = note["summary"].text.map(MastodonHTML.text)
        let body = note["content"].text.map(MastodonHTML.text)
        let text = [warning, body].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
        record.text = text.isEmpty ? nil : text
        let mentions = note["tag"].array.filter { $0["type"].string == "Mention" }
        let people = audience.filter { Self.isPerson($0) }.map { MastodonAccounts.account(url: $0, mentions: mentions) }
        if !people.isEmpty { record.recipients = people }
        let media = note["attachment"].array.map { attachment in
            MediaRef(path: mediaPath(attachment["url"].text), mediaType: attachment["mediaType"].text)
        }
        if !media.isEmpty { record.media = media }
        record.flags = Self.flags(of: note, visibility: visibility, warned: warning != nil)
        return record
    }

    /// The note's visibility, then `content-warning`, `sensitive` and `edited` when they apply.
    private static func flags(of note: JSONValue, visibility: String, warned: Bool) -> [String] {
        var flags = [visibility]
        if warned { flags.append("content-warning") }
        if note["sensitive"].bool == true { flags.append("sensitive") }
        if let updated = note["updated"].text.flatMap({ Timestamp(parsing: $0) }) {
            flags += ["edited", "edited-at:\(updated.rfc3339)"]
        }
        return flags
    }

    /// `public`, `unlisted`, `followers-only` or `direct`, from a note's addressing.
    static func visibility(to: [String], cc: [String]) -> String {
        if to.contains(where: publicAudience.contains) { return "public" }
        if cc.contains(where: publicAudience.contains) { return "unlisted" }
        if (to + cc).contains(where: { $0.hasSuffix("/followers") }) { return "followers-only" }
        return "direct"
    }

    private static func isPerson(_ address: String) -> Bool {
        !publicAudience.contains(address) && !address.hasSuffix("/followers")
    }

    /// Where a post's photo is in the export. Mastodon writes the link as the file's path on its
    /// server (without `/system/`); the file sits at that path, or from `media_attachments/` when the
    /// server kept files under a bucket name.
    private func mediaPath(_ link: String?) -> String? {
        guard let link, !link.contains(".."), !link.contains("\\") else { return nil }
        if link.hasPrefix("http://") || link.hasPrefix("https://") { return nil }
        var relative = Substring(link)
        while relative.hasPrefix("/") { relative = relative.dropFirst() }
        if relative.hasPrefix("system/") { relative = relative.dropFirst("system/".count) }
        if paths.contains(root + relative) { return root + relative }
        if let start = relative.range(of: "media_attachments/") {
            return root + relative[start.lowerBound...]
        }
        return root + relative
    }

    /// The actor: the owner's profile, with the bio and profile fields as text.
    func profile(_ capture: JSONCapture) throws {
        let actor = try JSONValue.parse(capture, file: file.path)
        var record = NormalizedRecord(kind: .profile, platform: platform, file: file, capture: capture)
        let account = Self.account(of: actor)
        record.platformID = account.id
        record.author = account
        record.url = account.url
        record.createdAt = actor["published"].text.flatMap { Timestamp(parsing: $0) }
        var lines = [actor["summary"].text.map(MastodonHTML.text)].compactMap { $0 }
        for field in actor["attachment"].array where field["type"].string == "PropertyValue" {
            lines.append("\(field["name"].string ?? ""): \(MastodonHTML.text(field["value"].string ?? ""))")
        }
        let text = lines.filter { !$0.isEmpty }.joined(separator: "\n")
        record.text = text.isEmpty ? nil : text
        let pictures = [("icon", "avatar"), ("image", "header")].compactMap { key, kind in
            actor[key]["url"].text.map { MediaRef(path: mediaPath($0), mediaType: kind) }
        }
        if !pictures.isEmpty { record.media = pictures }
        try emit(ImportedRecord(record: record, bytes: capture.bytes))
    }

    /// One liked or bookmarked post, named by its address.
    func reaction(_ capture: JSONCapture, reaction: String) throws {
        let value = try JSONValue.parse(capture, file: file.path)
        guard let target = value.text ?? value["id"].text else { return }
        var record = NormalizedRecord(kind: .reaction, platform: platform, file: file, capture: capture)
        record.author = owner
        record.reaction = reaction
        record.inReplyTo = target
        record.url = target
        record.recipients = MastodonAccounts.author(ofStatus: target).map { [$0] }
        try emit(ImportedRecord(record: record, bytes: capture.bytes))
    }
}

/// Reduces the HTML of a Mastodon post, bio or profile field to plain text without rendering anything.
///
/// Tags are dropped (a line break for `<br>` and the end of a paragraph or block), the contents of
/// `script`, `style` and similar elements are dropped whole, comments vanish, and character entities
/// are decoded. Nothing is fetched or run. Decoded text may contain `<` (from `&lt;`): it is text, and
/// whoever shows it escapes it. Written here because Mastodon's HTML is a small, regular subset.
enum MastodonHTML {
    private static let dropped: Set<String> = ["script", "style", "template", "iframe", "object", "noscript", "title"]
    private static let breaks: Set<String> = [
        "br", "p", "div", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
    ]
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "hellip": "…",
        "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "copy": "©",
    ]

    /// The text a reader of `html` would see, with paragraphs separated by a blank line.
    static func text(_ html: String) -> String {
        let input = Array(html.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < input.count {
            let scalar = input[index]
            if scalar == "<", let tag = tag(in: input, at: index) {
                index = tag.end
                if !tag.closing, dropped.contains(tag.name) {
                    index = endOfElement(tag.name, in: input, from: index)
                } else if breaks.contains(tag.name) {
                    output.append(contentsOf: (tag.name == "p" && tag.closing ? "\n\n" : "\n").unicodeScalars)
                }
            } else if scalar == "<", starts(input, at: index, with: "<!--") {
                index = find("-->", in: input, from: index + 4).map { $0 + 3 } ?? input.count
            } else if scalar == "&", let (decoded, end) = entity(in: input, at: index) {
                output.append(contentsOf: decoded.unicodeScalars)
                index = end
            } else {
                output.append(scalar)
                index += 1
            }
        }
        return tidy(String(output))
    }

    /// A tag starting at `<`: its lowercased name, whether it closes, and the index after its `>`.
    private static func tag(in input: [Unicode.Scalar], at start: Int) -> (name: String, closing: Bool, end: Int)? {
        var index = start + 1
        let closing = index < input.count && input[index] == "/"
        if closing { index += 1 }
        var name = ""
        while index < input.count, input[index].properties.isAlphabetic || ("0"..."9").contains(input[index]) {
            name.unicodeScalars.append(input[index])
            index += 1
        }
        guard !name.isEmpty, name.unicodeScalars.first!.properties.isAlphabetic else { return nil }
        // A tag longer than any real one is read as text, so that hostile input cannot make this slow.
        let limit = min(input.count, index + 8192)
        var quote: Unicode.Scalar?
        while index < limit {
            let scalar = input[index]
            index += 1
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return (name.lowercased(), closing, index)
            }
        }
        return limit == input.count ? (name.lowercased(), closing, input.count) : nil
    }

    /// The index after `</name …>`, or the end of the text when the element is never closed.
    private static func endOfElement(_ name: String, in input: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while let found = find("</", in: input, from: index) {
            if let tag = tag(in: input, at: found), tag.closing, tag.name == name { return tag.end }
            index = found + 2
        }
        return input.count
    }

    /// `&name;`, `&#123;` or `&#x1F600;` decoded, and the index after it; `nil` when it is not one.
    private static func entity(in input: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        guard let semicolon = find(";", in: input, from: start + 1, within: 32) else { return nil }
        let body = String(String.UnicodeScalarView(input[(start + 1)..<semicolon]))
        if let text = named[body] { return (text, semicolon + 1) }
        guard body.hasPrefix("#") else { return nil }
        let digits = body.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value else { return nil }
        let scalar = value == 0 ? nil : Unicode.Scalar(value)
        return (String(scalar ?? "\u{FFFD}"), semicolon + 1)
    }

    private static func find(_ needle: String, in input: [Unicode.Scalar], from start: Int, within: Int = .max) -> Int?
    {
        var index = start
        let end = start > input.count - within ? input.count : start + within
        while index < end {
            if starts(input, at: index, with: needle) { return index }
            index += 1
        }
        return nil
    }

    private static func starts(_ input: [Unicode.Scalar], at index: Int, with prefix: String) -> Bool {
        let scalars = Array(prefix.unicodeScalars)
        guard index + scalars.count <= input.count else { return false }
        return input[index..<(index + scalars.count)].elementsEqual(scalars)
    }

    /// Lines trimmed, at most one blank line in a row, none at either end.
    private static func tidy(_ text: String) -> String {
        var lines = [String]()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
