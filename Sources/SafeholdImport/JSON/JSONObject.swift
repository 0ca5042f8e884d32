import Foundation
public import SafeholdCore

/// Read-only access to one parsed JSON value, forgiving of the loose types exports use (ids as
/// numbers or strings, missing keys, nulls).
public struct JSONValue {
    let raw: Any?

    /// Parses one captured value. Bytes that are not UTF-8 are read as U+FFFD, so that one bad byte
    /// does not lose a message; the sealed bytes keep the original.
    /// - Throws: ``ImportError`` `malformed` naming the file, when the bytes are not JSON.
    public static func parse(_ capture: JSONCapture, file: String) throws -> JSONValue {
        do {
            return JSONValue(raw: try JSONSerialization.jsonObject(with: Data(capture.bytes), options: .fragmentsAllowed))
        } catch where String(validating: capture.bytes, as: UTF8.self) == nil {
            let repaired = Data(String(decoding: capture.bytes, as: UTF8.self).utf8)
            if let value = try? JSONSerialization.jsonObject(with: repaired, options: .fragmentsAllowed) {
                return JSONValue(raw: value)
            }
            throw ImportError(.malformed, file: file, "Part of this file (at \(capture.path)) is not valid JSON. The export may be damaged; download it again.")
        } catch {
            throw ImportError(.malformed, file: file, "Part of this file (at \(capture.path)) is not valid JSON. The export may be damaged; download it again.")
        }
    }

    /// The member with this key.
    public subscript(_ key: String) -> JSONValue { JSONValue(raw: (raw as? [String: Any])?[key]) }

    /// Whether there is a non-null value.
    public var exists: Bool {
        // Checked in this order because asking a Swift dictionary whether it is an `NSNull`
        // makes Foundation bridge the whole dictionary first, which is slow.
        guard let raw else { return false }
        if raw is [String: Any] || raw is String || raw is [Any] { return true }
        return !(raw is NSNull)
    }

    /// A string, or a number written as a string.
    public var string: String? {
        if let text = raw as? String { return text }
        // `raw is Bool` is true for the numbers 0 and 1 on Linux; a boolean's own type code is "c".
        if let raw, type(of: raw) != Bool.self, let number = raw as? NSNumber,
            String(cString: number.objCType) != "c"
        {
            return number.stringValue
        }
        return nil
    }

    /// A non-empty string.
    public var text: String? { string.flatMap { $0.isEmpty ? nil : $0 } }

    /// The elements of an array (empty when it is not one).
    public var array: [JSONValue] { ((raw as? [Any]) ?? []).map { JSONValue(raw: $0) } }

    /// The keys of an object (empty when it is not one).
    public var keys: [String] { ((raw as? [String: Any]).map { Array($0.keys) } ?? []).sorted() }

    /// A number.
    public var int: Int? { (raw as? NSNumber)?.intValue ?? string.flatMap { Int($0) } }

    /// A boolean.
    public var bool: Bool? { raw as? Bool }
}

/// Reading the JSON files of an export through the streaming scanner.
public enum JSONFileReader {
    /// Streams `file`, calling `handle` with each value found at one of `patterns`.
    public static func scan(
        _ file: ExportFile, from source: any ExportSource, patterns: [JSONPathPattern], javaScriptPrefix: Bool = false,
        handle: (JSONCapture) throws -> Void
    ) throws {
        var scanner = StreamingJSONScanner(patterns: patterns, allowsAssignmentPrefix: javaScriptPrefix)
        do {
            try source.read(file) { piece in try scanner.feed(piece, emit: handle) }
            try scanner.finish(emit: handle)
        } catch let failure as StreamingJSONScanner.Failure {
            throw ImportError(.malformed, file: file.path, describe(failure))
        }
    }

    static func describe(_ failure: StreamingJSONScanner.Failure) -> String {
        switch failure.reason {
        case .truncated:
            "This file stops part-way through (at byte \(failure.offset)). The download may have been cut short; download the export again."
        case .tooDeep:
            "This file is nested far more deeply than any real export (at byte \(failure.offset)). It may have been made to crash programs; Safehold did not read it."
        case .captureTooLarge:
            "One entry in this file is larger than Safehold reads (16 MB), far larger than any real message or post. Safehold did not read it."
        case .keyTooLong:
            "This file has a field name thousands of characters long, which no real export has. Safehold did not read it."
        case .noJSON:
            "This file is empty or is not the kind of file its name says. Check that it came from the platform's export."
        case .unexpectedByte, .trailingContent:
            "This file is not valid JSON (at byte \(failure.offset)). It may be damaged, or not the file its name says. Download the export again."
        }
    }
}

extension NormalizedRecord {
    /// A record located at a capture in a file.
    public init(kind: RecordKind, platform: Platform, file: ExportFile, capture: JSONCapture) {
        self.init(
            kind: kind, platform: platform,
            location: RecordLocation(path: file.path, jsonPath: capture.path, offset: capture.offset, length: UInt64(capture.bytes.count)))
    }
}
