/// One line of a text file, as the line reader found it: its bytes without the line break, where it
/// starts in the file, and how the line ended.
public struct TextLine: Sendable {
    /// The line's bytes, without the `\n` that ended it and without a `\r` just before that `\n`.
    public var bytes: ArraySlice<UInt8>
    /// The line's number in the file, counting from 1.
    public var number: Int
    /// The byte offset of the line's first byte in the file.
    public var offset: UInt64
    /// How many bytes ended the line: 2 for `\r\n`, 1 for `\n`, 0 for a last line with no break.
    public var terminatorLength: Int

    /// Creates a line.
    public init(bytes: ArraySlice<UInt8>, number: Int, offset: UInt64, terminatorLength: Int) {
        self.bytes = bytes
        self.number = number
        self.offset = offset
        self.terminatorLength = terminatorLength
    }

    /// The bytes the line takes in the file, line break included.
    public var length: UInt64 { UInt64(bytes.count + terminatorLength) }

    /// The line break exactly as the file wrote it.
    public var terminator: [UInt8] {
        switch terminatorLength {
        case 2: [0x0D, 0x0A]
        case 1: [0x0A]
        default: []
        }
    }

    /// The line as text; bytes that are not UTF-8 become U+FFFD.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether the line's bytes are valid UTF-8.
    public var isValidUTF8: Bool { String(validating: bytes, as: UTF8.self) != nil }
}

/// Splits the pieces a source pushes into lines, without ever holding more than one line.
///
/// Lines end at `\n`; a `\r` right before it is part of the break, not of the text. A line longer
/// than the limit stops the reading with an ``ImportError`` rather than growing without bound, since
/// no chat message or mail header is that long and a hostile file could otherwise exhaust memory.
public struct LineReader {
    /// The longest line read, 1 MiB unless told otherwise.
    public static let defaultMaximumLineLength = 1 << 20

    private let path: String
    private let maximumLineLength: Int
    private var pending: [UInt8] = []
    private var offset: UInt64 = 0
    private var number = 1

    /// Creates a reader for one file.
    /// - Parameters:
    ///   - path: The file's path inside the export, named in errors.
    ///   - maximumLineLength: The longest line accepted, in bytes.
    public init(path: String, maximumLineLength: Int = LineReader.defaultMaximumLineLength) {
        self.path = path
        self.maximumLineLength = maximumLineLength
    }

    /// Reads every line of `file`, streaming it from `source`.
    /// - Parameters:
    ///   - file: The file to read.
    ///   - source: The export holding it.
    ///   - maximumLineLength: The longest line accepted, in bytes.
    ///   - body: Called with each line in order.
    /// - Throws: ``ImportError`` `tooLarge` for an over-long line, the source's errors, and `body`'s.
    public static func read(
        _ file: ExportFile,
        from source: any ExportSource,
        maximumLineLength: Int = LineReader.defaultMaximumLineLength,
        _ body: (TextLine) throws -> Void
    ) throws {
        var reader = LineReader(path: file.path, maximumLineLength: maximumLineLength)
        try source.read(file) { piece in try reader.feed(piece, body) }
        try reader.finish(body)
    }

    /// Takes the next piece of the file and hands on every line it completes.
    /// - Throws: ``ImportError`` `tooLarge` when a line grows past the limit, and `body`'s errors.
    public mutating func feed(_ piece: UnsafeRawBufferPointer, _ body: (TextLine) throws -> Void) throws {
        let bytes = piece.bindMemory(to: UInt8.self)
        var start = 0
        while start < bytes.count {
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else {
                try append(UnsafeBufferPointer(rebasing: bytes[start...]))
                return
            }
            try append(UnsafeBufferPointer(rebasing: bytes[start..<newline]))
            try emit(terminated: true, body)
            start = newline + 1
        }
    }

    /// Hands on the last line when the file does not end with a line break.
    public mutating func finish(_ body: (TextLine) throws -> Void) throws {
        if !pending.isEmpty { try emit(terminated: false, body) }
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard pending.count + bytes.count <= maximumLineLength + 1 else {
            throw tooLong()
        }
        pending.append(contentsOf: bytes)
    }

    private func tooLong() -> ImportError {
        let limit = maximumLineLength >= 1 << 20 ? "\(maximumLineLength >> 20) MiB" : "\(maximumLineLength) bytes"
        return ImportError(
            .tooLarge,
            file: path,
            "Line \(number) is longer than \(limit), which no real message is. The file may be damaged or not "
                + "what it seems, so Safehold stopped reading it there. The file itself is still kept as it is."
        )
    }

    private mutating func emit(terminated: Bool, _ body: (TextLine) throws -> Void) throws {
        let carriageReturn = terminated && pending.last == 0x0D
        let contentLength = pending.count - (carriageReturn ? 1 : 0)
        guard contentLength <= maximumLineLength else {
            throw tooLong()
        }
        let line = TextLine(
            bytes: pending[..<contentLength],
            number: number,
            offset: offset,
            terminatorLength: terminated ? (carriageReturn ? 2 : 1) : 0
        )
        offset += line.length
        number += 1
        try body(line)
        pending.removeAll(keepingCapacity: true)
    }
}
