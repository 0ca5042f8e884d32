/// Makes text written by someone else safe to show on a terminal or in a one-line listing.
///
/// Abusers write the file names, names and messages Safehold shows. Control characters could move
/// the cursor or rewrite the screen, and direction overrides could make `gpj.exe` look like
/// `exe.jpg`; both are shown as visible `\u{…}` escapes instead. Nothing else changes.
public enum DisplaySafe {
    /// The text with control, direction-override and invisible formatting characters made visible.
    /// - Parameters:
    ///   - raw: Text someone else wrote.
    ///   - keepingLineBreaks: Leave line feeds as they are, for showing a whole message.
    public static func text(_ raw: String, keepingLineBreaks: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for scalar in raw.unicodeScalars {
            if isHazard(scalar) && !(keepingLineBreaks && scalar == "\n") {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Who sent an item, display-safe. Some exports name a sender only by the platform's number for the
    /// account (X direct messages do); such a number reads as "X account 2002" rather than a bare "2002".
    /// On platforms where a number is a phone number (SMS, WhatsApp, Signal), or when the platform is not
    /// known, it stays as written.
    /// - Parameters:
    ///   - label: The sender as stored.
    ///   - platform: Where the item came from, if known.
    public static func sender(_ label: String, platform: Platform?) -> String {
        guard let platform, accountNumbered.contains(platform.rawValue), label.count >= 3,
            label.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return text(label) }
        return "\(platform.displayName) account \(label)"
    }

    /// Platforms whose exports may name an account by its number.
    private static let accountNumbered: Set<String> = [
        "x", "facebook", "instagram", "tiktok", "discord", "telegram", "reddit", "mastodon", "bluesky", "snapchat",
    ]

    /// Whether a character is invisible or changes how the text around it is displayed.
    public static func isHazard(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true  // C0 and C1 controls, including ESC
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069: true  // zero-width, bidi
        case 0x061C, 0xFEFF, 0x00AD, 0x180E: true  // Arabic letter mark, BOM, soft hyphen, Mongolian separator
        case 0xFFF9...0xFFFB: true  // interlinear annotation
        default: false
        }
    }
}
