public import SafeholdCore

/// Reads anything that is not a known platform export: screenshots, photos, PDFs, text files, or a
/// folder of them. Each file is sealed as it is, with a media record (capture time from EXIF, and
/// recognized text when Tesseract is installed).
public struct FileImporter: Importer {
    public let name = "files"
    public let version = "1.0.0"
    public var platform: Platform? { nil }

    /// Creates the importer.
    public init() {}

    public func recognizes(_ source: any ExportSource) -> Bool { true }

    public func plan(_ source: any ExportSource) throws -> [PlannedFile] {
        source.files.map { PlannedFile(file: $0, role: .media) }
    }

    public func parse(_ file: ExportFile, from source: any ExportSource, emit: (ImportedRecord) throws -> Void) throws {}
}
