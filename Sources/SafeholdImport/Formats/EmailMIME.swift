import SafeholdCore

/// One message as it stands in its file: its exact bytes and where each of its lines is in them.
struct RawEmail {
    /// The message's bytes, exactly as in the file.
    var bytes: [UInt8] = []
    /// Each line's content (without its break) as a range of ``bytes``.
    var lines: [Range<Int>] = []
    /// The file line the message starts on, and its byte offset in the file.
    var firstLine: Int
    var offset: UInt64
    /// Whether it came from an mbox, whose writers turn body lines starting `From ` into `>From `.
    var fromMbox: Bool

    /// Line `index`, with mbox quoting undone (`>From ` → `From `, `>>From ` → `>From `, as mboxrd readers do).
    func line(_ index: Int) -> ArraySlice<UInt8> {
        let line = bytes[lines[index]]
        guard fromMbox, line.first == 0x3E else { return line }
        let unquoted = line.drop { $0 == 0x3E }
        return unquoted.starts(with: Array("From ".utf8)) ? line.dropFirst() : line
    }
}

/// A MIME entity (RFC 2045/2046): the message itself, or one part of a multipart, with its parts.
struct MIMEEntity {
    /// Deepest nesting of multiparts read; deeper parts are kept as opaque attachments.
    static let maximumDepth = 24

    var headers: EmailHeaders
    var contentType: MIMEFieldValue
    var disposition: MIMEFieldValue
    /// The body's lines, as indices into the message's lines.
    var body: Range<Int>
    var parts: [MIMEEntity] = []
    /// Whether a multipart ended without its closing boundary (a message cut short).
    var truncated = false

    /// Parses the entity whose header starts at line `range.lowerBound`.
    static func parse(_ message: RawEmail, lines range: Range<Int>, depth: Int = 0) -> MIMEEntity {
        let (headers, consumed) = EmailHeaders.read(range.lazy.map { message.bytes[message.lines[$0]] })
        let bodyStart = range.lowerBound + consumed
        var entity = MIMEEntity(
            headers: headers,
            contentType: MIMEFieldValue(headers["content-type"] ?? "text/plain"),
            disposition: MIMEFieldValue(headers["content-disposition"]),
            body: min(bodyStart, range.upperBound)..<range.upperBound
        )
        if entity.contentType.type == "multipart", let boundary = entity.contentType.parameters["boundary"],
            !boundary.isEmpty, depth < maximumDepth
        {
            entity.splitParts(message, boundary: Array(("--" + boundary).utf8), depth: depth)
        }
        return entity
    }

    /// Splits a multipart body at its boundary lines; parts run from one boundary to the next.
    private mutating func splitParts(_ message: RawEmail, boundary: [UInt8], depth: Int) {
        var start: Int?
        for index in body {
            let line = message.bytes[message.lines[index]]
            guard line.starts(with: boundary) else { continue }
            let rest = line.dropFirst(boundary.count)
            let closing = rest.starts(with: [0x2D, 0x2D])
            guard closing || rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { continue }
            if let open = start { parts.append(Self.parse(message, lines: open..<index, depth: depth + 1)) }
            if closing { return }
            start = index + 1
        }
        truncated = true
        if let open = start { parts.append(Self.parse(message, lines: open..<body.upperBound, depth: depth + 1)) }
    }

    var isMultipart: Bool { contentType.type == "multipart" && !parts.isEmpty }

    /// The name the part gives its file, from Content-Disposition or Content-Type.
    var fileName: String? { disposition.parameters["filename"] ?? contentType.parameters["name"] }

    /// Whether this part is a file rather than the message's text. A multipart that could not be split
    /// (no boundary, or nested too deeply) is kept as an opaque file too.
    var isAttachment: Bool {
        if isMultipart { return false }
        if contentType.type == "multipart" || disposition.value == "attachment" { return true }
        let readable = contentType.value == "text/plain" || contentType.value == "text/html"
        return !readable || (fileName != nil && disposition.value != "inline")
    }

    /// The decoded body, at most `limit` bytes; `truncated` when there was more.
    func decodedBody(_ message: RawEmail, limit: Int) -> (bytes: [UInt8], truncated: Bool) {
        let encoding = (headers["content-transfer-encoding"] ?? "7bit").trimmingSpaces.lowercased()
        var output = [UInt8]()
        var base64 = Base64Decoder()
        for index in body {
            let line = message.line(index)
            switch encoding {
            case "base64": base64.feed(line, into: &output)
            case "quoted-printable": if !QuotedPrintable.decodeLine(line, into: &output) { output.append(0x0A) }
            default:
                output += line
                output.append(0x0A)
            }
            if output.count > limit { return (Array(output.prefix(limit)), true) }
        }
        base64.finish(into: &output)
        return (output, false)
    }
}
