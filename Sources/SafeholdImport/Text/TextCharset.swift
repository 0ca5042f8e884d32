public import Foundation

/// Turns bytes in a named character set (as mail headers and MIME parts name them) into text.
///
/// Foundation's `String.Encoding` does the decoding. A name Safehold does not know, or bytes that are
/// not valid in the named set, fall back to UTF-8 when the bytes are valid UTF-8 and to Windows-1252
/// otherwise (the set mislabelled mail most often really is), so that text is never lost; the result
/// says when that happened.
public enum TextCharset {
    /// Text decoded from bytes, and whether the named character set could be used as named.
    public struct Decoded: Sendable, Equatable {
        /// The text.
        public var text: String
        /// `false` when the name was unknown or the bytes did not fit it and a fallback was used.
        public var usedNamedCharset: Bool
    }

    /// The Foundation encoding for a MIME character set name (`utf-8`, `ISO-8859-1`, `cp1252`, …).
    /// - Returns: `nil` for a name Safehold does not know.
    public static func encoding(named name: String) -> String.Encoding? {
        let key = name.lowercased().trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "-")
        if let known = names[key] { return known }
        if key.hasPrefix("x-") { return names[String(key.dropFirst(2))] }
        return nil
    }

    /// Decodes `bytes` as the character set `name` says, with the fallbacks described above.
    /// - Parameters:
    ///   - bytes: The encoded bytes.
    ///   - name: The character set's name, or `nil` when none was given (read as US-ASCII, that is UTF-8).
    public static func decode<Bytes: Collection>(_ bytes: Bytes, charset name: String?) -> Decoded
    where Bytes.Element == UInt8 {
        if let text = decodeAsNamed(bytes, encoding: name.map { encoding(named: $0) } ?? .utf8) {
            return Decoded(text: text, usedNamedCharset: true)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, usedNamedCharset: false)
        }
        return Decoded(text: windows1252(bytes), usedNamedCharset: false)
    }

    private static func decodeAsNamed<Bytes: Collection>(_ bytes: Bytes, encoding: String.Encoding?) -> String?
    where Bytes.Element == UInt8 {
        switch encoding {
        case .utf8?, .ascii?:
            return String(validating: bytes, as: UTF8.self)
        case .isoLatin1?:
            // Mail labelled Latin-1 is nearly always Windows-1252 (curly quotes, the euro sign), as web
            // browsers also assume; bytes 0x80–0x9F are control codes in true Latin-1 and never text.
            return windows1252(bytes)
        case let encoding?:
            return String(data: Data(bytes), encoding: encoding)
        case nil:
            return nil
        }
    }

    /// Windows-1252, with its five unassigned bytes read as Latin-1 so that nothing is dropped.
    private static func windows1252<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        String(data: Data(bytes), encoding: .windowsCP1252) ?? String(data: Data(bytes), encoding: .isoLatin1) ?? ""
    }

    private static let names: [String: String.Encoding] = [
        "utf-8": .utf8, "utf8": .utf8, "us-ascii": .ascii, "ascii": .ascii, "ansi-x3.4-1968": .ascii,
        "iso-8859-1": .isoLatin1, "iso8859-1": .isoLatin1, "latin1": .isoLatin1, "latin-1": .isoLatin1,
        "l1": .isoLatin1, "iso-8859-2": .isoLatin2, "iso8859-2": .isoLatin2, "latin2": .isoLatin2,
        "windows-1252": .windowsCP1252, "cp1252": .windowsCP1252, "windows-1250": .windowsCP1250,
        "cp1250": .windowsCP1250, "windows-1251": .windowsCP1251, "cp1251": .windowsCP1251,
        "windows-1253": .windowsCP1253, "cp1253": .windowsCP1253, "windows-1254": .windowsCP1254,
        "cp1254": .windowsCP1254, "utf-16": .utf16, "utf-16be": .utf16BigEndian, "utf-16le": .utf16LittleEndian,
        "utf-32": .utf32, "shift-jis": .shiftJIS, "sjis": .shiftJIS, "cp932": .shiftJIS, "windows-31j": .shiftJIS,
        "euc-jp": .japaneseEUC, "iso-2022-jp": .iso2022JP, "macintosh": .macOSRoman, "mac": .macOSRoman,
    ]
}
