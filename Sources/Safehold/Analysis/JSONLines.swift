public import Foundation

/// The id a JSON Lines input gave, echoed back exactly: a string or a number.
public enum LineID: Codable, Sendable, Hashable {
    case string(String)
    case number(Double)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) { self = .string(text) } else {
            self = .number(try container.decode(Double.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .number(let value):
            if let whole = Self.wholeNumber(value) { try container.encode(whole) } else { try container.encode(value) }
        }
    }

    /// A number id that is written as a whole number, or nil when it is written as a decimal.
    static func wholeNumber(_ value: Double) -> Int64? {
        value == value.rounded() && abs(value) < 1e15 ? Int64(value) : nil
    }
}

/// One input line: `{"id": …, "text": "…"}`.
public struct TextLine: Decodable, Sendable {
    public var id: LineID?
    public var text: String

    /// Creates a line, for callers that already hold the text.
    public init(id: LineID?, text: String) {
        self.id = id
        self.text = text
    }
}

/// An answer that can write its own JSON line, byte for byte as `JSONEncoder` with sorted keys would.
public protocol JSONLineWritable {
    /// The line's bytes, or nil to let `JSONEncoder` write it.
    func jsonLine() -> [UInt8]?
}

/// Reads JSON Lines, hands each parsed line to a transform on every core, and writes one JSON line per input
/// line, in order. A line that is not valid gives `{"id", "error"}` and the others go on; memory stays flat.
public enum JSONLines {
    /// The longest input line read; longer lines get an error line.
    public static let maximumLineBytes = 4 << 20

    struct ErrorLine: Encodable {
        var id: LineID?
        var error: String
    }

    /// Processes `input` to `output`.
    public static func process<Output: Encodable & Sendable>(
        _ input: FileHandle, to output: FileHandle, transform: @escaping @Sendable (TextLine) -> Output
    ) throws {
        // Lines are cut from a plain byte array held in local variables: slicing `Data` line by line, and
        // variables captured by a nested function, are checked for exclusive access on every use, which cost
        // several percent of `classify`.
        var pending: [Data] = []
        var buffer: [UInt8] = []
        while true {
            let data = input.readData(ofLength: 1 << 16)
            if data.isEmpty { break }
            buffer.append(contentsOf: data)
            var start = 0
            while let newline = buffer[start...].firstIndex(of: 0x0A) {
                // A whole line over the limit that arrived in one read is refused like one still arriving.
                pending.append(newline - start > maximumLineBytes ? tooLong : Data(buffer[start..<newline]))
                start = newline + 1
                if pending.count >= 1024 { flush(&pending, to: output, transform: transform) }
            }
            buffer.removeFirst(start)
            if buffer.count > maximumLineBytes {
                pending.append(tooLong)
                buffer = []
                // Skip the rest of the overlong line.
                while true {
                    let more = input.readData(ofLength: 1 << 16)
                    if more.isEmpty { break }
                    if let newline = more.firstIndex(of: 0x0A) {
                        buffer = Array(more[(newline + 1)...])
                        break
                    }
                }
            }
        }
        if !buffer.isEmpty { pending.append(Data(buffer)) }
        flush(&pending, to: output, transform: transform)
    }

    /// Stands in for a line over the limit (no JSON line starts with a zero byte).
    private static let tooLong = Data("\u{0}too-long".utf8)

    /// Converts the pending lines on every core and writes their answers in order.
    private static func flush<Output: Encodable & Sendable>(
        _ pending: inout [Data], to output: FileHandle, transform: @escaping @Sendable (TextLine) -> Output
    ) {
        let results = convert(pending, transform: transform)
        var chunk = Data()
        for result in results {
            chunk += result
            chunk.append(0x0A)
        }
        output.write(chunk)
        pending.removeAll(keepingCapacity: true)
    }

    static func convert<Output: Encodable & Sendable>(
        _ lines: [Data], transform: @escaping @Sendable (TextLine) -> Output
    ) -> [Data] {
        let results = UnsafeMutableBufferPointer<Data>.allocate(capacity: lines.count)
        results.initialize(repeating: Data())
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        // A few lines to each task, each task with its own coder: making a coder per line cost more than
        // decoding the line.
        let tasks = max(1, min(lines.count, ProcessInfo.processInfo.activeProcessorCount * 8))
        let writer = lineWriter(for: Output.self)
        DispatchQueue.concurrentPerform(iterations: tasks) { task in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let decoder = JSONDecoder()
            for index in (lines.count * task / tasks)..<(lines.count * (task + 1) / tasks) {
                slots[index] = convert(
                    line: lines[index], encoder: encoder, decoder: decoder, writer: writer, transform: transform)
            }
        }
        return Array(results)
    }

    /// How an answer writes its own line, when its type can: asked once per batch, since asking each answer
    /// whether it conforms (`as? any JSONLineWritable`) took about 2 % of `classify`.
    static func lineWriter<Output>(for _: Output.Type) -> (@Sendable (Output) -> [UInt8]?)? {
        guard let writable = Output.self as? any JSONLineWritable.Type else { return nil }
        func writer<Writable: JSONLineWritable>(_: Writable.Type) -> @Sendable (Output) -> [UInt8]? {
            { output in (output as? Writable)?.jsonLine() }
        }
        return writer(writable)
    }

    static func convert<Output: Encodable>(
        line: Data, encoder: JSONEncoder, decoder: JSONDecoder, writer: ((Output) -> [UInt8]?)?,
        transform: (TextLine) -> Output
    ) -> Data {
        let trimmed = line.last == 0x0D ? line.dropLast() : line
        if trimmed.first == 0 {
            return (try? encoder.encode(ErrorLine(id: nil, error: "This line is longer than 4 MB and was skipped."))) ?? Data()
        }
        do {
            let parsed =
                try trimmed.withUnsafeBytes(TextLineReader.read) ?? decoder.decode(TextLine.self, from: trimmed)
            let output = transform(parsed)
            if let bytes = writer?(output) { return Data(bytes) }
            return try encoder.encode(output)
        } catch {
            let id = (try? decoder.decode(IDOnly.self, from: trimmed))?.id
            let message = "This line is not a JSON object with a \"text\" string; it was skipped."
            return (try? encoder.encode(ErrorLine(id: id, error: message))) ?? Data()
        }
    }

    private struct IDOnly: Decodable { var id: LineID? }
}
