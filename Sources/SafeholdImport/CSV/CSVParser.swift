/// One row of a CSV file: its fields, and where its own bytes are in the file.
public struct CSVRow: Sendable, Equatable {
    /// The fields, unquoted, as UTF-8 text (bytes that are not UTF-8 read as U+FFFD; ``bytes`` keeps them).
    public var fields: [String]
    /// The row's exact bytes in the file, without the line break that ends it.
    public var bytes: [UInt8]
    /// The byte offset of the row's first byte in the file.
    public var offset: UInt64
    /// The line (from 1) the row starts on; a quoted field can carry it over several lines.
    public var line: Int

    /// The field at `index`, or `nil` past the end of a short row.
    public subscript(_ index: Int?) -> String? {
        guard let index, index >= 0, index < fields.count else { return nil }
        return fields[index]
    }
}

/// The bounds that keep a hostile CSV file from exhausting memory.
public struct CSVLimits: Sendable, Equatable {
    /// Largest single field, in bytes (8 MB: far beyond any real message, post or comment).
    public var maximumFieldBytes = 8 << 20
    /// Largest row, in bytes.
    public var maximumRowBytes = 16 << 20
    /// Most fields in one row.
    public var maximumFields = 4096

    /// The default limits.
    public init() {}
}

/// Reads CSV as it streams past (RFC 4180: quoted fields with embedded commas, line breaks and doubled
/// quotes; LF, CRLF or CR line ends; a leading UTF-8 byte-order mark) and hands over each row with its
/// byte offset, length and first line.
///
/// Written here rather than taken from `yaslab/CSV.swift` or `swiftcsv/SwiftCSV`, which the machine
/// carries: both read a whole `String` or pull from a stream they own, and neither reports where a row's
/// bytes are in the file, which every record needs so that anyone can cut it out and check its hash.
/// Export sources push pieces of at most 64 KiB, so this parser keeps only the row being read.
///
/// It is lenient where exports are sloppy: a quote inside an unquoted field is kept as text, and text
/// after a closing quote is kept too. Blank lines are skipped. It is strict only about what cannot be
/// read safely: a quoted field still open at the end of the file (a cut-short download) and fields or
/// rows past ``CSVLimits``.
public struct CSVParser {
    /// Why a CSV file was refused, and where.
    public enum Failure: Error, Sendable, Equatable {
        /// The file ended inside a quoted field that began on this line.
        case unterminatedQuote(line: Int)
        /// A field of the row beginning on this line is larger than the limit.
        case fieldTooLarge(line: Int)
        /// The row beginning on this line is larger than the limit.
        case rowTooLarge(line: Int)
        /// The row beginning on this line has more fields than the limit.
        case tooManyFields(line: Int)
    }

    private enum State {
        case fieldStart, unquoted, quoted, quoteInQuoted, afterCR
    }

    private let limits: CSVLimits
    private var state = State.fieldStart
    private var offset: UInt64 = 0
    private var line = 1
    /// The first bytes, held until it is clear whether they are a byte-order mark.
    private var head: [UInt8]? = []
    private var fields: [String] = []
    private var field: [UInt8] = []
    private var row: [UInt8] = []
    private var rowOffset: UInt64 = 0
    private var rowLine = 1
    private var inRow = false
    private var lastWasCR = false

    /// Creates a parser.
    public init(limits: CSVLimits = CSVLimits()) { self.limits = limits }

    /// Feeds the next bytes of the file; finished rows are passed to `emit` in order.
    /// - Throws: ``Failure`` when a field, row or field count passes the limits; `emit`'s errors as they are.
    public mutating func feed(_ buffer: UnsafeRawBufferPointer, emit: (CSVRow) throws -> Void) throws {
        let bytes = buffer.bindMemory(to: UInt8.self)
        var index = 0
        while head != nil, index < bytes.count {
            head!.append(bytes[index])
            index += 1
            if head!.count == 3 { try settleHead(emit: emit) }
        }
        while index < bytes.count {
            try step(bytes[index], position: offset + UInt64(index), emit: emit)
            index += 1
        }
        offset += UInt64(bytes.count)
    }

    /// Drops a byte-order mark from the first three bytes, or reads them as the start of the first row.
    private mutating func settleHead(emit: (CSVRow) throws -> Void) throws {
        guard let first = head else { return }
        head = nil
        guard first != [0xEF, 0xBB, 0xBF] else { return }
        for (index, byte) in first.enumerated() { try step(byte, position: UInt64(index), emit: emit) }
    }

    /// Declares the end of the file, emitting a last row that had no line break after it.
    /// - Throws: ``Failure/unterminatedQuote(line:)`` when the file stopped inside a quoted field.
    public mutating func finish(emit: (CSVRow) throws -> Void) throws {
        try settleHead(emit: emit)
        if state == .quoted { throw Failure.unterminatedQuote(line: rowLine) }
        if inRow { try endRow(emit: emit) }
    }

    private mutating func step(_ byte: UInt8, position: UInt64, emit: (CSVRow) throws -> Void) throws {
        if state == .afterCR {
            state = .fieldStart
            if byte == 0x0A {  // the LF of a CRLF
                lastWasCR = false
                return
            }
        }
        countLine(byte)
        if !inRow {
            if byte == 0x0A || byte == 0x0D {  // a blank line
                if byte == 0x0D { state = .afterCR }
                return
            }
            inRow = true
            rowOffset = position
            rowLine = line
        }
        try consume(byte, emit: emit)
        if inRow { try appendToRow(byte) }
    }

    /// One byte of a row, read according to whether it is inside quotes.
    private mutating func consume(_ byte: UInt8, emit: (CSVRow) throws -> Void) throws {
        switch state {
        case .fieldStart, .unquoted:
            try plain(byte, emit: emit)
        case .quoted:
            if byte == 0x22 { state = .quoteInQuoted } else { try appendToField(byte) }
        case .quoteInQuoted:
            if byte == 0x22 {
                try appendToField(byte)
                state = .quoted
            } else {
                state = .unquoted
                try plain(byte, emit: emit)
            }
        case .afterCR:
            break
        }
    }

    /// A byte outside quotes: a separator, a line end, an opening quote or text.
    private mutating func plain(_ byte: UInt8, emit: (CSVRow) throws -> Void) throws {
        switch byte {
        case 0x2C:
            try endField()
            state = .fieldStart
        case 0x0A, 0x0D:
            try endRow(emit: emit)
            state = byte == 0x0D ? .afterCR : .fieldStart
        case 0x22 where state == .fieldStart:
            state = .quoted
        default:
            try appendToField(byte)
            state = .unquoted
        }
    }

    private mutating func countLine(_ byte: UInt8) {
        if byte == 0x0A {
            if !lastWasCR { line += 1 }
        } else if byte == 0x0D {
            line += 1
        }
        lastWasCR = byte == 0x0D
    }

    private mutating func appendToField(_ byte: UInt8) throws {
        field.append(byte)
        if field.count > limits.maximumFieldBytes { throw Failure.fieldTooLarge(line: rowLine) }
    }

    private mutating func appendToRow(_ byte: UInt8) throws {
        row.append(byte)
        if row.count > limits.maximumRowBytes { throw Failure.rowTooLarge(line: rowLine) }
    }

    private mutating func endField() throws {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        if fields.count > limits.maximumFields { throw Failure.tooManyFields(line: rowLine) }
    }

    private mutating func endRow(emit: (CSVRow) throws -> Void) throws {
        try endField()
        let finished = CSVRow(fields: fields, bytes: row, offset: rowOffset, line: rowLine)
        fields.removeAll(keepingCapacity: true)
        row.removeAll(keepingCapacity: true)
        inRow = false
        try emit(finished)
    }
}
