import Crypto
import Foundation
import SafeholdNetwork

/// `safehold-resources confusables`: regenerates (or with `--check`, checks) SafeholdNetwork's shipped
/// `confusables.tsv` from Unicode's `confusables.txt`.
///
/// The format is the one `ConfusablesTable.convert(confusablesTxt:)` in SafeholdNetwork writes and reads: two
/// header lines naming the Unicode version, then `SOURCE<TAB>PROTOTYPE PROTOTYPE…` in upper-case hexadecimal,
/// sorted by source.
enum Confusables {
    static let defaultSource = "../shared/data/reference/unicode-confusables"
    static let defaultOut = "Sources/SafeholdNetwork/Resources/confusables.tsv"

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

    /// The conversion is SafeholdNetwork's own, so the tool and the library cannot drift apart.
    static func convert(_ text: String) throws -> (data: Data, mappings: Int, version: String) {
        let data = try ConfusablesTable.convert(confusablesTxt: text)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        let version = lines.first.flatMap { $0.components(separatedBy: "Unicode version ").last } ?? "unknown"
        return (data, lines.filter { !$0.hasPrefix("#") }.count, version)
    }
}
