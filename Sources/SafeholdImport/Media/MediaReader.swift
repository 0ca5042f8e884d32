import Foundation
public import SafeholdCore

/// What an import learns about one media file: its record, and anything the person should know.
public struct MediaDescription: Sendable {
    /// The media record: kind, capture time from EXIF, recognized text.
    public var record: NormalizedRecord
    /// The content's media type, recognized from its bytes.
    public var mediaType: MediaType
    /// Things worth telling the person, such as "text recognition is off".
    public var notes: [String]
}

/// Describing photos, screenshots, documents and text files found in an export or chosen by hand.
public struct MediaReader: Sendable {
    /// Images claiming more pixels than this are sealed but not read (a crafted header could claim
    /// 100,000 x 100,000 pixels to exhaust memory).
    public static let maximumPixels = 60_000_000
    /// Text files up to this size have their text in the record.
    public static let maximumTextBytes = 1 << 20
    /// Images up to this size are given to text recognition.
    public static let maximumRecognitionBytes = 40 << 20

    /// The text recognizer, or `nil` when recognition is off.
    public var recognizer: TextRecognizer?

    /// Creates a reader.
    public init(recognizer: TextRecognizer?) { self.recognizer = recognizer }

    /// Reads a file's header (and, for images and text, its words) into a media record.
    /// - Parameter readWords: Whether to read the words of images and text files; `false` for files
    ///   that are only sealed, so that a large export's photos are not all sent through recognition.
    public func describe(
        _ file: ExportFile, from source: any ExportSource, platform: Platform?, readWords: Bool = true
    ) throws -> MediaDescription {
        let head = try prefix(of: file, from: source, count: 256 * 1024)
        let mediaType = MediaSniffer.mediaType(of: Array(head.prefix(MediaSniffer.prefixLength)))
        var record = NormalizedRecord(
            kind: .media, platform: platform ?? Platform("other")!,
            location: RecordLocation(path: file.path, offset: 0, length: file.size))
        record.media = [MediaRef(path: file.path, mediaType: mediaType.rawValue)]
        var notes = [String]()
        if mediaType.rawValue.hasPrefix("image/") {
            let metadata = ImageMetadata.read(head)
            record.createdAt = metadata.takenAt
            if let pixels = metadata.pixelCount, pixels > Self.maximumPixels {
                notes.append(
                    "\(DisplaySafe.text(file.path)): the picture claims to be \(metadata.width ?? 0) x \(metadata.height ?? 0) pixels, far larger than any screen. It is sealed as it is, but Safehold did not try to read its words.")
            } else if readWords, mediaType.rawValue == "image/png" || mediaType.rawValue == "image/jpeg" {
                notes += recognize(file, from: source, into: &record)
            }
        } else if readWords, mediaType == .plainText, file.size <= UInt64(Self.maximumTextBytes) {
            record.text = String(decoding: try source.readAll(file, limit: Self.maximumTextBytes), as: UTF8.self)
        }
        return MediaDescription(record: record, mediaType: mediaType, notes: notes)
    }

    private func recognize(_ file: ExportFile, from source: any ExportSource, into record: inout NormalizedRecord) -> [String] {
        guard let recognizer else { return [] }
        guard file.size <= UInt64(Self.maximumRecognitionBytes),
            let bytes = try? source.readAll(file, limit: Self.maximumRecognitionBytes)
        else { return ["\(DisplaySafe.text(file.path)): too large to read its words; it is sealed as it is."] }
        record.text = recognizer.recognize(bytes)
        if record.text != nil { record.flags = ["text-recognized"] }
        return []
    }

    private func prefix(of file: ExportFile, from source: any ExportSource, count: Int) throws -> [UInt8] {
        var bytes = [UInt8]()
        struct Enough: Error {}
        do {
            try source.read(file) { piece in
                bytes.append(contentsOf: piece.prefix(count - bytes.count))
                if bytes.count >= count { throw Enough() }
            }
        } catch is Enough {}
        return bytes
    }
}
