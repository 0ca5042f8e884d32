public import SafeholdCore

/// Recognizes what kind of file a piece of evidence is from its first bytes, never from its name
/// or extension, which whoever made the file chose.
public enum MediaSniffer {
    /// How many leading bytes ``mediaType(of:)`` needs.
    public static let prefixLength = 16

    private static let signatures: [([UInt8?], String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png"),
        ([0xFF, 0xD8, 0xFF], "image/jpeg"),
        (Array("GIF87a".utf8), "image/gif"),
        (Array("GIF89a".utf8), "image/gif"),
        (Array("RIFF".utf8) + [nil, nil, nil, nil] + Array("WEBP".utf8), "image/webp"),
        ([nil, nil, nil, nil] + Array("ftypheic".utf8), "image/heic"),
        ([nil, nil, nil, nil] + Array("ftypheix".utf8), "image/heic"),
        ([nil, nil, nil, nil] + Array("ftypmif1".utf8), "image/heif"),
        ([nil, nil, nil, nil] + Array("ftypqt  ".utf8), "video/quicktime"),
        ([nil, nil, nil, nil] + Array("ftyp".utf8), "video/mp4"),
        (Array("%PDF-".utf8), "application/pdf"),
        ([0x50, 0x4B, 0x03, 0x04], "application/zip"),
        ([0x50, 0x4B, 0x05, 0x06], "application/zip"),
        (Array("OggS".utf8), "audio/ogg"),
        (Array("ID3".utf8), "audio/mpeg"),
        ([0x1A, 0x45, 0xDF, 0xA3], "video/webm"),
    ]

    /// The media type of content starting with `prefix`; UTF-8 text if it decodes as such,
    /// otherwise `application/octet-stream`.
    public static func mediaType(of prefix: [UInt8]) -> MediaType {
        for (signature, type) in signatures where prefix.count >= signature.count {
            if zip(signature, prefix).allSatisfy({ $0.0 == nil || $0.0 == $0.1 }) { return MediaType(type) }
        }
        if !prefix.isEmpty, looksLikeText(prefix) { return .plainText }
        return .unknown
    }

    /// Whether the bytes are UTF-8 without control characters other than tab and line breaks.
    /// A multi-byte character cut at the end of the prefix is allowed.
    static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        var trimmed = bytes[...]
        for _ in 0..<3 where !trimmed.isEmpty && String(validating: trimmed, as: UTF8.self) == nil {
            trimmed = trimmed.dropLast()
        }
        guard !trimmed.isEmpty, let text = String(validating: trimmed, as: UTF8.self) else { return false }
        return !text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }
    }
}
