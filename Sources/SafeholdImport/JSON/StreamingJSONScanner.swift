public import Foundation

/// Reads JSON as it streams past and hands over the values found at chosen paths, so that an export
/// of any size is read with memory that stays flat: only one captured value is held at a time.
///
/// Written here because no package on this machine streams JSON with byte offsets. It checks
/// structure as it goes (brackets, strings, commas, colons) and refuses what is malformed, nested too
/// deeply, or larger than the limits allow; each captured value is then parsed on its own by
/// Foundation. It also skips the `window.YTD.tweets.part0 = ` prefix of X archive files.
public struct StreamingJSONScanner {
    /// The bounds that keep hostile input from exhausting memory or the stack.
    public struct Limits: Sendable {
        /// Deepest nesting accepted.
        public var maximumDepth = 128
        /// Largest single captured value.
        public var maximumCaptureBytes = 16 << 20
        /// Longest object key.
        public var maximumKeyBytes = 4096
        /// Default limits.
        public init() {}
    }

    /// Why the JSON was refused, and at which byte.
    public struct Failure: Error, Sendable, Equatable {
        /// What is wrong.
        public enum Reason: Sendable, Equatable {
            case unexpectedByte(UInt8)
            case truncated
            case tooDeep
            case captureTooLarge
            case keyTooLong
            case trailingContent
            case noJSON
        }
        /// What is wrong.
        public var reason: Reason
        /// The byte offset in the file.
        public var offset: UInt64
    }

    private enum State: Equatable {
        case prefix, value, arrayFirst, objectFirst, objectKey, colon, afterValue
        case string, stringEscape, stringUnicode(Int), literal, done
    }

    private struct Container {
        var isObject: Bool
        var index = -1
        var key = ""
    }

    private let patterns: [JSONPathPattern]
    private let limits: Limits
    private var state: State
    private var stack: [Container] = []
    private var stringIsKey = false
    private var keyBytes: [UInt8] = []
    private var keyHasEscape = false
    private var offset: UInt64 = 0
    private var capturing: (pattern: Int, depth: Int, start: UInt64, path: String)?
    private var captured: [UInt8] = []
    private var sawValue = false

    /// Creates a scanner.
    /// - Parameters:
    ///   - patterns: The paths whose values to capture. A value inside a captured value is not captured again.
    ///   - allowsAssignmentPrefix: Skip a JavaScript `name = ` before the JSON, as X archives have.
    ///   - limits: Bounds for hostile input.
    public init(patterns: [JSONPathPattern], allowsAssignmentPrefix: Bool = false, limits: Limits = Limits()) {
        self.patterns = patterns
        self.limits = limits
        self.state = allowsAssignmentPrefix ? .prefix : .value
    }

    /// Feeds the next bytes of the file; captured values are passed to `emit` in document order.
    public mutating func feed(_ chunk: some ContiguousBytesSequence, emit: (JSONCapture) throws -> Void) throws {
        try chunk.withBytes { buffer in try scan(buffer, emit: emit) }
    }

    /// Declares the end of the file.
    /// - Throws: ``Failure`` when the JSON stopped part-way or never started.
    public mutating func finish(emit: (JSONCapture) throws -> Void) throws {
        if case .literal = state, stack.isEmpty {
            // A bare number or literal as the whole document; its bytes were kept at the end of the last chunk.
            state = .done
            if let capture = capturing {
                capturing = nil
                try emit(JSONCapture(pattern: capture.pattern, bytes: captured, offset: capture.start, path: capture.path))
            }
        }
        switch state {
        case .done: return
        case .prefix, .value where !sawValue: throw Failure(reason: .noJSON, offset: offset)
        default: throw Failure(reason: .truncated, offset: offset)
        }
    }

    private mutating func scan(_ buffer: UnsafeRawBufferPointer, emit: (JSONCapture) throws -> Void) throws {
        let bytes = buffer.bindMemory(to: UInt8.self)
        let base = offset
        var captureFrom = capturing == nil ? -1 : 0
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            switch state {
            case .string:
                // Fast path: run to the next quote or backslash.
                var j = i
                while j < count && bytes[j] != 0x22 && bytes[j] != 0x5C { j += 1 }
                if stringIsKey {
                    keyBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<j]))
                    if keyBytes.count > limits.maximumKeyBytes { throw Failure(reason: .keyTooLong, offset: base + UInt64(j)) }
                }
                i = j
                guard i < count else { continue }
                if bytes[i] == 0x5C {
                    if stringIsKey {
                        keyBytes.append(0x5C)
                        keyHasEscape = true
                    }
                    state = .stringEscape
                } else {
                    try endString(at: base + UInt64(i), index: i, captureFrom: &captureFrom, bytes: bytes, emit: emit)
                }
            case .stringEscape:
                if stringIsKey { keyBytes.append(byte) }
                switch byte {
                case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: state = .string
                case 0x75: state = .stringUnicode(4)
                default: throw Failure(reason: .unexpectedByte(byte), offset: base + UInt64(i))
                }
            case .stringUnicode(let remaining):
                guard Self.isHexDigit(byte) else { throw Failure(reason: .unexpectedByte(byte), offset: base + UInt64(i)) }
                if stringIsKey { keyBytes.append(byte) }
                state = remaining == 1 ? .string : .stringUnicode(remaining - 1)
            case .literal:
                if Self.isLiteralByte(byte) { break }
                state = stack.isEmpty ? .done : .afterValue
                try completeValue(endingAt: i, bytes: bytes, captureFrom: &captureFrom, emit: emit)
                continue  // this byte still needs reading as structure
            default:
                try structural(byte, at: base + UInt64(i), index: i, captureFrom: &captureFrom, bytes: bytes, emit: emit)
            }
            i += 1
        }
        if capturing != nil, captureFrom >= 0 {
            captured.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[captureFrom..<count]))
            if captured.count > limits.maximumCaptureBytes {
                throw Failure(reason: .captureTooLarge, offset: base + UInt64(count))
            }
        }
        offset = base + UInt64(count)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }

    private static func isLiteralByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2B || byte == 0x2D
            || byte == 0x2E || byte == 0x45
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
}

extension StreamingJSONScanner {
    private mutating func structural(
        _ byte: UInt8, at position: UInt64, index: Int, captureFrom: inout Int,
        bytes: UnsafeBufferPointer<UInt8>, emit: (JSONCapture) throws -> Void
    ) throws {
        if Self.isWhitespace(byte) { return }
        switch state {
        case .prefix:
            if byte == 0x5B || byte == 0x7B {
                state = .value
                try structural(byte, at: position, index: index, captureFrom: &captureFrom, bytes: bytes, emit: emit)
            } else if byte == 0xEF || byte == 0xBB || byte == 0xBF || (byte >= 0x20 && byte < 0x7F && byte != 0x22) {
                return  // `window.YTD.x.part0 =` and a byte-order mark
            } else {
                throw Failure(reason: .unexpectedByte(byte), offset: position)
            }
        case .value, .arrayFirst:
            if state == .arrayFirst && byte == 0x5D {
                try closeContainer(isObject: false, at: position, index: index, captureFrom: &captureFrom, bytes: bytes, emit: emit)
                return
            }
            try beginValue(byte, at: position, index: index, captureFrom: &captureFrom)
        case .objectFirst, .objectKey:
            if state == .objectFirst && byte == 0x7D {
                try closeContainer(isObject: true, at: position, index: index, captureFrom: &captureFrom, bytes: bytes, emit: emit)
                return
            }
            guard byte == 0x22 else { throw Failure(reason: .unexpectedByte(byte), offset: position) }
            stringIsKey = true
            keyBytes.removeAll(keepingCapacity: true)
            keyHasEscape = false
            state = .string
        case .colon:
            guard byte == 0x3A else { throw Failure(reason: .unexpectedByte(byte), offset: position) }
            state = .value
        case .afterValue:
            guard let top = stack.last else { throw Failure(reason: .trailingContent, offset: position) }
            if byte == 0x2C {
                state = top.isObject ? .objectKey : .value
            } else if byte == (top.isObject ? 0x7D : 0x5D) {
                try closeContainer(isObject: top.isObject, at: position, index: index, captureFrom: &captureFrom, bytes: bytes, emit: emit)
            } else {
                throw Failure(reason: .unexpectedByte(byte), offset: position)
            }
        case .done:
            guard byte == 0x3B else { throw Failure(reason: .trailingContent, offset: position) }  // a closing `;`
        default:
            throw Failure(reason: .unexpectedByte(byte), offset: position)
        }
    }

    private mutating func beginValue(_ byte: UInt8, at position: UInt64, index: Int, captureFrom: inout Int) throws {
        if !stack.isEmpty { stack[stack.count - 1].index += 1 }
        sawValue = true
        if capturing == nil, let match = matchingPattern() {
            capturing = (match, stack.count, position, currentPath())
            captured.removeAll(keepingCapacity: true)
            captureFrom = index
        }
        switch byte {
        case 0x7B, 0x5B:
            guard stack.count < limits.maximumDepth else { throw Failure(reason: .tooDeep, offset: position) }
            stack.append(Container(isObject: byte == 0x7B))
            state = byte == 0x7B ? .objectFirst : .arrayFirst
        case 0x22:
            stringIsKey = false
            state = .string
        case _ where Self.isLiteralByte(byte):
            state = .literal
        default:
            throw Failure(reason: .unexpectedByte(byte), offset: position)
        }
    }

    private mutating func endString(
        at position: UInt64, index: Int, captureFrom: inout Int, bytes: UnsafeBufferPointer<UInt8>,
        emit: (JSONCapture) throws -> Void
    ) throws {
        if stringIsKey {
            stack[stack.count - 1].key = decodeKey()
            state = .colon
            return
        }
        state = .afterValue
        try completeValue(endingAt: index + 1, bytes: bytes, captureFrom: &captureFrom, emit: emit)
        if stack.isEmpty { state = .done }
    }

    private mutating func closeContainer(
        isObject: Bool, at position: UInt64, index: Int, captureFrom: inout Int, bytes: UnsafeBufferPointer<UInt8>,
        emit: (JSONCapture) throws -> Void
    ) throws {
        stack.removeLast()
        state = stack.isEmpty ? .done : .afterValue
        try completeValue(endingAt: index + 1, bytes: bytes, captureFrom: &captureFrom, emit: emit)
    }

    /// Finishes a capture when the value that started it has just ended (before byte `end` of this chunk).
    private mutating func completeValue(
        endingAt end: Int, bytes: UnsafeBufferPointer<UInt8>, captureFrom: inout Int, emit: (JSONCapture) throws -> Void
    ) throws {
        guard let capture = capturing, capture.depth == stack.count else { return }
        captured.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[max(captureFrom, 0)..<end]))
        guard captured.count <= limits.maximumCaptureBytes else {
            throw Failure(reason: .captureTooLarge, offset: capture.start)
        }
        capturing = nil
        captureFrom = -1
        try emit(JSONCapture(pattern: capture.pattern, bytes: captured, offset: capture.start, path: capture.path))
    }

    private func decodeKey() -> String {
        guard keyHasEscape else { return String(decoding: keyBytes, as: UTF8.self) }
        let quoted = Data([0x22] + keyBytes + [0x22])
        return (try? JSONSerialization.jsonObject(with: quoted, options: .fragmentsAllowed) as? String) ?? ""
    }

    private func matchingPattern() -> Int? {
        for (number, pattern) in patterns.enumerated() where pattern.components.count == stack.count {
            var matches = true
            for (component, container) in zip(pattern.components, stack) {
                switch component {
                case .anyIndex: matches = !container.isObject
                case .key(let key): matches = container.isObject && container.key == key
                }
                if !matches { break }
            }
            if matches { return number }
        }
        return nil
    }

    private func currentPath() -> String {
        "$" + stack.map { $0.isObject ? ".\($0.key)" : "[\($0.index)]" }.joined()
    }
}

/// Byte sequences that can lend their storage: `[UInt8]`, `ArraySlice<UInt8>`, `Data`.
public protocol ContiguousBytesSequence {
    /// Calls `body` with the bytes.
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R
}

extension Array: ContiguousBytesSequence where Element == UInt8 {
    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R { try withUnsafeBytes(body) }
}

extension Data: ContiguousBytesSequence {
    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R { try withUnsafeBytes(body) }
}

extension UnsafeRawBufferPointer: ContiguousBytesSequence {
    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R { try body(self) }
}
