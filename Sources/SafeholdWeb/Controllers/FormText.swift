import Foundation
import SafeholdCore

/// What a person types into a form, made safe to keep: trimmed, invisible and control characters
/// dropped, and cut to a length no real answer needs.
enum FormText {
    /// One line of text, or `nil` when nothing is left.
    static func line(_ raw: String?, limit: Int = 200) -> String? {
        let kept = (raw ?? "").unicodeScalars.filter { !DisplaySafe.isHazard($0) }
        let text = String(String.UnicodeScalarView(kept.prefix(limit * 2)))
            .trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        return String(text.prefix(limit))
    }

    /// Several lines (a note), keeping line breaks.
    static func lines(_ raw: String?, limit: Int = 4000) -> String? {
        let kept = (raw ?? "").replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars.filter {
            $0 == "\n" || !DisplaySafe.isHazard($0)
        }
        let text = String(String.UnicodeScalarView(kept.prefix(limit * 2))).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        return String(text.prefix(limit))
    }

    /// A comma-separated list of short entries.
    static func list(_ raw: String?, limit: Int = 20) -> [String] {
        (raw ?? "").split(separator: ",").compactMap { line(String($0)) }.prefix(limit).map { $0 }
    }
}
