import Foundation

/// The Unicode TR39 skeleton of a text: two strings that look the same have the same skeleton.
///
/// `skeleton(X)` is NFD, then removal of default-ignorable code points, then each character replaced by its
/// prototype from ``ConfusablesTable``, then NFD again (UTS #39 §4). The skeleton is meant for comparing,
/// never for showing: `paypal` has the skeleton `paypal` but `rn` and `m` share one too.
public enum Skeleton {
    /// The skeleton of a text, using the shipped confusables table. Linear in the length of the text.
    /// - Parameter text: Any text; a handle or a display name someone else chose.
    public static func of(_ text: String) -> String {
        of(text, table: .shipped)
    }

    /// The skeleton of a text using a given table (tests use small tables).
    /// - Parameters:
    ///   - text: Any text.
    ///   - table: The confusable mappings.
    public static func of(_ text: String, table: ConfusablesTable) -> String {
        var mapped = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isDefaultIgnorableCodePoint { continue }
            if let prototype = table.mappings[scalar.value] {
                mapped.append(contentsOf: prototype)
            } else {
                mapped.append(scalar)
            }
        }
        return String(mapped).decomposedStringWithCanonicalMapping
    }

    /// Whether two texts are confusable: equal skeletons, or equal skeletons once case is ignored on both sides
    /// (most platforms treat handles without regard to case, so `BILL`, `bi1l` and `d0e`/`doe` count as the same).
    /// - Parameters:
    ///   - first: One text.
    ///   - second: The other text.
    public static func areConfusable(_ first: String, _ second: String) -> Bool {
        if of(first) == of(second) { return true }
        return of(first.lowercased()).lowercased() == of(second.lowercased()).lowercased()
    }
}
