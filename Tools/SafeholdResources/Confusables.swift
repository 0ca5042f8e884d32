import Crypto
import Foundation

/// `safehold-resources confusables`: regenerates (or with `--check`, checks) SafeholdNetwork's shipped
/// `confusables.tsv` from Unicode's `confusables.txt`.
///
/// The format is the one `ConfusablesTable.convert(confusablesTxt:)` in SafeholdNetwork writes and reads: two
/// header lines naming the Unicode version, then `SOURCE<TAB>PROTOTYPE PROTOTYPE…` in upper-case hexadecimal,
/// sorted by source. This tool does not link SafeholdNetwork (its target depends on SafeholdFacts and
/// SafeholdText only), so the conversion is repeated here; the test `ConfusablesTable` run with
/// `SAFEHOLD_CONFUSABLES_TXT` set checks that both give the same bytes.
enum Confusables {
    static let defaultSource = "../shared/data/reference/unicode-confusables"
    static let defaultOut = "Sources/SafeholdNetwork/Resources/confusables.tsv"

    struct LineError: Error, CustomStringConvertible {
        let line: Int
        var description: String { "confusables.txt line \(line): expected 'source ; target ; type'" }
    }

    static func run(source: String?, out: String?, check: Bool) throws {
        let folder = URL(fileURLWithPath: source ?? defaultSource)
        let input = folder.appendingPathComponent("confusables.txt")
        guard let data = FileManager.default.contents(atPath: input.path) else {
            fail("No confusables.txt at \(input.path). Give the folder holding it with --source; nothing was changed.")
        }
        let converted = try convert(String(decoding: data, as: UTF8.self))
        let target = URL(fileURLWithPath: out ?? defaultOut)
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        print("source: \(input.path) (sha256 \(digest))")
        print("mappings: \(converted.mappings), Unicode version \(converted.version)")
        if check {
            let current = FileManager.default.contents(atPath: target.path)
            guard current == converted.data else {
                fail("\(target.path) differs from the conversion of \(input.path).")
            }
            print("\(target.path) is the conversion, byte for byte.")
        } else {
            try converted.data.write(to: target, options: .atomic)
            print("wrote \(target.path) (\(converted.data.count) bytes)")
        }
    }

    static func convert(_ text: String) throws -> (data: Data, mappings: Int, version: String) {
        var rows: [(UInt32, String)] = []
        var version = "unknown"
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(rawLine)
            if line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.hasPrefix("# Version:") {
                version = line.dropFirst("# Version:".count).trimmingCharacters(in: .whitespaces)
            }
            let fields = line.prefix { $0 != "#" }.split(separator: ";", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if fields.allSatisfy(\.isEmpty) { continue }
            let targets = fields.count >= 2 ? fields[1].split(separator: " ").map { UInt32($0, radix: 16) } : []
            guard fields.count >= 2, let source = UInt32(fields[0], radix: 16), Unicode.Scalar(source) != nil,
                !targets.isEmpty, targets.allSatisfy({ $0.flatMap(Unicode.Scalar.init) != nil })
            else { throw LineError(line: index + 1) }
            rows.append((source, targets.map { hex($0!) }.joined(separator: " ")))
        }
        rows.sort { $0.0 < $1.0 }
        var out = "# Unicode TR39 confusables (source<TAB>prototype), Unicode version \(version)\n"
        out += "# Made by ConfusablesTable.convert from confusables.txt. Unicode License v3: see LICENSE-Unicode.txt.\n"
        for (source, target) in rows { out += hex(source) + "\t" + target + "\n" }
        return (Data(out.utf8), rows.count, version)
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
