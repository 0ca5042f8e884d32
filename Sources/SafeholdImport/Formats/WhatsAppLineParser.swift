/// The date, time and layout at the start of a line that begins a WhatsApp message.
struct WhatsAppHeader: Equatable {
    /// Android writes `31/12/2023, 21:41 - Name: text`; iOS writes `[31/12/2023, 21:41:05] Name: text`.
    enum Layout: Equatable { case android, ios }

    var layout: Layout
    /// The three numbers of the date, in the order written.
    var fields: [Int]
    /// How many digits each was written with.
    var digits: [Int]
    var hour: Int
    var minute: Int
    var second: Int
    var meridiem: WhatsAppMeridiem?
    /// Dates such as `23. 12. 31.` (dots followed by spaces, and a dot at the end), as Korean and Hungarian write them.
    var dottedLayout: Bool
    /// Where the rest of the line (name and text, or a notice) starts, in bytes from the line's start.
    var bodyOffset: Int

    /// The written time read in `order`; `nil` when the fields cannot be read that way at all.
    func civilTime(_ order: WhatsAppDateOrder) -> CivilTime? {
        let date = order.civilDate(fields, digits: digits)
        let hour24 = meridiem?.hour24(hour) ?? hour
        return CivilTime(
            year: date.year,
            month: date.month,
            day: date.day,
            hour: hour24,
            minute: minute,
            second: second
        )
    }
}

/// Recognizes the first line of a WhatsApp message in every layout the app writes: either platform,
/// any date order and separator (`/`, `.`, `-`), two- or four-digit years, 12- or 24-hour clocks
/// with the morning and afternoon markers of many languages before or after the time, with or
/// without seconds, in Western or Arabic-Indic digits, and with the invisible marks WhatsApp puts
/// around numbers and names.
enum WhatsAppLineParser {
    /// How much of a line can hold the header; the longest real one is about 40 characters.
    private static let headerWindow = 160

    /// The header at the start of `line`; `nil` when the line continues the message before it.
    static func header<Bytes: Collection>(_ line: Bytes) -> WhatsAppHeader?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard startsLikeHeader(line) else { return nil }
        return WhatsAppFastHeader.parse(line) ?? generalHeader(line)
    }

    /// The header read the general way, scalar by scalar; the fast way must always agree with it.
    static func generalHeader<Bytes: Collection>(_ line: Bytes) -> WhatsAppHeader?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let cleaned = CleanedPrefix(line.prefix(headerWindow))
        var scanner = HeaderScanner(scalars: cleaned.scalars)
        guard let parsed = scanner.scan() else { return nil }
        var header = parsed
        header.bodyOffset = cleaned.byteOffsets[scanner.bodyIndex]
        return header
    }

    /// A quick look at the first byte after any leading marks: a header starts with `[` or a digit.
    private static func startsLikeHeader<Bytes: Collection>(_ line: Bytes) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = line.startIndex
        // U+200E, U+200F, U+202A–U+202E and U+2066–U+2069 are E2 80 xx / E2 81 xx; the BOM is EF BB BF.
        while index + 2 < line.endIndex, line[index] == 0xE2 || line[index] == 0xEF,
            line[index + 1] == 0x80 || line[index + 1] == 0x81 || line[index + 1] == 0xBB
        {
            index += 3
        }
        guard index < line.endIndex else { return false }
        let first = line[index]
        return first == 0x5B || (0x30...0x39).contains(first) || first == 0xD9 || first == 0xDB
    }
}

/// The first bytes of a line as scalars, with invisible marks dropped, odd spaces made plain and
/// Arabic-Indic digits made ASCII, remembering where each scalar was in the bytes.
struct CleanedPrefix {
    var scalars: [Unicode.Scalar] = []
    /// The byte offset of each scalar, plus one more for the end of what was read.
    var byteOffsets: [Int] = []

    init<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            let scalar: Unicode.Scalar
            let length: Int
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalar = Unicode.UTF8.decode(encoded)
                length = encoded.count
            case .error(let errorLength):
                scalar = "\u{FFFD}"
                length = errorLength
            case .emptyInput:
                byteOffsets.append(offset)
                return
            }
            if let kept = Self.clean(scalar) {
                scalars.append(kept)
                byteOffsets.append(offset)
            }
            offset += length
        }
    }

    /// The scalar as the header parser wants it, or `nil` for a mark to drop.
    static func clean(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x061C, 0x200B: nil
        case 0x00A0, 0x202F, 0x2007, 0x2009, 0x3000: " "
        case 0x0660...0x0669: Unicode.Scalar(scalar.value - 0x0660 + 0x30)
        case 0x06F0...0x06F9: Unicode.Scalar(scalar.value - 0x06F0 + 0x30)
        default: scalar
        }
    }

    /// Whether a scalar is one of the invisible marks WhatsApp adds around names, numbers and notices.
    static func isInvisibleMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x061C: true
        default: false
        }
    }
}

/// Reads a header from cleaned scalars: `[`? date, separator, time with its marker, then `]` or ` - `.
struct HeaderScanner {
    let scalars: [Unicode.Scalar]
    private var index = 0
    private(set) var bodyIndex = 0

    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private static let connectingWords: Set<String> = ["klo", "kl", "um", "à", "às", "at", "a", "alle"]

    mutating func scan() -> WhatsAppHeader? {
        skipSpaces()
        let bracket = take("[")
        guard let date = scanDate() else { return nil }
        skipSeparators()
        let end: Int
        if bracket {
            guard let close = find("]", within: 48) else { return nil }
            end = close
            bodyIndex = min(scalars.count, close + 1 + (close + 1 < scalars.count && scalars[close + 1] == " " ? 1 : 0))
        } else {
            guard let dash = findDash() else { return nil }
            end = dash
            bodyIndex = min(scalars.count, dash + 2)
        }
        guard let time = Self.scanTime(Array(scalars[index..<end])) else { return nil }
        return WhatsAppHeader(
            layout: bracket ? .ios : .android,
            fields: date.fields,
            digits: date.digits,
            hour: time.hour,
            minute: time.minute,
            second: time.second,
            meridiem: time.meridiem,
            dottedLayout: date.dotted,
            bodyOffset: 0
        )
    }

    private mutating func scanDate() -> (fields: [Int], digits: [Int], dotted: Bool)? {
        var fields = [Int]()
        var digits = [Int]()
        var separator: Unicode.Scalar?
        var spacedDots = false
        for position in 0..<3 {
            guard let (value, count) = number(maximumDigits: 4), count != 3 else { return nil }
            fields.append(value)
            digits.append(count)
            guard position < 2 else { break }
            guard index < scalars.count, "/.-".unicodeScalars.contains(scalars[index]),
                separator == nil || separator == scalars[index]
            else { return nil }
            separator = scalars[index]
            index += 1
            if take(" ") { spacedDots = separator == "." }
        }
        let trailingDot = take(".")
        guard digits[1] <= 2, !(digits[0] == 4 && digits[2] == 4), digits[0] == 4 || digits[0] <= 2 else { return nil }
        return (fields, digits, spacedDots && trailingDot)
    }

    /// Skips what stands between the date and the time: a comma, spaces and words such as Finnish `klo`.
    private mutating func skipSeparators() {
        _ = take(",") || take("\u{060C}")  // the Arabic comma
        skipSpaces()
        var word = ""
        var position = index
        while position < scalars.count, scalars[position].properties.isAlphabetic, word.unicodeScalars.count < 6 {
            word.unicodeScalars.append(scalars[position])
            position += 1
        }
        if position < scalars.count, scalars[position] == "." { position += 1 }
        if Self.connectingWords.contains(word.lowercased()), position < scalars.count, scalars[position] == " " {
            index = position
            skipSpaces()
        }
    }

    /// The ` - ` after an Android time: a `-` with a space (or the line's end) after it.
    private func findDash() -> Int? {
        var position = index
        while position < min(scalars.count, index + 32) {
            if scalars[position] == "-", position > index, position + 1 == scalars.count || scalars[position + 1] == " "
            {
                return position
            }
            position += 1
        }
        return nil
    }

    private func find(_ scalar: Unicode.Scalar, within limit: Int) -> Int? {
        var position = index
        while position < min(scalars.count, index + limit) {
            if scalars[position] == scalar { return position }
            position += 1
        }
        return nil
    }

    private mutating func number(maximumDigits: Int) -> (Int, Int)? {
        var value = 0
        var count = 0
        while index < scalars.count, count < maximumDigits, let digit = Self.digit(scalars[index]) {
            value = value * 10 + digit
            count += 1
            index += 1
        }
        if index < scalars.count, Self.digit(scalars[index]) != nil { return nil }
        return count == 0 ? nil : (value, count)
    }

    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        scalar.value >= 0x30 && scalar.value <= 0x39 ? Int(scalar.value - 0x30) : nil
    }

    private mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard index < scalars.count, scalars[index] == scalar else { return false }
        index += 1
        return true
    }

    private mutating func skipSpaces() {
        while index < scalars.count, scalars[index] == " " { index += 1 }
    }

    /// Reads `9:41`, `21.41.05`, `午後9:41`, `9:41 p. m.` from the text between the date and the end of the header.
    static func scanTime(_ segment: [Unicode.Scalar]) -> (
        hour: Int, minute: Int, second: Int, meridiem: WhatsAppMeridiem?
    )? {
        guard let start = segment.firstIndex(where: { digit($0) != nil }) else { return nil }
        var position = start
        var parts = [Int]()
        while parts.count < 3 {
            var value = 0
            var count = 0
            while position < segment.count, count < 2, let digit = digit(segment[position]) {
                value = value * 10 + digit
                count += 1
                position += 1
            }
            guard count > 0, parts.isEmpty || count == 2 else { return nil }
            parts.append(value)
            guard position + 1 < segment.count, segment[position] == ":" || segment[position] == ".",
                digit(segment[position + 1]) != nil
            else { break }
            position += 1
        }
        guard parts.count >= 2, parts[0] <= 23, parts[1] <= 59, parts.count < 3 || parts[2] <= 59 else { return nil }
        let before = segment[..<start].filter { $0 != " " }
        let after = segment[position...].filter { $0 != " " }
        guard before.isEmpty || after.isEmpty else { return nil }
        let marker = before.isEmpty ? after : before
        let meridiem = marker.isEmpty ? nil : WhatsAppMeridiem.parse(String(String.UnicodeScalarView(marker)))
        guard marker.isEmpty || meridiem != nil else { return nil }
        return (parts[0], parts[1], parts.count == 3 ? parts[2] : 0, meridiem)
    }
}
