import Crypto
import Foundation

/// Reduces libphonenumber's metadata (as shipped in PhoneNumberKit's `PhoneNumberMetadata.json`) to the
/// tab-separated resource SafeholdFacts validates phone numbers with. The output depends only on the input:
/// regions sorted by id, line types in a fixed order, lengths sorted.
enum PhoneMetadataConverter {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let lineTypes = [
        "fixedLine", "mobile", "tollFree", "premiumRate", "sharedCost", "personalNumber", "voip", "pager", "uan",
        "voicemail",
    ]

    static func run(source: URL, out: URL) throws {
        let input = source.appendingPathComponent("PhoneNumberMetadata.json")
        guard let data = try? Data(contentsOf: input) else {
            throw Failure(description: "\(input.path) is not there; the reference data is needed for this command.")
        }
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let metadata = root["phoneNumberMetadata"] as? [String: Any],
            let territories = (metadata["territories"] as? [String: Any])?["territory"] as? [[String: Any]]
        else { throw Failure(description: "\(input.path) does not have the expected shape.") }
        var lines = [
            "# libphonenumber numbering plans, reduced by `safehold-resources phone-metadata`.",
            "# Source: PhoneNumberMetadata.json sha256 \(digest). Apache-2.0: see LICENSE-libphonenumber.txt.",
            "# region<TAB>calling code<TAB>national prefix<TAB>main region for code<TAB>type|lengths|pattern…",
        ]
        let sorted = territories.sorted {
            ($0["id"] as? String ?? "", $0["countryCode"] as? String ?? "") < (
                $1["id"] as? String ?? "", $1["countryCode"] as? String ?? ""
            )
        }
        for territory in sorted { lines.append(try line(for: territory)) }
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try (lines.joined(separator: "\n") + "\n").write(
            to: out.appendingPathComponent("phone-metadata.tsv"),
            atomically: true,
            encoding: .utf8
        )
        try licence().write(
            to: out.appendingPathComponent("LICENSE-libphonenumber.txt"),
            atomically: true,
            encoding: .utf8
        )
        try provenance(digest: digest, regions: sorted.count).write(
            to: out.appendingPathComponent("PROVENANCE.md"),
            atomically: true,
            encoding: .utf8
        )
        print("wrote \(sorted.count) regions to \(out.path)/phone-metadata.tsv")
    }

    static func line(for territory: [String: Any]) throws -> String {
        guard let id = territory["id"] as? String, let code = territory["countryCode"] as? String else {
            throw Failure(description: "A territory has no id or calling code.")
        }
        let general = lengths(of: territory["generalDesc"] as? [String: Any])
        var fields = [
            id, code, territory["nationalPrefix"] as? String ?? "",
            territory["mainCountryForCode"] as? String == "true" ? "1" : "0",
        ]
        for type in lineTypes {
            guard let description = territory[type] as? [String: Any],
                let pattern = description["nationalNumberPattern"] as? String
            else { continue }
            var allowed = lengths(of: description)
            if allowed.isEmpty { allowed = general.isEmpty ? Array(4...17) : general }
            fields.append("\(type)|\(allowed.map(String.init).joined(separator: ","))|\(pattern)")
        }
        return fields.joined(separator: "\t")
    }

    /// `9,10`, `[5-12]` or `[4-8],10` as a sorted list.
    static func lengths(of description: [String: Any]?) -> [Int] {
        guard let lengths = description?["possibleLengths"] as? [String: Any],
            let national = lengths["national"] as? String
        else {
            return []
        }
        var result = Set<Int>()
        for item in national.split(separator: ",") {
            let text = item.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
            let bounds = text.split(separator: "-").compactMap { Int($0) }
            if bounds.count == 2 {
                result.formUnion(bounds[0]...bounds[1])
            } else if let one = bounds.first {
                result.insert(one)
            }
        }
        return result.sorted()
    }

    static func licence() throws -> String {
        let apache = (try? String(contentsOfFile: "/usr/share/common-licenses/Apache-2.0", encoding: .utf8)) ?? ""
        guard !apache.isEmpty else {
            throw Failure(
                description: "/usr/share/common-licenses/Apache-2.0 is missing; the licence text is copied from there."
            )
        }
        return """
            phone-metadata.tsv is derived from libphonenumber's PhoneNumberMetadata.xml
            (https://github.com/google/libphonenumber), as converted to JSON by PhoneNumberKit
            (https://github.com/marmelroy/PhoneNumberKit, MIT). Safehold reduced it: only calling codes,
            national prefixes, possible lengths and national-number patterns per line type are kept.

            Copyright (C) 2009 The Libphonenumber Authors

            Licensed under the Apache License, Version 2.0 (the "License");
            you may not use this file except in compliance with the License.
            You may obtain a copy of the License at

                http://www.apache.org/licenses/LICENSE-2.0

            Unless required by applicable law or agreed to in writing, software
            distributed under the License is distributed on an "AS IS" BASIS,
            WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
            See the License for the specific language governing permissions and
            limitations under the License.

            ----------------------------------------------------------------------

            """ + apache
    }

    static func provenance(digest: String, regions: Int) -> String {
        """
        # Provenance of SafeholdFacts resources

        ## phone-metadata.tsv

        - What: libphonenumber's numbering plans for \(regions) regions, reduced to calling code, national
          prefix, main region for a shared code, and per line type (fixed line, mobile, toll free, premium
          rate, shared cost, personal, VoIP, pager, UAN, voicemail) the possible national lengths and the
          national-number pattern. Formats, examples and carrier data are dropped.
        - From: `PhoneNumberMetadata.json` (sha256 `\(digest)`) in PhoneNumberKit @
          `840ca3a89ced1a190e20ac93666ff3cdb376c973`, which carries libphonenumber's metadata.
        - Licence: Apache-2.0 (The Libphonenumber Authors); notice and full text in `LICENSE-libphonenumber.txt`.
        - Made by: `swift run safehold-resources phone-metadata --source <dir with PhoneNumberMetadata.json>
          --out Sources/SafeholdFacts/Resources`. The output depends only on the input (regions sorted by id,
          types in a fixed order).
        - Not used: `nationalPrefixForParsing` and transform rules (a few regions, e.g. Argentina and Mexico,
          dial mobiles with extra digits nationally; those national forms are not recognized).

        """
    }
}
