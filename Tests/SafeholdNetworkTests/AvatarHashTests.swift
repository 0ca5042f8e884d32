import Foundation
import Testing

@testable import SafeholdNetwork

@Suite("GrayImage")
struct GrayImageTests {
    @Test("a PNG made by libpng decodes to the same pixels")
    func pngRoundTrip() throws {
        let picture = TestImages.picture(width: 40, height: 30)
        let decoded = try GrayImage(decoding: TestImages.png(picture))
        #expect(decoded == picture)
    }

    @Test("a colour PNG with transparency decodes to grey close to the original")
    func colourPNG() throws {
        let picture = TestImages.picture(width: 40, height: 30)
        let decoded = try GrayImage(decoding: TestImages.pngRGBA(picture))
        let error = zip(decoded.pixels, picture.pixels).map { abs(Int($0) - Int($1)) }.max() ?? 255
        #expect(decoded.width == 40 && error <= 2)
        #expect(AvatarHash(image: decoded).distance(to: AvatarHash(image: picture)) <= 2)
    }

    @Test("a JPEG made by libjpeg decodes to nearly the same pixels")
    func jpegRoundTrip() throws {
        let picture = TestImages.picture(width: 40, height: 30)
        let decoded = try GrayImage(decoding: TestImages.jpeg(picture, quality: 95), minimumSide: 40)
        #expect(decoded.width == 40 && decoded.height == 30)
        let error = zip(decoded.pixels, picture.pixels).map { abs(Int($0) - Int($1)) }.max() ?? 255
        #expect(error < 24)
    }

    @Test("a CMYK JPEG, as print software saves it, decodes to the same grey")
    func cmykJPEG() throws {
        let picture = TestImages.picture(width: 48, height: 48)
        let decoded = try GrayImage(decoding: TestImages.jpeg(picture, quality: 95, cmyk: true), minimumSide: 48)
        let error = zip(decoded.pixels, picture.pixels).map { abs(Int($0) - Int($1)) }.max() ?? 255
        #expect(error < 24)
    }

    @Test("a large JPEG is scaled down by libjpeg while decoding")
    func jpegScaled() throws {
        let decoded = try GrayImage(decoding: TestImages.jpeg(TestImages.picture(width: 800, height: 600)))
        #expect(decoded.width == 100 && decoded.height == 75)
    }

    @Test("every truncation of a PNG or JPEG is refused without a crash", arguments: ["png", "jpeg"])
    func truncated(format: String) {
        let picture = TestImages.picture(width: 64, height: 48, seed: 3)
        let full = format == "png" ? TestImages.png(picture) : TestImages.jpeg(picture)
        // PNG ends with a 12-byte IEND chunk, JPEG with a 2-byte marker: cutting only those loses no pixels.
        let trailer = format == "png" ? 12 : 2
        var accepted: [Int] = []
        for length in stride(from: 0, to: full.count - trailer, by: max(1, full.count / 97)) {
            if (try? GrayImage(decoding: full.prefix(length))) != nil { accepted.append(length) }
        }
        #expect(accepted == [], "\(full.count) bytes in all")
    }

    @Test("garbage after a PNG or JPEG signature is refused", arguments: 0..<20)
    func garbage(seed: Int) {
        let noise = TestImages.garbage(count: 2_000, seed: UInt64(seed))
        let signature: [UInt8] = seed % 2 == 0 ? [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] : [0xFF, 0xD8, 0xFF]
        #expect(throws: ImageDecodingError.self) { try GrayImage(decoding: Data(signature) + noise) }
    }

    @Test("flipped bytes inside a JPEG either decode or are refused, never crash")
    func corruptedJPEG() {
        var bytes = [UInt8](TestImages.jpeg(TestImages.picture(width: 64, height: 64, seed: 1)))
        var refused = 0
        for index in stride(from: 2, to: bytes.count, by: 7) {
            bytes[index] ^= 0x5A
            if (try? GrayImage(decoding: Data(bytes))) == nil { refused += 1 }
        }
        #expect(refused > 0)
    }

    @Test("pictures over 40 megapixels are refused from their header")
    func tooManyPixels() {
        #expect(throws: ImageDecodingError.tooManyPixels(width: 10_000, height: 5_000)) {
            try GrayImage(decoding: TestImages.pngClaiming(width: 10_000, height: 5_000))
        }
        #expect(throws: ImageDecodingError.tooManyPixels(width: nil, height: nil)) {
            try GrayImage(decoding: TestImages.jpegClaiming(width: 9_000, height: 9_000))
        }
    }

    @Test("files over 20 MB and other formats are refused with a plain reason")
    func refusals() {
        #expect(throws: ImageDecodingError.fileTooLarge(bytes: 20_000_001)) {
            try GrayImage(decoding: Data(count: 20_000_001))
        }
        #expect(throws: ImageDecodingError.unsupportedFormat) { try GrayImage(decoding: Data("GIF89a".utf8)) }
        #expect(ImageDecodingError.unsupportedFormat.description.contains("PNG or JPEG"))
    }
}

@Suite("AvatarHash")
struct AvatarHashTests {
    @Test("the same picture resized and re-encoded as JPEG hashes within a few bits")
    func robust() throws {
        let original = try AvatarHash(imageData: TestImages.png(TestImages.picture(width: 256, height: 256)))
        let smaller = try AvatarHash(imageData: TestImages.jpeg(TestImages.picture(width: 96, height: 96), quality: 60))
        let brighter = try AvatarHash(
            imageData: TestImages.png(TestImages.picture(width: 256, height: 256, brightness: 30))
        )
        #expect(original.distance(to: smaller) <= 6)
        #expect(original.distance(to: brighter) <= 6)
        #expect(original.similarity(to: smaller) > 0.7)
    }

    @Test("different pictures are far apart", arguments: [1, 2, 5])
    func different(seed: Int) throws {
        let first = AvatarHash(image: TestImages.picture(width: 128, height: 128))
        let other = AvatarHash(image: TestImages.picture(width: 128, height: 128, seed: seed))
        #expect(first.distance(to: other) >= 12)
    }

    @Test("tiny pictures still hash, and the hexadecimal form round-trips")
    func tinyAndHex() {
        let hash = AvatarHash(image: TestImages.picture(width: 3, height: 2))
        #expect(AvatarHash(hex: hash.description) == hash)
        #expect(AvatarHash(hex: "xyz") == nil)
    }
}
