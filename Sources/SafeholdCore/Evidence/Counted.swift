/// A number with its noun, singular or plural as the number needs ("1 item", "14 items"), for what a person reads.
/// Written here because "item(s)" reads like a form, and every count Safehold shows is in English for now.
public enum Counted {
    /// The count and the noun.
    /// - Parameters:
    ///   - count: How many.
    ///   - singular: The noun for one ("item").
    ///   - plural: The noun for any other number; the singular with an "s" when not given.
    public static func text(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
