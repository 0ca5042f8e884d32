/// Repairs the text of Meta's "Download your information" JSON (Facebook, Messenger, Instagram).
///
/// Meta writes each byte of a string's UTF-8 as a code point of its own, so that `Løye` arrives as
/// `"L\u00c3\u00b8ye"` and an emoji as four such code points. The repair is exact: a string is decoded
/// again only when every scalar is at most U+00FF and those values, read as bytes, are valid UTF-8.
/// Anything else is left as it is, so text that is already correct (anything above U+00FF) and real
/// Latin-1 text that is not valid UTF-8 (`café` written with a single `é`) are never damaged.
///
/// One ambiguity is unavoidable and rare: a person who literally typed `Ã©` gets `é` back, because
/// the two cannot be told apart in the export.
public enum MetaText {
    /// The repaired text, or `text` unchanged when it is not Meta's byte-per-character form.
    /// - Parameter text: A string as Foundation decoded it from the export's JSON.
    public static func repair(_ text: String) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.utf8.count)
        var sawHighByte = false
        for scalar in text.unicodeScalars {
            guard scalar.value <= 0xFF else { return text }
            if scalar.value >= 0x80 { sawHighByte = true }
            bytes.append(UInt8(scalar.value))
        }
        // Plain ASCII reads the same either way.
        guard sawHighByte else { return text }
        return String(validating: bytes, as: UTF8.self) ?? text
    }

    /// The repaired text, or `nil` when there is none.
    /// - Parameter text: A string from the export, if there was one.
    public static func repair(_ text: String?) -> String? {
        text.map { repair($0) }
    }
}

extension JSONValue {
    /// A non-empty string with Meta's mojibake repaired (see ``MetaText``).
    var metaText: String? { text.map { MetaText.repair($0) } }
}
