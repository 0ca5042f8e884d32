import CSafeholdImage
import Foundation

@testable import SafeholdNetwork

/// Pictures drawn by the tests and encoded with libpng and libjpeg, so that no image file is copied in.
enum TestImages {
    /// A picture of a light disc on a dark gradient, shifted by `offset`; `seed` changes the pattern entirely.
    static func picture(width: Int, height: Int, seed: Int = 0, brightness: Int = 0) -> GrayImage {
        var pixels = [UInt8](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                let dx = Double(x) / Double(width) - 0.5 - Double(seed % 3) * 0.15
                let dy = Double(y) / Double(height) - 0.4 + Double(seed % 2) * 0.2
                let disc = dx * dx + dy * dy < 0.08 ? 140.0 : 0
                let stripes = seed == 0 ? 0 : (((x * (seed + 2)) / max(1, width / 6)) % 2 == 0 ? 50.0 : 0)
                let value = Double(x * 60 / width) + Double(y * 40 / height) + disc + stripes + Double(brightness)
                pixels[y * width + x] = UInt8(max(0, min(255, value)))
            }
        }
        return GrayImage(width: width, height: height, pixels: pixels)
    }

    /// PNG bytes of a grey picture, through libpng's simplified writer.
    static func png(_ image: GrayImage) -> Data {
        var png = png_image()
        png.version = png_uint_32(PNG_IMAGE_VERSION)
        png.width = png_uint_32(image.width)
        png.height = png_uint_32(image.height)
        png.format = png_uint_32(PNG_FORMAT_GRAY)
        var size = 0
        _ = image.pixels.withUnsafeBytes { png_image_write_to_memory(&png, nil, &size, 0, $0.baseAddress, 0, nil) }
        var out = [UInt8](repeating: 0, count: size)
        _ = out.withUnsafeMutableBytes { buffer in
            image.pixels.withUnsafeBytes {
                png_image_write_to_memory(&png, buffer.baseAddress, &size, 0, $0.baseAddress, 0, nil)
            }
        }
        return Data(out.prefix(size))
    }

    /// PNG bytes of the picture in colour with transparency (grey copied to red, green and blue; alpha 255).
    static func pngRGBA(_ image: GrayImage) -> Data {
        var png = png_image()
        png.version = png_uint_32(PNG_IMAGE_VERSION)
        png.width = png_uint_32(image.width)
        png.height = png_uint_32(image.height)
        png.format = png_uint_32(PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA)
        let rgba: [UInt8] = image.pixels.flatMap { [$0, $0, $0, UInt8(255)] }
        var size = 0
        _ = rgba.withUnsafeBytes { png_image_write_to_memory(&png, nil, &size, 0, $0.baseAddress, 0, nil) }
        var out = [UInt8](repeating: 0, count: size)
        _ = out.withUnsafeMutableBytes { buffer in
            rgba.withUnsafeBytes {
                png_image_write_to_memory(&png, buffer.baseAddress, &size, 0, $0.baseAddress, 0, nil)
            }
        }
        return Data(out.prefix(size))
    }

    /// JPEG bytes of a grey picture, through libjpeg.
    static func jpeg(_ image: GrayImage, quality: Int32 = 85, cmyk: Bool = false) -> Data {
        var out: UnsafeMutablePointer<UInt8>?
        var size: UInt = 0
        let status = image.pixels.withUnsafeBufferPointer {
            safehold_jpeg_encode_gray(
                $0.baseAddress,
                UInt32(image.width),
                UInt32(image.height),
                quality,
                cmyk ? 1 : 0,
                &out,
                &size
            )
        }
        defer { free(out) }
        guard status == 0, let out else { return Data() }
        return Data(bytes: out, count: Int(size))
    }

    /// A PNG whose header claims other dimensions (with a correct checksum), to test the pixel limit.
    static func pngClaiming(width: UInt32, height: UInt32) -> Data {
        var bytes = [UInt8](png(picture(width: 4, height: 4)))
        // IHDR data starts at 16: signature (8), length (4), type (4).
        for (index, value) in [width, height].enumerated() {
            for shift in 0..<4 { bytes[16 + index * 4 + shift] = UInt8((value >> (24 - 8 * UInt32(shift))) & 0xFF) }
        }
        let crc = crc32(Array(bytes[12..<29]))
        for shift in 0..<4 { bytes[29 + shift] = UInt8((crc >> (24 - 8 * UInt32(shift))) & 0xFF) }
        return Data(bytes)
    }

    /// A JPEG whose frame header claims other dimensions.
    static func jpegClaiming(width: UInt16, height: UInt16) -> Data {
        var bytes = [UInt8](jpeg(picture(width: 16, height: 16)))
        guard let marker = (0..<(bytes.count - 1)).first(where: { bytes[$0] == 0xFF && bytes[$0 + 1] == 0xC0 }) else {
            return Data(bytes)
        }
        bytes[marker + 5] = UInt8(height >> 8)
        bytes[marker + 6] = UInt8(height & 0xFF)
        bytes[marker + 7] = UInt8(width >> 8)
        bytes[marker + 8] = UInt8(width & 0xFF)
        return Data(bytes)
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// Deterministic noise.
    static func garbage(count: Int, seed: UInt64) -> Data {
        var state = seed
        return Data(
            (0..<count).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(state >> 56)
            }
        )
    }
}
