import Foundation
import SafeholdAnalysis

/// The evaluation report as a table for the terminal.
enum EvaluationText {
    static func render(_ report: EvaluationReport) -> String {
        var lines: [String] = []
        for set in report.sets {
            lines.append("\(set.source) (\(report.portion.rawValue) rows: \(set.rows))")
            if !set.labels.isEmpty {
                lines.append("  label               rows   pos  ROC-AUC     F1   prec recall  macroF1")
            }
            for figures in set.labels {
                let auc = figures.rocAUC.map { String(format: "%7.3f", $0) } ?? "      -"
                lines.append(
                    "  " + figures.label.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0)
                        + String(format: "%6d %5d", figures.rows, figures.positives) + "  " + auc
                        + String(
                            format: " %6.3f %6.3f %6.3f %8.3f",
                            figures.f1,
                            figures.precision,
                            figures.recall,
                            figures.macroF1
                        )
                )
            }
            if let span = set.spanF1 { lines.append(String(format: "  span F1 (SemEval-2021 Task 5): %.3f", span)) }
        }
        return lines.joined(separator: "\n")
    }
}
