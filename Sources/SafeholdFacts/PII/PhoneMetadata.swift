import Foundation

/// libphonenumber's numbering plans, reduced to what validation needs: each region's calling code, trunk
/// prefix and, per type of line, the possible lengths and the pattern of valid national numbers.
///
/// The shipped copy is `Resources/phone-metadata.tsv`, made by `safehold-resources phone-metadata` from
/// libphonenumber's metadata (Apache-2.0; see `Resources/PROVENANCE.md`). Patterns are only ever run on one
/// candidate number at a time, never over a whole text.
struct PhoneMetadata: Sendable {
    /// One region's numbering plan.
    struct Region: Sendable {
        var id: String
        var callingCode: String
        var nationalPrefix: String
        var isMain: Bool
        var types: [LineType]
    }

    /// One type of line (mobile, fixed line, toll free…) in a region.
    struct LineType: Sendable {
        var name: String
        var lengths: Set<Int>
        var pattern: NSRegularExpression
    }

    private(set) var regions: [Region] = []
    private(set) var byCallingCode: [String: [Int]] = [:]
    private(set) var byID: [String: Int] = [:]

    /// Every calling code in the plan.
    var callingCodes: Set<String> { Set(byCallingCode.keys) }

    /// The copy shipped in the module's resources, read once; nil only if the resource is missing or damaged.
    static let shipped: PhoneMetadata? = {
        guard
            let url = Bundle.module.url(forResource: "phone-metadata", withExtension: "tsv", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "phone-metadata", withExtension: "tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return nil }
        return try? PhoneMetadata(tsv: text)
    }()

    /// Reads the tab-separated form written by `safehold-resources phone-metadata`.
    /// - Throws: ``PIIResourceError`` when a line cannot be read.
    init(tsv: String) throws {
        for (number, line) in tsv.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4 else { throw PIIResourceError(resource: "phone-metadata.tsv", line: number + 1) }
            var types: [LineType] = []
            for field in fields.dropFirst(4) {
                let parts = field.split(separator: "|", maxSplits: 2).map(String.init)
                guard parts.count == 3,
                    let regex = try? NSRegularExpression(pattern: "^(?:" + parts[2] + ")$")
                else { throw PIIResourceError(resource: "phone-metadata.tsv", line: number + 1) }
                let lengths = Set(parts[1].split(separator: ",").compactMap { Int($0) })
                types.append(LineType(name: parts[0], lengths: lengths, pattern: regex))
            }
            let region = Region(
                id: fields[0],
                callingCode: fields[1],
                nationalPrefix: fields[2],
                isMain: fields[3] == "1",
                types: types
            )
            byCallingCode[region.callingCode, default: []].append(regions.count)
            byID[region.id] = regions.count
            regions.append(region)
        }
    }

    /// The regions of a calling code, the main one first.
    func regions(callingCode: String) -> [Region] {
        (byCallingCode[callingCode] ?? []).map { regions[$0] }.sorted { $0.isMain && !$1.isMain }
    }

    /// The type of line a national number is valid for in a region, or nil when it is not valid there.
    func lineType(of national: String, in region: Region) -> String? {
        let length = national.utf16.count
        let range = NSRange(location: 0, length: length)
        for type in region.types where type.lengths.contains(length) {
            if type.pattern.firstMatch(in: national, options: [.anchored], range: range) != nil { return type.name }
        }
        return nil
    }

    /// Whether a national number has a length some type of line in the region allows.
    func isPossible(_ national: String, in region: Region) -> Bool {
        let length = national.utf16.count
        return region.types.contains { $0.lengths.contains(length) }
    }
}

/// A shipped resource could not be read; the module was built or packaged wrongly.
public struct PIIResourceError: Error, Sendable, CustomStringConvertible {
    /// The resource file's name.
    public var resource: String
    /// The line that could not be read, or 0 when the file is missing.
    public var line: Int

    /// A plain account of what is wrong.
    public var description: String {
        line == 0
            ? "A file Safehold needs to recognize personal details (\(resource)) is missing. Reinstalling Safehold should fix this."
            : "A file Safehold needs to recognize personal details (\(resource), line \(line)) is damaged. Reinstalling Safehold should fix this."
    }
}
