public import Foundation
import SafeholdCore
import SafeholdImport
public import SafeholdVault

/// Settings for one import.
public struct ImportOptions: Sendable {
    /// Read the words in screenshots with Tesseract, when it is installed.
    public var recognizeText = true
    /// Records sealed per transaction (and per signed checkpoint).
    public var batchSize = 5000

    /// The default settings.
    public init() {}
}

/// Importing an export into the vault: the export itself, every file in it, and every record read
/// from its data files are sealed, in that order, so that each record points at sealed bytes.
///
/// Running the same import again adds nothing; an import stopped part-way (crash, Ctrl-C, bad file)
/// leaves the vault consistent, and running it again completes it.
public struct ImportWorkflow {
    let vault: Vault
    let options: ImportOptions
    let progress: (ImportProgress) -> Void
    private let started = Date()
    private var summary: ImportSummary
    private var items = 0
    private var bytes: UInt64 = 0
    private let totalBytes: UInt64
    private let source: any ExportSource
    private let importer: any Importer
    private var lastReport = Date.distantPast

    /// Opens the export and chooses its importer.
    /// - Throws: ``SafeholdError`` `invalid-input` naming the file when the export is unsafe or unreadable.
    public init(
        _ url: URL, into vault: Vault, options: ImportOptions = ImportOptions(),
        progress: @escaping (ImportProgress) -> Void = { _ in }
    ) throws {
        self.vault = vault
        self.options = options
        self.progress = progress
        source = try Self.open(url)
        importer = Importers.detect(source)
        totalBytes = source.files.reduce(0) { $0 + $1.size }
        summary = ImportSummary(format: importer.name, source: source.displayName)
    }

    static func open(_ url: URL) throws -> any ExportSource {
        do {
            return try ExportSources.open(url)
        } catch let error as ImportError {
            throw SafeholdError(.invalidInput, error.description, cause: error)
        }
    }

    /// Seals the export and everything read from it.
    /// - Returns: What was found, what was new, and what was skipped and why.
    public mutating func run() throws -> ImportSummary {
        let plan: [PlannedFile]
        do {
            plan = try importer.plan(source)
        } catch let error as ImportError {
            throw SafeholdError(.invalidInput, error.description, cause: error)
        }
        if options.recognizeText, TextRecognizer.installed() == nil, plan.contains(where: { $0.role == .media }) {
            summary.notes.append("Text recognition is off: install Tesseract (Debian: apt-get install tesseract-ocr) to read the words in screenshots.")
        }
        if let archive = source.archiveURL { try sealArchive(archive) }
        let recordFiles = plan.filter { $0.role == .records }
        try sealFiles(plan.filter { $0.role != .records })
        for planned in recordFiles { try importRecords(of: planned.file) }
        report(force: true)
        return summary
    }

    private var exportSource: ItemSource {
        ItemSource(kind: .export, fileName: source.displayName, importer: importer.name, importerVersion: importer.version)
    }

    private func fileSource(_ path: String) -> ItemSource {
        ItemSource(kind: .export, fileName: source.displayName, pathInArchive: path, importer: importer.name, importerVersion: importer.version)
    }

    private mutating func sealArchive(_ url: URL) throws {
        let item = NewItem(content: .file(url), mediaType: MediaType("application/zip"), source: exportSource, details: ItemDetails(platform: importer.platform))
        tally(try vault.seal([item]))
    }

    /// Seals media and other files in small batches, describing media (EXIF time, recognized words) first.
    private mutating func sealFiles(_ files: [PlannedFile]) throws {
        let reader = MediaReader(recognizer: options.recognizeText ? TextRecognizer.installed() : nil)
        var batch = [NewItem]()
        for planned in files {
            let file = planned.file
            do {
                let description = try reader.describe(
                    file, from: source, platform: importer.platform, readWords: planned.role == .media)
                summary.notes += description.notes
                let record = planned.role == .media ? description.record : nil
                let details = ItemDetails(platform: importer.platform, postedAt: description.record.createdAt)
                batch.append(NewItem(content: stream(file), mediaType: description.mediaType, source: fileSource(file.path), details: details, record: record))
            } catch let error as ImportError {
                summary.skipped.append(ImportSummary.Skipped(path: file.path, reason: error.message))
                continue
            }
            if batch.count == 32 {
                try flush(&batch)
            }
        }
        try flush(&batch)
    }

    private mutating func flush(_ batch: inout [NewItem]) throws {
        guard !batch.isEmpty else { return }
        let outcomes: [SealOutcome]
        do {
            outcomes = try vault.seal(batch)
        } catch let error as SafeholdError where error.cause is ImportError && batch.count > 1 {
            // One file of the batch could not be read; seal the others one by one and name the bad one.
            for item in batch {
                var single = [item]
                try flush(&single)
            }
            batch.removeAll()
            return
        } catch let error as SafeholdError {
            guard let cause = error.cause as? ImportError, let item = batch.first else { throw error }
            summary.skipped.append(ImportSummary.Skipped(path: item.source.pathInArchive ?? cause.file, reason: cause.message))
            batch.removeAll()
            return
        }
        tally(outcomes)
        for (item, outcome) in zip(batch, outcomes) {
            if let record = item.record { summary.count(record.kind, outcome: Self.kind(outcome)) }
            bytes += outcome.record.size
        }
        batch.removeAll()
        report()
    }

    /// A producer that streams one file of the export into the vault.
    private func stream(_ file: ExportFile) -> NewItem.Content {
        let source = self.source
        return .stream { sink in try source.read(file, consume: sink) }
    }

    /// Seals a data file, then reads its records and seals them in batches as parts of it.
    private mutating func importRecords(of file: ExportFile) throws {
        let container: CaptureRecord
        do {
            let outcomes = try vault.seal([NewItem(content: stream(file), mediaType: MediaType("application/json"), source: fileSource(file.path), details: ItemDetails(platform: importer.platform))])
            tally(outcomes)
            container = outcomes[0].record
        } catch let error as SafeholdError {
            if let cause = error.cause as? ImportError { return skip(file, cause) }
            throw error
        }
        do {
            summary.notes += try RecordPipeline.run(importer, file, from: source, batchSize: options.batchSize) {
                records in
                var batch = records.map { part($0, in: container) }
                try sealParts(&batch)
            }
        } catch let error as ImportError {
            skip(file, error)
        }
        bytes += file.size
        report()
    }

    private func part(_ imported: ImportedRecord, in container: CaptureRecord) -> NewPart {
        let record = imported.record
        let details = ItemDetails(platform: record.platform, url: record.url, author: record.author?.label, postedAt: record.createdAt)
        return NewPart(
            container: container.id, offset: record.location.offset ?? 0, bytes: imported.bytes,
            mediaType: MediaType("application/json"), source: fileSource(record.location.path), details: details, record: record)
    }

    private mutating func sealParts(_ batch: inout [NewPart]) throws {
        guard !batch.isEmpty else { return }
        let outcomes = try vault.seal(parts: batch)
        for (part, outcome) in zip(batch, outcomes) {
            if let record = part.record { summary.count(record.kind, outcome: outcome.isNew ? .new : .already) }
        }
        items += batch.count
        batch.removeAll(keepingCapacity: true)
        report()
    }

    private mutating func tally(_ outcomes: [SealOutcome]) {
        for outcome in outcomes {
            if case .sealed = outcome { summary.filesNew += 1 } else { summary.filesAlreadySealed += 1 }
        }
        items += outcomes.count
    }

    private mutating func skip(_ file: ExportFile, _ error: ImportError) {
        summary.skipped.append(ImportSummary.Skipped(path: file.path, reason: error.message))
    }

    private static func kind(_ outcome: SealOutcome) -> ImportSummary.SealOutcomeKind {
        if case .sealed = outcome { return .new }
        return .already
    }

    private mutating func report(force: Bool = false) {
        summary.bytes = max(summary.bytes, bytes)
        guard force || Date().timeIntervalSince(lastReport) > 0.25 else { return }
        lastReport = Date()
        progress(ImportProgress(items: items, bytes: bytes, totalBytes: totalBytes, elapsed: Date().timeIntervalSince(started)))
    }
}
