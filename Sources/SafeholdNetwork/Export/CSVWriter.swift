/// Writes CSV that is safe to open in a spreadsheet (RFC 4180 quoting, CRLF line ends).
///
/// Spreadsheet programs run a cell that begins with `=`, `+`, `-` or `@` as a formula, and some also after a
/// leading tab or carriage return; a formula can fetch URLs or run commands. Every such cell, and every cell
/// whose first character after leading spaces is one of them, is prefixed with `'`, which spreadsheets show as
/// plain text. The text is otherwise kept as written, so a reader sees what the account wrote.
public enum CSVWriter {
    /// Characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
    ]

    /// A cell made safe to open: neutralized if it could be read as a formula, then quoted if needed.
    public static func cell(_ value: String) -> String {
        quote(neutralize(value))
    }

    /// The value with a `'` in front when a spreadsheet could read it as a formula.
    public static func neutralize(_ value: String) -> String {
        let firstVisible = value.unicodeScalars.first { $0 != " " }
        let risky = [value.unicodeScalars.first, firstVisible].contains { $0.map(formulaStarts.contains) ?? false }
        return risky ? "'" + value : value
    }

    /// The value in double quotes (with inner quotes doubled) when it holds a comma, quote, line break or
    /// leading or trailing space; unchanged otherwise.
    public static func quote(_ value: String) -> String {
        let needsQuotes =
            value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.hasPrefix(" ") || value.hasSuffix(" ")
        guard needsQuotes else { return value }
        return "\"" + value.replacingQuotes() + "\""
    }

    /// One line of safe cells, ending in CRLF.
    public static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    /// A whole document: an optional header line, then one line per row.
    public static func document(header: [String]?, rows: [[String]]) -> String {
        var out = header.map(line) ?? ""
        for row in rows { out += line(row) }
        return out
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(unicodeScalars.count + 8)
        for scalar in unicodeScalars {
            out.unicodeScalars.append(scalar)
            if scalar == "\"" { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
