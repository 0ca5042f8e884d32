import CSafeholdImage
public import Foundation

/// An 8-bit greyscale image decoded from a PNG or JPEG someone else made.
public struct GrayImage: Sendable, Hashable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// Row-major grey levels, `width * height` of them.
    public let pixels: [UInt8]

    /// The largest file accepted: 20 MB.
    public static let maximumBytes = 20_000_000
    /// The largest image accepted: 40 megapixels.
    public static let maximumPixels = 40_000_000

    /// An image from grey levels.
    /// - Precondition: `pixels.count == width * height`.
    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height, "pixel count must be width × height")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Decodes a PNG or a JPEG, recognised by its first bytes, within the size limits.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - minimumSide: JPEGs are scaled down while both sides stay at least this long (hashing needs little).
    /// - Throws: ``ImageDecodingError`` when the file is not a PNG or JPEG, is too large, or is damaged.
    public init(decoding data: Data, minimumSide: Int = 64) throws(ImageDecodingError) {
        guard data.count <= Self.maximumBytes else { throw .fileTooLarge(bytes: data.count) }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = try Self.decodePNG(bytes)
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            self = try Self.decodeJPEG(bytes, minimumSide: max(1, minimumSide))
        } else {
            throw .unsupportedFormat
        }
    }

    private static func decodePNG(_ bytes: [UInt8]) throws(ImageDecodingError) -> GrayImage {
        var image = png_image()
        image.version = png_uint_32(PNG_IMAGE_VERSION)
        let begun = bytes.withUnsafeBytes { png_image_begin_read_from_memory(&image, $0.baseAddress, $0.count) }
        guard begun != 0 else { throw .damaged(format: "PNG") }
        defer { png_image_free(&image) }
        let width = Int(image.width)
        let height = Int(image.height)
        guard width > 0, height > 0 else { throw .damaged(format: "PNG") }
        guard width * height <= maximumPixels else { throw .tooManyPixels(width: width, height: height) }
        image.format = png_uint_32(PNG_FORMAT_GRAY)
        var pixels = [UInt8](repeating: 0, count: width * height)
        var white = png_color(red: 255, green: 255, blue: 255)
        let finished = pixels.withUnsafeMutableBytes { buffer in
            png_image_finish_read(&image, &white, buffer.baseAddress, png_int_32(width), nil)
        }
        guard finished != 0 else { throw .damaged(format: "PNG") }
        return GrayImage(width: width, height: height, pixels: pixels)
    }

    private static func decodeJPEG(_ bytes: [UInt8], minimumSide: Int) throws(ImageDecodingError) -> GrayImage {
        var output: UnsafeMutablePointer<UInt8>?
        var width: UInt32 = 0
        var height: UInt32 = 0
        let status = bytes.withUnsafeBufferPointer { buffer in
            safehold_jpeg_decode_gray(
                buffer.baseAddress,
                UInt(buffer.count),
                UInt(maximumPixels),
                UInt32(minimumSide),
                &output,
                &width,
                &height
            )
        }
        defer { free(output) }
        switch Int(status) {
        case SAFEHOLD_JPEG_OK:
            guard let output else { throw .damaged(format: "JPEG") }
            let count = Int(width) * Int(height)
            let pixels = [UInt8](UnsafeBufferPointer(start: output, count: count))
            return GrayImage(width: Int(width), height: Int(height), pixels: pixels)
        case SAFEHOLD_JPEG_TOO_LARGE: throw .tooManyPixels(width: nil, height: nil)
        case SAFEHOLD_JPEG_INCOMPLETE: throw .incomplete(format: "JPEG")
        case SAFEHOLD_JPEG_NO_MEMORY: throw .tooManyPixels(width: nil, height: nil)
        default: throw .damaged(format: "JPEG")
        }
    }
}

/// Why an image could not be read, in words a person can act on.
public enum ImageDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is larger than ``GrayImage/maximumBytes``.
    case fileTooLarge(bytes: Int)
    /// The image has more than ``GrayImage/maximumPixels`` pixels.
    case tooManyPixels(width: Int?, height: Int?)
    /// The file is neither a PNG nor a JPEG.
    case unsupportedFormat
    /// The file is damaged and could not be decoded.
    case damaged(format: String)
    /// The file ends early or has missing parts.
    case incomplete(format: String)

    /// A plain sentence for the person.
    public var description: String {
        switch self {
        case .fileTooLarge(let bytes):
            "This picture file is too large to compare (\(bytes / 1_000_000) MB; the limit is 20 MB). "
                + "A smaller copy or a screenshot of the profile picture will do."
        case .tooManyPixels:
            "This picture is too large to compare (more than 40 megapixels). A smaller copy will do."
        case .unsupportedFormat:
            "This file is not a PNG or JPEG picture, so it cannot be compared. Saving it as PNG or JPEG will help."
        case .damaged(let format):
            "This \(format) picture is damaged and could not be read. Another copy of it may work."
        case .incomplete(let format):
            "This \(format) picture is incomplete (the file ends early). Another copy of it may work."
        }
    }
}
