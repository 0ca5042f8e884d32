public import Foundation

/// The Unicode TR39 confusable mappings (each character to the prototype it is visually confusable with),
/// shipped as `Resources/confusables.tsv` and used by ``Skeleton``.
///
/// The resource is made from Unicode's `confusables.txt` by ``convert(confusablesTxt:)``: one line per
/// source character, `SOURCE<TAB>TARGET TARGET…` in upper-case hexadecimal, sorted by source, after a two-line
/// header naming the Unicode version. The output depends only on the input.
public struct ConfusablesTable: Sendable {
    /// Source scalar value to its prototype scalars.
    public let mappings: [UInt32: [Unicode.Scalar]]
    /// The Unicode version the table was made from, e.g. `17.0.0`.
    public let unicodeVersion: String

    /// The table shipped with Safehold, loaded once.
    public static let shipped: ConfusablesTable = loadShipped()

    /// A problem with a confusables file.
    public struct FormatError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The 1-based line number where the problem is.
        public let line: Int
        /// What is wrong with it.
        public let reason: String
        /// A sentence for developers.
        public var description: String { "confusables data, line \(line): \(reason)" }
    }

    /// Reads a table in the shipped format (the output of ``convert(confusablesTxt:)``).
    /// - Throws: ``FormatError`` when a line is not `hex<TAB>hex hex…`.
    public init(resource: String) throws {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        var version = ""
        for (index, line) in resource.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") {
                if let range = line.range(of: "Unicode version ") {
                    version = String(line[range.upperBound...].prefix { !$0.isWhitespace })
                }
                continue
            }
            if line.isEmpty { continue }
            let parts = line.split(separator: "\t")
            guard parts.count == 2, let source = UInt32(parts[0], radix: 16),
                let target = Self.scalars(parts[1].split(separator: " "))
            else { throw FormatError(line: index + 1, reason: "expected SOURCE<TAB>TARGET in hexadecimal") }
            table[source] = target
        }
        mappings = table
        unicodeVersion = version
    }

    /// Converts Unicode's `confusables.txt` (`source ; target sequence ; type # comment`) into the shipped
    /// resource format. Deterministic: the same input always gives the same bytes.
    /// - Throws: ``FormatError`` on a data line that does not parse.
    public static func convert(confusablesTxt: String) throws -> Data {
        var rows: [(UInt32, [Unicode.Scalar])] = []
        var version = "unknown"
        for (index, rawLine) in confusablesTxt.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(rawLine)
            if line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.hasPrefix("# Version:") {
                version = line.dropFirst("# Version:".count).trimmingCharacters(in: .whitespaces)
            }
            let data = line.prefix { $0 != "#" }
            if data.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { continue }
            let fields = data.split(separator: ";", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard fields.count >= 2, let source = UInt32(fields[0], radix: 16), Unicode.Scalar(source) != nil,
                let target = scalars(fields[1].split(separator: " ")), !target.isEmpty
            else { throw FormatError(line: index + 1, reason: "expected 'source ; target ; type'") }
            rows.append((source, target))
        }
        rows.sort { $0.0 < $1.0 }
        var out = "# Unicode TR39 confusables (source<TAB>prototype), Unicode version \(version)\n"
        out += "# Made by ConfusablesTable.convert from confusables.txt. Unicode License v3: see LICENSE-Unicode.txt.\n"
        for (source, target) in rows {
            out += hex(source) + "\t" + target.map { hex($0.value) }.joined(separator: " ") + "\n"
        }
        return Data(out.utf8)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func scalars<S: StringProtocol>(_ parts: [S]) -> [Unicode.Scalar]? {
        var result: [Unicode.Scalar] = []
        for part in parts {
            guard let value = UInt32(part, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
            result.append(scalar)
        }
        return result
    }

    private static func loadShipped() -> ConfusablesTable {
        let url =
            Bundle.module.url(forResource: "confusables", withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "confusables", withExtension: "tsv")
        // The resource is part of the build; without it the skeleton degrades to NFD only, never a crash.
        guard let url, let text = try? String(contentsOf: url, encoding: .utf8),
            let table = try? ConfusablesTable(resource: text)
        else { return ConfusablesTable(mappings: [:], unicodeVersion: "") }
        return table
    }

    init(mappings: [UInt32: [Unicode.Scalar]], unicodeVersion: String) {
        self.mappings = mappings
        self.unicodeVersion = unicodeVersion
    }
}
