import Foundation
import Safehold
import SafeholdCore

/// Short, plain renderings of values for the terminal.
enum Format {
    static func size(_ bytes: UInt64) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        let units = ["KB", "MB", "GB", "TB"]
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return String(format: value < 10 ? "%.1f %@" : "%.0f %@", value, units[unit])
    }

    static func shortDate(_ timestamp: Timestamp) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: timestamp.date)
    }

    static func kind(_ type: MediaType) -> String {
        if type == .plainText { return "text" }
        return type.rawValue.split(separator: "/").last.map(String.init) ?? type.rawValue
    }

    static func source(_ source: ItemSource) -> String {
        switch source.kind {
        case .typedText: "typed or pasted"
        case .file: "file " + DisplaySafe.text(source.fileName ?? "")
        case .export: "export " + DisplaySafe.text(source.pathInArchive ?? source.fileName ?? "")
        }
    }
}

/// A plain text table that lines up in a terminal.
enum Table {
    static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in
            min(40, all.map { $0[column].count }.max() ?? 0)
        }
        return all.map { row in
            row.indices.map { column in
                let cell =
                    row[column].count > widths[column]
                    ? String(row[column].prefix(widths[column] - 1)) + "…" : row[column]
                return cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}

extension Format {
    static func progress(_ progress: ImportProgress) -> String {
        var line = "Importing: \(progress.items) items, \(size(progress.bytes)) of \(size(progress.totalBytes))"
        line += ", \(size(UInt64(progress.bytesPerSecond)))/s"
        if let left = progress.secondsLeft, left.isFinite { line += ", about \(duration(left)) left" }
        return line
    }

    static func duration(_ seconds: Double) -> String {
        if seconds < 60 { return "\(Int(seconds.rounded(.up))) s" }
        if seconds < 3600 { return "\(Int((seconds / 60).rounded(.up))) min" }
        return String(format: "%.1f h", seconds / 3600)
    }

    static func summary(_ summary: ImportSummary) -> String {
        var lines = ["Imported \(DisplaySafe.text(summary.source)) (\(summary.format))."]
        let kinds = summary.found.keys.sorted()
        if kinds.isEmpty {
            lines.append("No messages, posts or other records were found in it.")
        }
        for kind in kinds {
            let found = summary.found[kind] ?? 0
            let new = summary.new[kind] ?? 0
            lines.append("  \(kind): \(found) found, \(new) new" + (found > new ? ", \(found - new) already in the vault" : ""))
        }
        lines.append("  files sealed: \(summary.filesNew) new, \(summary.filesAlreadySealed) already in the vault")
        for skipped in summary.skipped {
            lines.append("Could not read \(DisplaySafe.text(skipped.path)): \(skipped.reason)")
        }
        lines += summary.notes.map { "Note: \($0)" }
        return lines.joined(separator: "\n")
    }

    static func inspection(_ report: InspectReport) -> String {
        var lines = [
            "\(DisplaySafe.text(report.source)): \(report.format), \(report.files) files, \(size(report.bytes))"
        ]
        for kind in report.records.keys.sorted() { lines.append("  \(kind): \(report.records[kind]!)") }
        for skipped in report.skipped { lines.append("Could not read \(DisplaySafe.text(skipped.path)): \(skipped.reason)") }
        lines += report.notes.map { "Note: \($0)" }
        return lines.joined(separator: "\n")
    }
}
