public import Foundation
public import SafeholdCore
import SafeholdImport

/// What `safehold inspect` reports about an export without a vault: the format, the files, and the
/// records per kind. The JSON form is a stable interface for outside tools.
public struct InspectReport: Codable, Sendable, Equatable {
    /// The importer that reads it.
    public var format: String
    /// The export's file or folder name.
    public var source: String
    /// How many files it holds.
    public var files: Int
    /// How many bytes they hold.
    public var bytes: UInt64
    /// Records per kind (`message`, `post`, …), media included.
    public var records: [String: Int]
    /// Files that could not be read, and why.
    public var skipped: [ImportSummary.Skipped]
    /// Things worth knowing.
    public var notes: [String]
}

/// Reading an export without sealing anything.
public enum Inspection {
    /// Reads the export at `url`, passing each record to `onRecord` in file order.
    /// - Throws: ``SafeholdError`` `invalid-input` naming the file when the export is unsafe or unreadable.
    public static func inspect(
        _ url: URL, recognizeText: Bool = true, onRecord: (NormalizedRecord) throws -> Void = { _ in }
    ) throws -> InspectReport {
        let source = try ImportWorkflow.open(url)
        let importer = Importers.detect(source)
        var report = InspectReport(
            format: importer.name, source: source.displayName, files: source.files.count,
            bytes: source.files.reduce(0) { $0 + $1.size }, records: [:], skipped: [], notes: [])
        let plan: [PlannedFile]
        do {
            plan = try importer.plan(source)
        } catch let error as ImportError {
            throw SafeholdError(.invalidInput, error.description, cause: error)
        }
        let reader = MediaReader(recognizer: recognizeText ? TextRecognizer.installed() : nil)
        for planned in plan where planned.role != .original {
            do {
                if planned.role == .media {
                    let description = try reader.describe(planned.file, from: source, platform: importer.platform)
                    report.notes += description.notes
                    report.records[RecordKind.media.rawValue, default: 0] += 1
                    try onRecord(description.record)
                } else {
                    try importer.parse(
                        planned.file, from: source,
                        emit: { imported in
                            report.records[imported.record.kind.rawValue, default: 0] += 1
                            try onRecord(imported.record)
                        },
                        note: { report.notes.append($0) }
                    )
                }
            } catch let error as ImportError {
                report.skipped.append(ImportSummary.Skipped(path: planned.file.path, reason: error.message))
            }
        }
        return report
    }
}
