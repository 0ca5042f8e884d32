public import Foundation

/// Reads the words in a screenshot with Tesseract, when Debian's `tesseract-ocr` (or Homebrew's
/// `tesseract`) is installed. The image goes to Tesseract through a pipe, never through a file, so
/// that no unencrypted copy touches the disk.
public struct TextRecognizer: Sendable {
    /// The `tesseract` program.
    public let executable: URL
    /// Longest time one image may take before Tesseract is stopped.
    public var timeout: TimeInterval = 60

    /// The recognizer, if Tesseract is installed on this computer's usual paths.
    public static func installed() -> TextRecognizer? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/bin:/usr/local/bin:/opt/homebrew/bin"
        for directory in paths.split(separator: ":") {
            let url = URL(fileURLWithPath: String(directory)).appendingPathComponent("tesseract")
            if FileManager.default.isExecutableFile(atPath: url.path) { return TextRecognizer(executable: url) }
        }
        return nil
    }

    /// Creates a recognizer around a given `tesseract` program.
    public init(executable: URL) { self.executable = executable }

    /// The text in an image, or `nil` when Tesseract could not read it.
    public func recognize(_ image: [UInt8]) -> String? {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["stdin", "stdout", "--psm", "3"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let writer = input.fileHandleForWriting
        DispatchQueue.global().async {
            try? writer.write(contentsOf: image)
            try? writer.close()
        }
        let deadline = DispatchTime.now() + timeout
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: deadline, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        guard process.terminationStatus == 0 else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
