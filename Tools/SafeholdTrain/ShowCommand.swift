import Foundation
import SafeholdAnalysis

/// `show`: each message's scores, flagged labels and spans, for looking at the model by eye.
enum ShowCommand {
    static func run(_ options: ToolOptions) throws {
        guard let messagesURL = options.messages else { throw ToolError("show needs --messages FILE\n\(usage)") }
        let model = try AbuseModel(contentsOf: options.modelFile)
        let thresholds = AbuseLabel.allCases.map { "\($0.rawValue)=" + String(format: "%.2f", model.threshold(for: $0)) }
        FileHandle.standardError.write(Data("thresholds: \(thresholds.joined(separator: " "))\n".utf8))
        for line in try String(contentsOf: messagesURL, encoding: .utf8).split(separator: "\n") {
            let text = String(line)
            let result = model.classify(text)
            let scalars = Array(text.unicodeScalars)
            let scores = AbuseLabel.allCases.map { label in
                (result.flagged.contains(label) ? "*" : "") + "\(label.rawValue)="
                    + String(format: "%.2f", result[label])
            }
            let spans = result.spans.map { span in
                var words = ""
                words.unicodeScalars.append(contentsOf: scalars[span.start..<span.end])
                return "\(span.label.rawValue):\(words)"
            }
            printLine("\(text)\n    \(scores.joined(separator: " "))\n    \(spans.joined(separator: " | "))")
        }
    }
}
