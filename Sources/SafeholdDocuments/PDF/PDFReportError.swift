/// Why a PDF report could not be written.
public enum PDFReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A font shipped with Safehold is missing from the installation.
    case fontMissing(String)
    /// A font shipped with Safehold could not be read; the detail is for developers.
    case fontUnreadable(String)

    /// A sentence for the person, with what they can do.
    public var description: String {
        switch self {
        case .fontMissing(let name):
            "The PDF could not be made because the font \(name) is missing from this copy of Safehold. "
                + "Reinstalling Safehold should fix this; the HTML report works without it."
        case .fontUnreadable(let detail):
            "The PDF could not be made because a font shipped with Safehold could not be read (\(detail)). "
                + "The HTML report works without it."
        }
    }
}
