/// One child element of the backup's root (`<sms …/>` or `<mms>…</mms>`): its exact bytes and place.
struct SMSBackupElement {
    var name: String
    var bytes: [UInt8]
    var offset: UInt64
    var line: Int
}

/// Finds the elements directly under the root of an XML file as its bytes stream past, with their
/// exact byte offsets, which Foundation's `XMLParser` cannot report.
///
/// It knows just enough XML to find where elements start and end: quoted attribute values (which may
/// hold `<`, `>` and megabytes of base64), comments, CDATA sections, processing instructions and the
/// DOCTYPE with its internal subset (skipped, never interpreted). Each element is then handed whole
/// to `XMLParser` on its own, so the DOCTYPE never reaches the parser and no entity it declares can be
/// expanded. Nesting and element size are capped.
struct SMSBackupScanner {
    static let maximumDepth = 64
    static let maximumElementBytes = 64 << 20

    private enum State {
        case text, markup, comment, cdata, instruction, doctype
        case tag(end: Bool)
    }

    let path: String
    private var state = State.text
    private var depth = 0
    private var pendingName: [UInt8] = []
    private var nameDone = false
    private var lastWasSlash = false
    private var bracketDepth = 0
    private var markupHead: [UInt8] = []
    private var quote: UInt8?
    private var element: SMSBackupElement?
    private var offset: UInt64 = 0
    private var line = 1
    private(set) var rootName: String?

    init(path: String) { self.path = path }

    /// Scans the next piece, handing on each element of depth one as soon as it is complete.
    mutating func feed(_ piece: UnsafeRawBufferPointer, _ emit: (SMSBackupElement) throws -> Void) throws {
        let bytes = piece.bindMemory(to: UInt8.self)
        var index = 0
        var captureFrom = 0
        while index < bytes.count {
            let skipTo = fastForward(bytes, from: index)
            if skipTo > index {
                countLines(bytes, index..<skipTo)
                index = skipTo
                continue
            }
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            if case .text = state, byte == 0x3C, depth == 1 {
                element = SMSBackupElement(name: "", bytes: [], offset: offset + UInt64(index), line: line)
                captureFrom = index
            }
            index += 1
            if try step(byte) {
                try finishElement(bytes, from: captureFrom, to: index, emit)
                captureFrom = index
            }
        }
        if element != nil { try capture(bytes, captureFrom..<bytes.count) }
        offset += UInt64(bytes.count)
    }

    /// Checks the file ended outside any element.
    func finish() throws {
        guard rootName != nil else {
            throw ImportError(
                .wrongFormat,
                file: path,
                "This file has no messages in it. Choose the backup file the app wrote."
            )
        }
        if depth > 0 || element != nil {
            throw ImportError(
                .malformed,
                file: path,
                "This backup ends part-way through a message, so it was probably cut short while copying. "
                    + "The messages before that point were read; copy the backup from the phone again to get the rest."
            )
        }
    }

    /// Where the next byte that matters is: the end of an attribute value, or the next `<` in text.
    private func fastForward(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        if let quote, case .tag = state { return bytes[index...].firstIndex(of: quote) ?? bytes.count }
        if case .text = state { return bytes[index...].firstIndex(of: 0x3C) ?? bytes.count }
        return index
    }

    private mutating func countLines(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        for byte in bytes[range] where byte == 0x0A { line += 1 }
    }

    private mutating func finishElement(
        _ bytes: UnsafeBufferPointer<UInt8>,
        from start: Int,
        to end: Int,
        _ emit: (SMSBackupElement) throws -> Void
    ) throws {
        try capture(bytes, start..<end)
        guard let done = element else { return }
        element = nil
        try emit(done)
    }

    private mutating func capture(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) throws {
        guard var open = element else { return }
        element = nil
        guard open.bytes.count + range.count <= Self.maximumElementBytes else {
            throw ImportError(
                .tooLarge,
                file: path,
                "The message starting on line \(open.line) is larger than 64 MiB, more than any text or picture "
                    + "message. The file may be damaged; Safehold stopped reading it there."
            )
        }
        open.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        element = open
    }

    /// Advances the state machine by one byte; `true` when a depth-one element just ended.
    private mutating func step(_ byte: UInt8) throws -> Bool {
        switch state {
        case .text:
            if byte == 0x3C {
                state = .markup
                markupHead = []
            }
            return false
        case .markup: return try markup(byte)
        case .tag(let end): return try tag(byte, end: end)
        case .comment: return closeWhen(byte, endsWith: Array("-->".utf8))
        case .cdata: return closeWhen(byte, endsWith: Array("]]>".utf8))
        case .instruction: return closeWhen(byte, endsWith: Array("?>".utf8))
        case .doctype: return doctype(byte)
        }
    }

    /// Right after `<`: decides what kind of markup this is.
    private mutating func markup(_ byte: UInt8) throws -> Bool {
        markupHead.append(byte)
        switch markupHead.first {
        case 0x3F: state = .instruction
        case 0x2F:
            state = .tag(end: true)
            pendingName = []
            nameDone = false
        case 0x21:
            if markupHead.starts(with: Array("!--".utf8)) {
                state = .comment
                markupHead = []
            }
            if markupHead.starts(with: Array("![CDATA[".utf8)) {
                state = .cdata
                markupHead = []
            }
            if markupHead.count >= 8 && !markupHead.starts(with: Array("![CDATA[".utf8)) {
                state = .doctype
                bracketDepth = markupHead.filter { $0 == 0x5B }.count
            }
        default:
            state = .tag(end: false)
            pendingName = [byte]
            nameDone = false
            lastWasSlash = false
        }
        return false
    }

    private mutating func closeWhen(_ byte: UInt8, endsWith terminator: [UInt8]) -> Bool {
        markupHead.append(byte)
        if markupHead.count > terminator.count { markupHead.removeFirst() }
        if markupHead == terminator { leaveMarkup() }
        return false
    }

    private mutating func doctype(_ byte: UInt8) -> Bool {
        if let open = quote {
            if byte == open { quote = nil }
        } else if byte == 0x22 || byte == 0x27 {
            quote = byte
        } else if byte == 0x5B {
            bracketDepth += 1
        } else if byte == 0x5D {
            bracketDepth -= 1
        } else if byte == 0x3E && bracketDepth <= 0 {
            leaveMarkup()
        }
        return false
    }
}

extension SMSBackupScanner {
    /// Inside `<name …>` or `</name>`: follows quotes, collects the name, and tracks depth when the tag closes.
    private mutating func tag(_ byte: UInt8, end: Bool) throws -> Bool {
        if let open = quote {
            if byte == open { quote = nil }
            return false
        }
        switch byte {
        case 0x22, 0x27:
            quote = byte
            nameDone = true
            lastWasSlash = false
        case 0x3E:
            state = .text
            return try closeTag(end: end, selfClosing: lastWasSlash)
        case 0x2F:
            lastWasSlash = true
            nameDone = true
        case 0x20, 0x09, 0x0A, 0x0D:
            nameDone = true
        default:
            if !nameDone && pendingName.count < 64 { pendingName.append(byte) }
            lastWasSlash = false
        }
        return false
    }

    private mutating func closeTag(end: Bool, selfClosing: Bool) throws -> Bool {
        let name = String(decoding: pendingName, as: UTF8.self)
        if end {
            depth -= 1
            if depth <= 0 { element = nil }
            return depth == 1 && element != nil
        }
        if depth == 0 && rootName == nil { rootName = name }
        if depth == 1 { element?.name = name }
        if selfClosing { return depth == 1 && element != nil }
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw ImportError(
                .malformed,
                file: path,
                "This file nests elements more than \(Self.maximumDepth) deep, which a message backup never does. "
                    + "It may have been made to crash programs that read it; Safehold stopped reading it."
            )
        }
        return false
    }

    /// Back in text after a comment, instruction or declaration: outside any message it was not one.
    private mutating func leaveMarkup() {
        state = .text
        if depth <= 1 { element = nil }
    }
}
