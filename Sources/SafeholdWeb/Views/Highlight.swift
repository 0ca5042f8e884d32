import SafeholdCore

/// A piece of a message as the page shows it: plain, or marked because a finding points at it.
struct TextSegment {
    let text: String
    let mark: Bool
    /// What the mark stands for ("threat", "your protected address"); empty when not marked.
    let label: String
}

/// Cuts a message into plain and marked pieces from spans in Unicode scalars.
///
/// Spans come from the vault's findings, which were computed on this text, but they are checked
/// again here: a span outside the text or backwards is ignored, and overlapping spans are merged so
/// every scalar is shown exactly once.
enum Highlight {
    /// The most marked pieces one page shows; beyond that the text stays plain.
    static let maximumMarks = 500

    static func segments(of text: String, spans: [(label: String, start: Int, end: Int)]) -> [TextSegment] {
        let scalars = Array(text.unicodeScalars)
        let valid = spans.filter { $0.start >= 0 && $0.start < $0.end && $0.end <= scalars.count }
            .sorted { $0.start == $1.start ? $0.end > $1.end : $0.start < $1.start }
        var merged: [(label: String, start: Int, end: Int)] = []
        for span in valid.prefix(maximumMarks * 4) {
            if let last = merged.last, span.start <= last.end {
                let label = last.label.contains(span.label) ? last.label : last.label + ", " + span.label
                merged[merged.count - 1] = (label, last.start, max(last.end, span.end))
            } else {
                merged.append(span)
            }
        }
        var segments: [TextSegment] = []
        var position = 0
        func piece(_ start: Int, _ end: Int) -> String {
            DisplaySafe.text(String(String.UnicodeScalarView(scalars[start..<end])), keepingLineBreaks: true)
        }
        for span in merged.prefix(maximumMarks) {
            if span.start > position { segments.append(TextSegment(text: piece(position, span.start), mark: false, label: "")) }
            segments.append(TextSegment(text: piece(span.start, span.end), mark: true, label: span.label))
            position = span.end
        }
        if position < scalars.count {
            segments.append(TextSegment(text: piece(position, scalars.count), mark: false, label: ""))
        }
        return segments
    }
}
