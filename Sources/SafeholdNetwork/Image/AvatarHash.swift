public import Foundation

/// A 64-bit perceptual hash of a picture (dHash): pictures that look alike have hashes a few bits apart,
/// even after resizing, re-compression or small edits.
///
/// The picture is reduced to 9×8 grey cells by averaging; each bit says whether a cell is brighter than its
/// right-hand neighbour. Hamming distance: 0–10 of 64 bits is very likely the same picture, 11–16 similar,
/// above about 20 unrelated.
public struct AvatarHash: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The 64 bits.
    public let value: UInt64

    /// A hash from its bits.
    public init(value: UInt64) { self.value = value }

    /// A hash from 16 hexadecimal digits, as written by ``description``.
    public init?(hex: String) {
        guard hex.count == 16, let value = UInt64(hex, radix: 16) else { return nil }
        self.value = value
    }

    /// The hash of a decoded image. Linear in its pixels.
    public init(image: GrayImage) {
        let cells = Self.reduce(image, columns: 9, rows: 8)
        var bits: UInt64 = 0
        for row in 0..<8 {
            for column in 0..<8 {
                bits <<= 1
                if cells[row * 9 + column] > cells[row * 9 + column + 1] { bits |= 1 }
            }
        }
        value = bits
    }

    /// Decodes a PNG or JPEG and hashes it.
    /// - Throws: ``ImageDecodingError`` when the picture cannot be read.
    public init(imageData: Data) throws(ImageDecodingError) {
        self.init(image: try GrayImage(decoding: imageData))
    }

    /// How many of the 64 bits differ (0 = same picture).
    public func distance(to other: AvatarHash) -> Int { (value ^ other.value).nonzeroBitCount }

    /// Similarity from 0 (unrelated) to 1 (identical): 1 at distance 0, falling to 0 at distance 24 and beyond.
    public func similarity(to other: AvatarHash) -> Double { max(0, 1 - Double(distance(to: other)) / 24) }

    /// Reads the 16 hexadecimal digits written by ``encode(to:)``.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let hash = AvatarHash(hex: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "an avatar hash is 16 hexadecimal digits")
            )
        }
        self = hash
    }

    /// Writes the hash as 16 hexadecimal digits, the form JSON Lines tools exchange.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Sixteen hexadecimal digits.
    public var description: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Mean grey level per cell of a columns × rows grid (box filter: every pixel counts once).
    static func reduce(_ image: GrayImage, columns: Int, rows: Int) -> [Double] {
        var sums = [Double](repeating: 0, count: columns * rows)
        var counts = [Double](repeating: 0, count: columns * rows)
        for y in 0..<image.height {
            let cellRow = y * rows / image.height
            let base = y * image.width
            for x in 0..<image.width {
                let cell = cellRow * columns + x * columns / image.width
                sums[cell] += Double(image.pixels[base + x])
                counts[cell] += 1
            }
        }
        // A picture smaller than the grid leaves cells empty; those take the nearest pixel instead.
        return (0..<(columns * rows)).map { cell in
            if counts[cell] > 0 { return sums[cell] / counts[cell] }
            let x = (cell % columns) * image.width / columns
            let y = (cell / columns) * image.height / rows
            return Double(image.pixels[y * image.width + x])
        }
    }
}
