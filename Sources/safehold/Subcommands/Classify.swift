import ArgumentParser
import Foundation
import Safehold

extension SafeholdCommand {
    /// `safehold classify`: JSON Lines in, JSON Lines out, no vault. The stable interface outside tools use.
    struct Classify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "classify",
            abstract: "Classify messages read as JSON Lines on standard input; no vault is needed.",
            discussion: """
                Each input line is {"id": …, "text": "…"}. Each output line is {"id", "labels": {label: score}, \
                "flagged": [...], "spans": [{"label", "start", "end"}], "rules": [{"id", "severity", "quoted", \
                "spans"}], "severity", "reason"}. Offsets count Unicode scalars of the text, end excluded. A line \
                that cannot be read gives {"id", "error"} and the rest go on.
                """
        )

        func run() throws {
            try reportingErrors {
                let classifier = LineClassifier(analyzer: try TextAnalyzer.shipped())
                try JSONLines.process(FileHandle.standardInput, to: FileHandle.standardOutput) { classifier.classify($0) }
            }
        }
    }
}
