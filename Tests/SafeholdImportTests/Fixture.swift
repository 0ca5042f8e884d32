import Foundation
import SafeholdCore
@testable import SafeholdImport

/// The fixtures shipped with the import tests, and reading them the way an import does.
enum Fixture {
    /// The fixture file or folder with this name.
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
    }

    /// Every record `importer` reads from the files its plan marks for reading.
    static func records(_ importer: any Importer, from source: any ExportSource) throws -> [ImportedRecord] {
        var records = [ImportedRecord]()
        for planned in try importer.plan(source) where planned.role == .records {
            try importer.parse(planned.file, from: source) { records.append($0) }
        }
        return records
    }

    /// The importer that recognizes the fixture, and every record it reads.
    static func records(_ name: String) throws -> (any Importer, [ImportedRecord]) {
        let source = try ExportSources.open(url(name))
        let importer = Importers.detect(source)
        return (importer, try records(importer, from: source))
    }

    /// How many records of each kind.
    static func counts(_ records: [ImportedRecord]) -> [RecordKind: Int] {
        records.reduce(into: [:]) { $0[$1.record.kind, default: 0] += 1 }
    }
}
