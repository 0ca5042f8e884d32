import Foundation

/// Every data file, decoded but not yet checked.
struct GuideContent: Sendable {
    var assessment: AssessmentFile
    var steps: StepsFile
    var platforms: PlatformsFile
    var directory: DirectoryFile
    var templates: TemplatesFile
    var strategies: StrategiesFile
    var rules: RulesFile
}

/// Decodes the data files, checking size and schema version first, with errors that name the file and field.
struct ContentDecoder {
    /// No real content file comes near this; a larger one is refused before parsing.
    static let maximumFileSize = 4 << 20

    var files: [String: Data]

    func decode() throws -> GuideContent {
        GuideContent(
            assessment: try file("assessment.json"),
            steps: try file("steps.json"),
            platforms: try file("platforms.json"),
            directory: try file("directory.json"),
            templates: try file("templates.json"),
            strategies: try file("strategies.json"),
            rules: try file("rules.json")
        )
    }

    private func file<T: Decodable>(_ name: String) throws -> T {
        guard let data = files[name] else {
            throw GuideError(.invalidContent, "The guide file \(name) is missing.")
        }
        guard data.count <= Self.maximumFileSize else {
            throw GuideError(.tooLarge, "The guide file \(name) is larger than any real guide file.")
        }
        try checkVersion(data, name: name)
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw GuideError(
                .invalidContent,
                "The guide file \(name) breaks its schema.",
                problems: [
                    "\(name): \(describe(error))"
                ]
            )
        }
    }

    private func checkVersion(_ data: Data, name: String) throws {
        struct Header: Decodable { var schemaVersion: Int }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw GuideError(
                .invalidContent,
                "The guide file \(name) is not JSON with a schemaVersion.",
                problems: [
                    "\(name): \(describe(error))"
                ]
            )
        }
        guard header.schemaVersion == Guide.schemaVersion else {
            throw GuideError(
                .unsupportedVersion,
                "The guide file \(name) is version \(header.schemaVersion); this Safehold reads version "
                    + "\(Guide.schemaVersion)."
            )
        }
    }
}

/// A decoding error as one readable line: where in the file, and what was wrong.
func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "it is not valid JSON" }
    func path(_ keys: [any CodingKey]) -> String {
        let parts = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }
        return parts.isEmpty ? "the top level" : String(parts.joined().drop { $0 == "." })
    }
    switch error {
    case .keyNotFound(let key, let context):
        return "\(path(context.codingPath + [key])) is missing"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
        return "\(path(context.codingPath)) has the wrong type"
    case .dataCorrupted(let context):
        return context.codingPath.isEmpty
            ? "it is not valid JSON" : "\(path(context.codingPath)) has a value that is not allowed"
    @unknown default:
        return "it could not be read"
    }
}
