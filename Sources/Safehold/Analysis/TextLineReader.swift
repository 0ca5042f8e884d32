/// Reads the usual shape of a `safehold classify` input line, `{"id": "…", "text": "…"}`, without Foundation's
/// `JSONDecoder`, which took about a twentieth of `classify`'s time.
///
/// It only ever answers for lines it fully understands: an object with a `text` string and, if any, an `id`
/// string, each once, in either order and with any JSON white space. For every other line (a number or null id,
/// other keys, escaped keys, a lone surrogate, bytes that are not UTF-8, anything malformed) it answers nil and
/// the caller asks `JSONDecoder`, so the result is always what `JSONDecoder` gives. The tests check that on
/// generated lines. Written here because no package on this machine reads JSON without `Decodable`.
enum TextLineReader {
    /// The line's id and text, or nil when `JSONDecoder` must decide.
    static func read(_ bytes: UnsafeRawBufferPointer) -> TextLine? {
        var reader = Reader(bytes: bytes)
        reader.skipSpace()
        guard reader.take(0x7B) else { return nil }
        var id: String?
        var text: String?
        var first = true
        while true {
            reader.skipSpace()
            if reader.take(0x7D) { break }
            if !first {
                guard reader.take(0x2C) else { return nil }
                reader.skipSpace()
            }
            first = false
            guard let key = reader.plainKey(), key != .other else { return nil }
            reader.skipSpace()
            guard reader.take(0x3A) else { return nil }
            reader.skipSpace()
            guard let value = reader.string() else { return nil }
            if key == .id {
                guard id == nil else { return nil }
                id = value
            } else {
                guard text == nil else { return nil }
                text = value
            }
        }
        reader.skipSpace()
        guard reader.atEnd, let text else { return nil }
        return TextLine(id: id.map(LineID.string), text: text)
    }

    private enum Key { case id, text, other }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var position = 0

        var atEnd: Bool { position == bytes.count }

        mutating func skipSpace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x09, 0x0A, 0x0D: position += 1
                default: return
                }
            }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        /// A key without escapes: which one it is.
        mutating func plainKey() -> Key? {
            guard take(0x22) else { return nil }
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == 0x22 { break }
                guard byte >= 0x20, byte < 0x80, byte != 0x5C else { return nil }
                position += 1
            }
            guard position < bytes.count else { return nil }
            let key = UnsafeRawBufferPointer(rebasing: bytes[start..<position])
            position += 1
            if key.elementsEqual("id".utf8) { return .id }
            if key.elementsEqual("text".utf8) { return .text }
            return .other
        }

        /// A string value, its escapes read; nil for anything but a well-formed string of valid UTF-8.
        mutating func string() -> String? {
            guard take(0x22) else { return nil }
            var out: [UInt8] = []
            var runStart = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == 0x22 {
                    out.append(contentsOf: bytes[runStart..<position])
                    position += 1
                    return String(validating: out, as: UTF8.self)
                }
                guard byte >= 0x20 else { return nil }
                if byte == 0x5C {
                    out.append(contentsOf: bytes[runStart..<position])
                    position += 1
                    guard escape(into: &out) else { return nil }
                    runStart = position
                } else {
                    position += 1
                }
            }
            return nil
        }

        /// One escape after its backslash.
        private mutating func escape(into out: inout [UInt8]) -> Bool {
            guard position < bytes.count else { return false }
            let byte = bytes[position]
            position += 1
            switch byte {
            case 0x22, 0x5C, 0x2F: out.append(byte)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                guard let unit = hex4() else { return false }
                var value = UInt32(unit)
                if (0xD800...0xDBFF).contains(unit) {
                    // A high surrogate must be followed by an escaped low one.
                    guard take(0x5C), take(0x75), let low = hex4(), (0xDC00...0xDFFF).contains(low) else {
                        return false
                    }
                    value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(unit) {
                    return false
                }
                guard let scalar = Unicode.Scalar(value) else { return false }
                out.append(contentsOf: String(Character(scalar)).utf8)
            default: return false
            }
            return true
        }

        private mutating func hex4() -> UInt16? {
            guard position + 4 <= bytes.count else { return nil }
            var value: UInt16 = 0
            for _ in 0..<4 {
                let byte = bytes[position]
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x41...0x46: digit = byte - 0x41 + 10
                case 0x61...0x66: digit = byte - 0x61 + 10
                default: return nil
                }
                value = value << 4 | UInt16(digit)
                position += 1
            }
            return value
        }
    }
}
