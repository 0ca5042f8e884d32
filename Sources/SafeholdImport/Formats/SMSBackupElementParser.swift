import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The attributes of one `<sms>` or `<mms>` element and of the `<part>` and `<addr>` elements inside it.
struct SMSBackupFields {
    var name = ""
    var attributes: [String: String] = [:]
    var parts: [[String: String]] = []
    var addresses: [[String: String]] = []
    /// For each part, in order, how many base64 characters its `data` held (taken out before parsing).
    var dataLengths: [Int] = []
    /// Whether `XMLParser` found the element malformed (then the fields hold what it read before).
    var malformed = false
}

/// Reads one element's bytes with Foundation's `XMLParser`, which never sees the rest of the file.
///
/// Before parsing, a copy of the bytes is made with every `data` attribute emptied (MMS pictures are
/// base64 of megabytes; only their length is kept) and with the UTF-16 surrogate pairs that the backup
/// app writes for emoji (`&#55357;&#56832;`, which XML forbids) joined into one character reference.
/// External entities are never resolved; entities declared in the file's DOCTYPE are unknown to this
/// parser, so a "billion laughs" declaration stays inert and the element is flagged malformed.
enum SMSBackupElementParser {
    static func parse(_ element: SMSBackupElement) -> SMSBackupFields {
        let (bytes, lengths) = sanitized(element.bytes)
        let collector = SMSBackupCollector()
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = collector
        let parsed = parser.parse()
        var fields = collector.fields
        fields.dataLengths = lengths
        fields.malformed = !parsed || collector.fields.name.isEmpty
        return fields
    }

    /// The bytes with `data` values emptied and surrogate references repaired, and the emptied lengths.
    static func sanitized(_ bytes: [UInt8]) -> ([UInt8], [Int]) {
        var sanitizer = SMSElementSanitizer(bytes)
        sanitizer.run()
        return (sanitizer.output, sanitizer.dataLengths)
    }
}

/// Copies an element for `XMLParser`, following tags and quoted attribute values just enough to find
/// the `data` values to leave out and the values whose character references need repair.
struct SMSElementSanitizer {
    private let bytes: [UInt8]
    private var index = 0
    private var name: [UInt8] = []
    private var attribute: [UInt8] = []
    private(set) var output: [UInt8] = []
    private(set) var dataLengths: [Int] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        output.reserveCapacity(min(bytes.count, 1 << 16))
    }

    mutating func run() {
        var inTag = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if !inTag {
                inTag = byte == 0x3C
            } else if byte == 0x22 || byte == 0x27 {
                copyValue(quotedBy: byte)
                continue
            } else {
                inTag = track(byte)
            }
            output.append(byte)
        }
    }

    /// Follows attribute names inside a tag; `false` once the tag ends.
    private mutating func track(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x3E: return false
        case 0x3D: attribute = name
        case 0x20, 0x09, 0x0A, 0x0D, 0x2F, 0x3C: name = []
        default: name.append(byte)
        }
        return true
    }

    private mutating func copyValue(quotedBy quote: UInt8) {
        let close = bytes[index...].firstIndex(of: quote) ?? bytes.count
        output.append(quote)
        if attribute == Array("data".utf8) {
            dataLengths.append(close - index)
        } else {
            output += SurrogateReferences.repaired(bytes[index..<close])
        }
        if close < bytes.count { output.append(quote) }
        index = min(close + 1, bytes.count)
        attribute = []
        name = []
    }
}

/// Joins `&#55357;&#56832;` (a UTF-16 surrogate pair as two references) into `&#128512;`, and turns a
/// lone surrogate reference into U+FFFD's, so that a strict XML parser accepts the text.
enum SurrogateReferences {
    static func repaired(_ value: ArraySlice<UInt8>) -> [UInt8] {
        guard value.contains(0x26) else { return Array(value) }
        var output = [UInt8]()
        var index = value.startIndex
        while index < value.endIndex {
            if let (high, afterHigh) = reference(value, at: index), (0xD800...0xDBFF).contains(high) {
                if let (low, afterLow) = reference(value, at: afterHigh), (0xDC00...0xDFFF).contains(low) {
                    let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    output += Array("&#\(combined);".utf8)
                    index = afterLow
                    continue
                }
                output += Array("&#65533;".utf8)
                index = afterHigh
                continue
            }
            if let (lone, after) = reference(value, at: index), (0xDC00...0xDFFF).contains(lone) {
                output += Array("&#65533;".utf8)
                index = after
                continue
            }
            output.append(value[index])
            index += 1
        }
        return output
    }

    /// The number of a `&#NNN;` or `&#xHHH;` reference at `index`, and the index after it.
    private static func reference(_ value: ArraySlice<UInt8>, at index: Int) -> (Int, Int)? {
        guard index + 3 < value.endIndex, value[index] == 0x26, value[index + 1] == 0x23,
            let semicolon = value[index...].prefix(12).firstIndex(of: 0x3B)
        else { return nil }
        let body = value[(index + 2)..<semicolon]
        let hex = body.first == 0x78 || body.first == 0x58
        guard let number = Int(String(decoding: hex ? body.dropFirst() : body, as: UTF8.self), radix: hex ? 16 : 10)
        else { return nil }
        return (number, semicolon + 1)
    }
}

/// Collects attributes as `XMLParser` reports the elements; nothing else is kept.
final class SMSBackupCollector: NSObject, XMLParserDelegate {
    var fields = SMSBackupFields()

    func parser(
        _ parser: XMLParser,
        didStartElement elementName: String,
        namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case _ where fields.name.isEmpty:
            fields.name = elementName
            fields.attributes = attributes
        case "part": fields.parts.append(attributes)
        case "addr": fields.addresses.append(attributes)
        default: break
        }
    }
}
