import Foundation
public import SafeholdCore

/// The column names of a CSV file's header row, looked up without regard to case or surrounding spaces.
public struct CSVHeader: Sendable, Equatable {
    /// The names as the file wrote them.
    public var names: [String]
    private var positions: [String: Int] = [:]

    /// Reads a header row.
    public init(_ names: [String]) {
        self.names = names
        for (index, name) in names.enumerated() {
            let key = Self.key(name)
            if positions[key] == nil { positions[key] = index }
        }
    }

    /// The position of the first of `names` that the header has.
    public func index(_ names: String...) -> Int? {
        for name in names {
            if let position = positions[Self.key(name)] { return position }
        }
        return nil
    }

    /// Whether the header has every one of `names`.
    public func contains(all names: [String]) -> Bool { names.allSatisfy { positions[Self.key($0)] != nil } }

    private static func key(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

/// Reading the CSV files of an export through ``CSVParser``, with errors that name the file.
public enum CSVFileReader {
    /// Streams `file`, calling `handle` with each row, the header row included.
    /// - Throws: ``ImportError`` naming the file when it is cut short inside a quoted field or breaks
    ///   ``CSVLimits``; `handle`'s errors as they are.
    public static func scan(
        _ file: ExportFile,
        from source: any ExportSource,
        limits: CSVLimits = CSVLimits(),
        handle: (CSVRow) throws -> Void
    ) throws {
        var parser = CSVParser(limits: limits)
        do {
            try source.read(file) { piece in try parser.feed(piece, emit: handle) }
            try parser.finish(emit: handle)
        } catch let failure as CSVParser.Failure {
            throw ImportError(code(failure), file: file.path, describe(failure, limits: limits))
        }
    }

    /// Streams `file` as a table: its first row is the header, and `handle` gets every later row.
    /// - Throws: as ``scan(_:from:limits:handle:)``; ``ImportError`` `malformed` when the file is empty.
    public static func scanTable(
        _ file: ExportFile,
        from source: any ExportSource,
        limits: CSVLimits = CSVLimits(),
        handle: (CSVHeader, CSVRow) throws -> Void
    ) throws {
        var header: CSVHeader?
        try scan(file, from: source, limits: limits) { row in
            if let header {
                try handle(header, row)
            } else {
                header = CSVHeader(row.fields)
            }
        }
        guard header != nil else {
            throw ImportError(
                .malformed,
                file: file.path,
                "This file is empty. Check that it came from the platform's export, or download the export again."
            )
        }
    }

    /// The header row of `file`, read without reading the rest; `nil` when it has none or cannot be read.
    public static func header(of file: ExportFile, from source: any ExportSource) -> CSVHeader? {
        struct Enough: Error {}
        var header: CSVHeader?
        var limits = CSVLimits()
        limits.maximumRowBytes = 64 << 10
        do {
            try scan(file, from: source, limits: limits) { row in
                header = CSVHeader(row.fields)
                throw Enough()
            }
        } catch {
            return header
        }
        return header
    }

    static func code(_ failure: CSVParser.Failure) -> ImportError.Code {
        switch failure {
        case .unterminatedQuote: .malformed
        case .fieldTooLarge, .rowTooLarge, .tooManyFields: .tooLarge
        }
    }

    static func describe(_ failure: CSVParser.Failure, limits: CSVLimits) -> String {
        switch failure {
        case .unterminatedQuote(let line):
            "This file stops part-way through an entry that begins on line \(line). The download may have been cut short; download the export again."
        case .fieldTooLarge(let line):
            "One entry in this file (on line \(line)) is larger than Safehold reads (\(limits.maximumFieldBytes >> 20) MB), far larger than any real message or post. Safehold did not read it."
        case .rowTooLarge(let line):
            "One row of this file (from line \(line)) is larger than Safehold reads (\(limits.maximumRowBytes >> 20) MB), far larger than any real message or post. Safehold did not read it."
        case .tooManyFields(let line):
            "One row of this file (from line \(line)) has thousands of columns, which no real export has. Safehold did not read it."
        }
    }
}

extension NormalizedRecord {
    /// A record located at a row of a CSV file.
    public init(kind: RecordKind, platform: Platform, file: ExportFile, row: CSVRow) {
        self.init(
            kind: kind,
            platform: platform,
            location: RecordLocation(
                path: file.path,
                line: row.line,
                offset: row.offset,
                length: UInt64(row.bytes.count)
            )
        )
    }
}
