public import SafeholdCore

/// What Safehold reads from an image's own header: its size in pixels and, when the camera or
/// phone recorded one, when it was taken (EXIF `DateTimeOriginal` with `OffsetTimeOriginal`).
///
/// Written by hand, small and bounds-checked, because no package on this machine reads EXIF and a
/// crafted image must never crash the import. Only PNG and JPEG headers are read; pixels never are.
public struct ImageMetadata: Sendable, Equatable {
    /// Width in pixels, as the header claims.
    public var width: Int?
    /// Height in pixels, as the header claims.
    public var height: Int?
    /// When the picture was taken, as the device recorded it.
    public var takenAt: Timestamp?

    /// Reads what it can from the first bytes of an image (the first 256 KiB are plenty).
    public static func read(_ bytes: [UInt8]) -> ImageMetadata {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return png(bytes) }
        if bytes.starts(with: [0xFF, 0xD8]) { return jpeg(bytes) }
        return ImageMetadata()
    }

    /// The pixel count the header claims, if it gives both sides.
    public var pixelCount: Int? {
        guard let width, let height else { return nil }
        return width.multipliedReportingOverflow(by: height).overflow ? Int.max : width * height
    }

    private static func png(_ bytes: [UInt8]) -> ImageMetadata {
        var result = ImageMetadata()
        var offset = 8
        while offset + 8 <= bytes.count {
            let length = Int(read32(bytes, offset, bigEndian: true))
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            let body = offset + 8
            guard length >= 0, body + length <= bytes.count else { break }
            if type == "IHDR", length >= 8 {
                result.width = Int(read32(bytes, body, bigEndian: true))
                result.height = Int(read32(bytes, body + 4, bigEndian: true))
            } else if type == "eXIf" {
                result.takenAt = EXIF.dateTaken(Array(bytes[body..<body + length]))
            } else if type == "IDAT" || type == "IEND" {
                break
            }
            offset = body + length + 4
        }
        return result
    }

    private static func jpeg(_ bytes: [UInt8]) -> ImageMetadata {
        var result = ImageMetadata()
        var offset = 2
        while offset + 4 <= bytes.count, bytes[offset] == 0xFF {
            let marker = bytes[offset + 1]
            if marker == 0xD9 || marker == 0xDA { break }  // end of image, or pixel data starts
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            let body = offset + 4
            guard length >= 2, body + length - 2 <= bytes.count else { break }
            if marker == 0xE1, length > 8, bytes[body..<body + 6].elementsEqual(Array("Exif".utf8) + [0, 0]) {
                result.takenAt = EXIF.dateTaken(Array(bytes[body + 6..<body + length - 2]))
            } else if [0xC0, 0xC1, 0xC2, 0xC3].contains(marker), length >= 7 {
                result.height = Int(bytes[body + 1]) << 8 | Int(bytes[body + 2])
                result.width = Int(bytes[body + 3]) << 8 | Int(bytes[body + 4])
            }
            offset = body + length - 2
        }
        return result
    }

    static func read32(_ bytes: [UInt8], _ offset: Int, bigEndian: Bool) -> UInt32 {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        let value = bytes[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return bigEndian ? value : value.byteSwapped
    }
}

/// The few EXIF (TIFF) fields Safehold reads.
enum EXIF {
    /// `DateTimeOriginal` (or `DateTime`), with `OffsetTimeOriginal` when present.
    static func dateTaken(_ tiff: [UInt8]) -> Timestamp? {
        guard tiff.count >= 8 else { return nil }
        let big: Bool
        switch (tiff[0], tiff[1]) {
        case (0x4D, 0x4D): big = true
        case (0x49, 0x49): big = false
        default: return nil
        }
        let ifd0 = Int(ImageMetadata.read32(tiff, 4, bigEndian: big))
        var fields = entries(tiff, at: ifd0, big: big)
        if let exifPointer = fields[0x8769] { fields.merge(entries(tiff, at: exifPointer, big: big)) { $1 } }
        let dateOffset = fields[0x9003] ?? fields[0x0132]
        guard let dateOffset, let date = ascii(tiff, at: dateOffset, count: 19) else { return nil }
        // "2026:11:20 21:14:05" → "2026-11-20T21:14:05"
        var text = Array(date)
        guard text.count == 19 else { return nil }
        text[4] = "-"
        text[7] = "-"
        text[10] = "T"
        let offset = fields[0x9011].flatMap { ascii(tiff, at: $0, count: 6) } ?? ""
        return Timestamp(parsing: String(text) + offset)
    }

    /// Tag → value offset (or inline value) of the entries of one IFD, bounded against loops and overruns.
    private static func entries(_ tiff: [UInt8], at offset: Int, big: Bool) -> [UInt16: Int] {
        guard offset > 0, offset + 2 <= tiff.count else { return [:] }
        let count = min(Int(read16(tiff, offset, big: big)), 512)
        var result = [UInt16: Int]()
        for index in 0..<count {
            let entry = offset + 2 + index * 12
            guard entry + 12 <= tiff.count else { break }
            let tag = read16(tiff, entry, big: big)
            result[tag] = Int(ImageMetadata.read32(tiff, entry + 8, bigEndian: big))
        }
        return result
    }

    private static func read16(_ bytes: [UInt8], _ offset: Int, big: Bool) -> UInt16 {
        guard offset + 2 <= bytes.count else { return 0 }
        let value = UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
        return big ? value : value.byteSwapped
    }

    private static func ascii(_ bytes: [UInt8], at offset: Int, count: Int) -> String? {
        guard offset >= 0, offset + count <= bytes.count else { return nil }
        let slice = bytes[offset..<offset + count]
        guard slice.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        return String(decoding: slice, as: UTF8.self)
    }
}
