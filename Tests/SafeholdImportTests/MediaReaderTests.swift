import Foundation
import SafeholdCore
import SafeholdTestSupport
@testable import SafeholdImport
import Testing

@Suite("ImageMetadata and MediaReader")
struct MediaReaderTests {
    /// A minimal JPEG header: SOI, an APP1 EXIF segment with DateTimeOriginal and OffsetTimeOriginal, a SOF0 size.
    static func jpeg(width: Int, height: Int, taken: String, offset: String) -> [UInt8] {
        var tiff: [UInt8] = [0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8]  // big endian, IFD0 at 8
        // IFD0: one entry, ExifIFD pointer → 26.
        tiff += [0, 1, 0x87, 0x69, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0]
        // Exif IFD at 26: two ASCII entries pointing at 56 and 76.
        tiff += [0, 2, 0x90, 0x03, 0, 2, 0, 0, 0, 20, 0, 0, 0, 56, 0x90, 0x11, 0, 2, 0, 0, 0, 7, 0, 0, 0, 76, 0, 0, 0, 0]
        tiff += Array(taken.utf8) + [0]
        tiff += Array(offset.utf8) + [0]
        let app1 = Array("Exif".utf8) + [0, 0] + tiff
        var bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE1, UInt8((app1.count + 2) >> 8), UInt8((app1.count + 2) & 0xFF)] + app1
        bytes += [0xFF, 0xC0, 0, 11, 8, UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF), 1, 1, 0x11, 0]
        return bytes + [0xFF, 0xD9]
    }

    static func png(width: UInt32, height: UInt32) -> [UInt8] {
        var ihdr = [UInt8]()
        for value in [width, height] { ihdr += withUnsafeBytes(of: value.bigEndian) { Array($0) } }
        ihdr += [8, 2, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + ihdr + [0, 0, 0, 0]
    }

    @Test("a JPEG's EXIF capture time and size are read, with its time zone")
    func jpegMetadata() {
        let metadata = ImageMetadata.read(Self.jpeg(width: 1170, height: 2532, taken: "2026:10:10 22:01:07", offset: "+02:00"))
        #expect(metadata.width == 1170)
        #expect(metadata.height == 2532)
        #expect(metadata.takenAt?.rfc3339 == "2026-10-10T22:01:07+02:00")
    }

    @Test("broken and hostile headers never crash and give nothing they cannot back")
    func hostileHeaders() {
        var generator = SystemRandomNumberGenerator()
        let good = Self.jpeg(width: 10, height: 10, taken: "2026:10:10 22:01:07", offset: "+02:00")
        for length in 0..<good.count { _ = ImageMetadata.read(Array(good.prefix(length))) }
        for _ in 0..<2000 {
            var bytes = good
            for _ in 0..<4 { bytes[Int.random(in: 2..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            _ = ImageMetadata.read(bytes)
        }
        #expect(ImageMetadata.read(Self.jpeg(width: 10, height: 10, taken: "2026:13:45 99:99:99", offset: "+02:00")).takenAt == nil)
    }

    @Test("an image that claims 100,000 x 100,000 pixels is sealed as it is, and the person is told its words were not read")
    func hugeImageClaim() throws {
        let home = try TemporaryDirectory()
        let file = home.path("screenshot.png")
        try Data(Self.png(width: 100_000, height: 100_000)).write(to: file)
        let source = try ExportSources.open(file)
        let description = try MediaReader(recognizer: nil).describe(source.files[0], from: source, platform: nil)
        #expect(description.mediaType.rawValue == "image/png")
        #expect(description.record.kind == .media)
        #expect(description.notes.count == 1)
        #expect(description.notes[0].contains("100000 x 100000"))
    }

    @Test("a text file's words go into its record; one with invalid UTF-8 is kept as plain bytes without failing")
    func textFile() throws {
        let home = try TemporaryDirectory()
        let good = home.path("copied.txt")
        try Data("he said: stop, or else 🙂".utf8).write(to: good)
        let source = try ExportSources.open(good)
        #expect(Importers.detect(source).name == "files")
        let description = try MediaReader(recognizer: nil).describe(source.files[0], from: source, platform: nil)
        #expect(description.record.text == "he said: stop, or else 🙂")
        let bad = home.path("broken.txt")
        try Data(Array("he said: ".utf8) + [0xFF, 0xFE, 0xC0] + Array(" stop".utf8)).write(to: bad)
        let badSource = try ExportSources.open(bad)
        let badDescription = try MediaReader(recognizer: nil).describe(badSource.files[0], from: badSource, platform: nil)
        #expect(badDescription.mediaType == .unknown)
        #expect(badDescription.record.text == nil)
    }
}

@Suite("Text recognition")
struct TextRecognitionTests {
    @Test("the words in a screenshot are read with Tesseract (installed by .ci/run: apt-get install tesseract-ocr)")
    func recognizesScreenshot() throws {
        let recognizer = try #require(TextRecognizer.installed(), "Tesseract is needed: apt-get install tesseract-ocr")
        let source = try ExportSources.open(Fixture.url("screenshots"))
        let description = try MediaReader(recognizer: recognizer).describe(source.files[0], from: source, platform: nil)
        let text = try #require(description.record.text)
        #expect(text.contains("know where you live now"))
        #expect(text.contains("Answer your phone"))
        #expect(description.record.flags == ["text-recognized"])
    }

    @Test("without Tesseract the screenshot is still described, with no words and no failure")
    func withoutTesseract() throws {
        let source = try ExportSources.open(Fixture.url("screenshots"))
        let description = try MediaReader(recognizer: nil).describe(source.files[0], from: source, platform: nil)
        #expect(description.mediaType.rawValue == "image/png")
        #expect(description.record.text == nil)
        #expect(description.notes.isEmpty)
    }

    @Test("a missing Tesseract program gives no words rather than an error")
    func brokenTesseract() {
        let recognizer = TextRecognizer(executable: URL(fileURLWithPath: "/nonexistent/tesseract"))
        #expect(recognizer.recognize([0x89, 0x50, 0x4E, 0x47]) == nil)
    }
}
