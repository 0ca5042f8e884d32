/// A span of original text to hide, and the words that replace it.
public struct RedactionSpan: Sendable, Equatable {
    /// The span in Unicode scalars of the original text, end exclusive.
    public var range: ScalarRange
    /// What is hidden, in plain words ("name", "address"); shown as `[redacted: label]`.
    public var label: String

    /// Creates a span to hide.
    public init(range: ScalarRange, label: String) {
        self.range = range
        self.label = label
    }
}

/// Text after redaction, with the places where markers now sit.
public struct RedactedText: Sendable, Equatable {
    /// The text with each hidden span replaced by `[redacted: label]`.
    public var text: String
    /// Where each marker sits in ``text``, in Unicode scalars.
    public var markers: [ScalarRange]
}

/// Replaces spans of text with visible markers before a report is filled.
///
/// Markers are tracked by position, so a message that itself contains the words "[redacted: …]"
/// is never shown as if Safehold had hidden something.
public enum Redaction {
    /// The marker shown in place of hidden text.
    public static func marker(for label: String) -> String {
        "[redacted: \(label)]"
    }

    /// Replaces the given spans of `text`; overlapping or out-of-range spans are clipped or merged.
    /// - Parameters:
    ///   - text: the original text.
    ///   - spans: what to hide, in Unicode scalars of `text`.
    public static func apply(to text: String, spans: [RedactionSpan]) -> RedactedText {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var markers: [ScalarRange] = []
        var cursor = 0
        var outCount = 0
        for span in spans.sorted(by: { $0.range.start < $1.range.start }) {
            let start = min(max(span.range.start, cursor), scalars.count)
            let end = min(max(span.range.end, start), scalars.count)
            guard end > start else { continue }
            output.append(contentsOf: scalars[cursor..<start])
            outCount += start - cursor
            let mark = marker(for: span.label).unicodeScalars
            output.append(contentsOf: mark)
            markers.append(ScalarRange(start: outCount, end: outCount + mark.count))
            outCount += mark.count
            cursor = end
        }
        output.append(contentsOf: scalars[cursor...])
        return RedactedText(text: String(output), markers: markers)
    }
}
