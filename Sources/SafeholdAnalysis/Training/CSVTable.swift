/// A CSV file read whole: RFC 4180 quoting, fields that span lines, `""` inside quotes.
///
/// Training data is a few megabytes, so reading it whole keeps this simple; it is never used on evidence.
public struct CSVTable: Sendable {
    /// The first row.
    public var header: [String]
    /// Every other row, as fields.
    public var rows: [[String]]

    /// Parses CSV text.
    /// - Parameter text: The whole file.
    public init(parsing text: String) {
        var records: [[String]] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = iterator.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",":
                fields.append(String(field))
                field = String.UnicodeScalarView()
            case "\n", "\r":
                if scalar == "\r", pending == "\n" { pending = iterator.next() }
                fields.append(String(field))
                field = String.UnicodeScalarView()
                records.append(fields)
                fields = []
            default: field.append(scalar)
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(String(field))
            records.append(fields)
        }
        header = records.first ?? []
        rows = Array(records.dropFirst()).filter { $0 != [""] }
    }

    /// The position of a named column.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}
