public import Foundation

/// The training data sets under `../shared/data/abuse` and how their labels map onto ``AbuseLabel``.
///
/// Every mapping keeps to what the data set's annotators actually said: a label a set says nothing about is
/// left out of that row (so the loss ignores it), never taken as a "no".
public enum AbuseDataSets {
    /// A file that was read, with the number of data rows in it.
    public struct InputFile: Sendable, Hashable, Codable {
        /// Path relative to the data directory.
        public var path: String
        /// Data rows (not counting the header).
        public var rows: Int
    }

    /// What was loaded.
    public struct Loaded: Sendable {
        /// Every row of every set.
        public var examples: [TrainingExample]
        /// The files read, in reading order.
        public var files: [InputFile]
    }

    /// The files this loader reads, relative to the data directory.
    public static let paths = [
        "toxic-spans/data_comments.csv", "toxic-spans/data_annotations.csv", "toxic-spans/data_spans.csv",
        "toxic-spans/SemEval2021_data_tsd_train.csv", "toxic-spans/SemEval2021_data_tsd_trial.csv",
        "edos-sexism/edos_train_dev.csv", "davidson-hate-offensive/data_labeled_data.csv",
        "jigsaw-binary/jigsaw_binary_balanced.csv",
    ]

    /// Reads every set.
    /// - Parameter directory: The `abuse` data directory.
    /// - Throws: `CocoaError` when a file is missing or unreadable, ``DataSetError`` when a column is missing.
    public static func load(from directory: URL) throws -> Loaded {
        var tables: [String: CSVTable] = [:]
        var files: [InputFile] = []
        for path in paths {
            let text = try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
            let table = CSVTable(parsing: text)
            tables[path] = table
            files.append(InputFile(path: path, rows: table.rows.count))
        }
        let trial = try semEval(tables[paths[4]]!, source: "semeval2021-trial", forceTest: true)
        let held = Set(trial.map { $0.text.trimmingWhitespace() })
        var examples = try toxicSpans(
            comments: tables[paths[0]]!,
            annotations: tables[paths[1]]!,
            spans: tables[paths[2]]!
        )
        examples += try semEval(tables[paths[3]]!, source: "semeval2021-train", forceTest: false)
        for index in examples.indices where held.contains(examples[index].text.trimmingWhitespace()) {
            examples[index].portion = .test
        }
        examples += trial
        examples += try edos(tables[paths[5]]!)
        examples += try davidson(tables[paths[6]]!)
        examples += try jigsaw(tables[paths[7]]!)
        return Loaded(examples: examples, files: files)
    }
}

/// A data file lacks a column the loader needs.
public struct DataSetError: Error, Sendable, CustomStringConvertible {
    /// What is missing.
    public var description: String
}

extension CSVTable {
    func columns(_ names: String...) throws -> [Int] {
        try names.map { name in
            guard let index = column(name) else { throw DataSetError(description: "column \(name) is missing") }
            return index
        }
    }
}
