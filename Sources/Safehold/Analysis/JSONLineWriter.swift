import SafeholdAnalysis

/// Writes one JSON object with sorted keys, byte for byte as Foundation's `JSONEncoder` does with
/// `.sortedKeys` and `.withoutEscapingSlashes`, for the few shapes `safehold classify` writes.
///
/// `JSONEncoder` took about a quarter of `classify`'s time; the interface's output must not change, so this
/// writer is checked against it line for line in the tests. Written here because no package on this machine
/// writes JSON without going through `Encodable`.
struct JSONLineWriter {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(512) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ text: String) {
        bytes.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            case 0..<0x20:
                raw("\\u00")
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    /// A finite number as `JSONEncoder` writes it: Swift's shortest form, without `.0` on whole numbers.
    ///
    /// Scores are rounded to four decimals between 0 and 1; their shortest form is those decimals without trailing
    /// zeros (no shorter decimal lies as close to the same double), so they are written from the integer n in
    /// n / 10,000 without formatting a double, which took a sixth of writing a line.
    mutating func number(_ value: Double) {
        let scaled = value * 10_000
        if value.sign == .plus, value <= 1, scaled == scaled.rounded(), Double(Int(scaled)) / 10_000 == value {
            var digits = Int(scaled)
            if digits == 10_000 {
                bytes.append(0x31)
                return
            }
            if digits == 0 {
                bytes.append(0x30)
                return
            }
            // "0." and the four decimals without their trailing zeros: 1830 is "0.183", 5 is "0.0005".
            var divisor = 1000
            while digits % 10 == 0 {
                digits /= 10
                divisor /= 10
            }
            bytes.append(0x30)
            bytes.append(0x2E)
            while divisor > 0 {
                bytes.append(0x30 + UInt8(digits / divisor % 10))
                divisor /= 10
            }
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func bool(_ value: Bool) {
        raw(value ? "true" : "false")
    }

    /// A map from names to numbers, keys sorted.
    mutating func numbers(_ values: [String: Double]) {
        bytes.append(0x7B)
        // Every line's scores have the same keys, the labels' names: their order is known, and sorting them for
        // each line took a twentieth of `classify`.
        var done = false
        if values.count == Self.labelNames.count {
            let start = bytes.count
            done = true
            for (index, key) in Self.labelNames.enumerated() {
                guard let value = values[key] else {
                    bytes.removeSubrange(start...)
                    done = false
                    break
                }
                if index > 0 { bytes.append(0x2C) }
                string(key)
                bytes.append(0x3A)
                number(value)
            }
        }
        if !done {
            for (index, key) in values.keys.sorted().enumerated() {
                if index > 0 { bytes.append(0x2C) }
                string(key)
                bytes.append(0x3A)
                number(values[key]!)
            }
        }
        bytes.append(0x7D)
    }

    /// The labels' names, sorted.
    private static let labelNames = AbuseLabel.allCases.map(\.rawValue).sorted()

    /// An array, each element written by `element`.
    mutating func array<Element>(_ values: [Element], _ element: (inout JSONLineWriter, Element) -> Void) {
        bytes.append(0x5B)
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            element(&self, value)
        }
        bytes.append(0x5D)
    }

    private static let hex = Array("0123456789abcdef".utf8)
}
