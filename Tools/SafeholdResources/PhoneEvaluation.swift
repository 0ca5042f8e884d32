import Foundation
import SafeholdFacts

/// `safehold-resources evaluate-phones`: recall of the PIIScanner on libphonenumber's example numbers, each
/// written in several common ways inside a sentence. The examples come from the same metadata the scanner
/// validates with, so this measures finding and reading numbers, not the numbering plans themselves.
enum PhoneEvaluation {
    static func run(source: URL) throws {
        let input = source.appendingPathComponent("PhoneNumberMetadata.json")
        guard let data = try? Data(contentsOf: input),
            let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let territories = ((root["phoneNumberMetadata"] as? [String: Any])?["territories"] as? [String: Any])?[
                "territory"
            ] as? [[String: Any]]
        else { throw PhoneMetadataConverter.Failure(description: "\(input.path) is not there or not readable.") }
        let scanner = try PIIScanner.shipped()
        var tried = 0
        var found = 0
        var exact = 0
        var misses: [String] = []
        for territory in territories {
            guard let code = territory["countryCode"] as? String, let id = territory["id"] as? String, id != "001"
            else { continue }
            let prefix = territory["nationalPrefix"] as? String ?? ""
            for type in ["fixedLine", "mobile"] {
                guard let example = (territory[type] as? [String: Any])?["exampleNumber"] as? String else { continue }
                var forms = [
                    "+\(code) \(grouped(example))", "+\(code)\(example)",
                    "+\(code)-\(grouped(example, separator: "-"))",
                ]
                if ["US", "GB", "DE", "FR", "AU", "CA"].contains(id) { forms.append(prefix + grouped(example)) }
                for form in forms {
                    tried += 1
                    let sentence = "you can reach her on \(form) after six"
                    let start = "you can reach her on ".unicodeScalars.count
                    let end = start + form.unicodeScalars.count
                    let phones = scanner.scan(sentence).filter { $0.type == .phone }
                    if let hit = phones.first(where: { $0.start == start && $0.end == end }) {
                        found += 1
                        if hit.value == "+" + code + example { exact += 1 }
                    } else if misses.count < 15 {
                        misses.append("\(id) \(type): \(form) → \(phones.map(\.value))")
                    }
                }
            }
        }
        print(
            String(
                format: "phones: recall %.3f (%d of %d written forms), value exact %.3f",
                Double(found) / Double(tried),
                found,
                tried,
                Double(exact) / Double(max(found, 1))
            )
        )
        print("some misses:")
        for miss in misses { print("  " + miss) }
    }

    /// Digits in groups of three or four, the way people write them.
    static func grouped(_ digits: String, separator: String = " ") -> String {
        var groups: [String] = []
        var rest = Substring(digits)
        while rest.count > 4 {
            let size = rest.count == 8 ? 4 : 3
            groups.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        groups.append(String(rest))
        return groups.joined(separator: separator)
    }
}
