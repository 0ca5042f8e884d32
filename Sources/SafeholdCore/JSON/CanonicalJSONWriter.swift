/// Writes Safehold's canonical JSON: object keys in sorted order, no whitespace, strings escaped
/// exactly as Foundation's `JSONEncoder` does with `.sortedKeys` and `.withoutEscapingSlashes`.
///
/// Log entries are hashed into the Merkle tree, so their bytes must never vary, and an import
/// writes a million of them: Foundation's encoder spent most of an import's time here. The writer
/// is hand-written for that speed; the tests check its output byte for byte against `JSONEncoder`.
public struct CanonicalJSONWriter {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = []

    /// Creates an empty writer.
    public init() { bytes.reserveCapacity(512) }

    /// Writes an object; `body` writes its members, which must come in sorted key order.
    public mutating func object(_ body: (inout CanonicalJSONWriter) -> Void) {
        bytes.append(0x7B)
        needsComma.append(false)
        body(&self)
        needsComma.removeLast()
        bytes.append(0x7D)
    }

    /// Writes an array of values.
    public mutating func array<T>(_ values: [T], _ element: (inout CanonicalJSONWriter, T) -> Void) {
        bytes.append(0x5B)
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            element(&self, value)
        }
        bytes.append(0x5D)
    }

    private mutating func key(_ name: StaticString) {
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
        needsComma[needsComma.count - 1] = true
        bytes.append(0x22)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
        bytes.append(0x3A)
    }

    /// A member holding a string; skipped when `nil`.
    public mutating func field(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    /// A member holding `true` or `false`; skipped when `nil`.
    public mutating func field(_ name: StaticString, _ value: Bool?) {
        guard let value else { return }
        key(name)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// A member holding a whole number; skipped when `nil`.
    public mutating func field(_ name: StaticString, _ value: UInt64?) {
        guard let value else { return }
        key(name)
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A member holding a whole number; skipped when `nil`.
    public mutating func field(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A member holding a value that writes itself; skipped when `nil`.
    public mutating func field(_ name: StaticString, _ value: (some CanonicalJSONWritable)?) {
        guard let value else { return }
        key(name)
        value.writeJSON(to: &self)
    }

    /// A member holding an array of values that write themselves; skipped when `nil`.
    public mutating func field(_ name: StaticString, _ values: [some CanonicalJSONWritable]?) {
        guard let values else { return }
        key(name)
        array(values) { writer, value in value.writeJSON(to: &writer) }
    }

    /// A member holding an array of strings; skipped when `nil`.
    public mutating func field(_ name: StaticString, _ values: [String]?) {
        guard let values else { return }
        key(name)
        array(values) { writer, value in writer.string(value) }
    }

    /// A string value, escaped.
    public mutating func string(_ value: String) {
        bytes.append(0x22)
        // Most strings need no escaping: copy them whole.
        let copied: Bool? = value.utf8.withContiguousStorageIfAvailable { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if copied == true {
            bytes.append(0x22)
            return
        }
        for byte in value.utf8 {
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0x08: bytes.append(contentsOf: [0x5C, 0x62])
            case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    /// A whole number value.
    public mutating func number(_ value: UInt64) { bytes.append(contentsOf: String(value).utf8) }
}

/// A value that writes itself as canonical JSON.
public protocol CanonicalJSONWritable {
    /// Writes the value.
    func writeJSON(to writer: inout CanonicalJSONWriter)
}
