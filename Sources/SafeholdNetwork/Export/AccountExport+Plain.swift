public import Foundation

extension AccountExport {
    /// The columns of ``csv(_:)``.
    public static let csvHeader = [
        "platform", "handle", "handle shown with hidden characters", "id", "connection",
        "suggestion", "reasons",
    ]

    /// A spreadsheet of audit entries, safe to open: one row per account, reasons joined by ` | `.
    /// The handle is written twice, as the account wrote it and with look-alike and invisible characters
    /// spelled out (``VisibleName``).
    public static func csv(_ entries: [AuditEntry]) -> String {
        CSVWriter.document(
            header: csvHeader,
            rows: entries.map { entry in
                [
                    entry.account.platform, entry.account.handle, VisibleName.render(entry.account.handle, limit: 256),
                    entry.account.id ?? "", entry.kinds.map(\.rawValue).joined(separator: " "),
                    entry.suggestion.rawValue, entry.reasons.map(\.sentence).joined(separator: " | "),
                ]
            }
        )
    }

    /// The same entries as JSON (sorted keys, so that the same entries always give the same bytes).
    /// - Throws: `EncodingError` only if an entry cannot be encoded, which plain strings and numbers cannot cause.
    public static func json(_ entries: [AuditEntry]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(entries)
    }
}
