import Foundation
import SafeholdCore

/// A passphrase held as NFC-normalized UTF-8 bytes, so that the same words typed on another
/// keyboard or system open the vault. Never printed: its description is redacted.
public struct Passphrase: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The normalized bytes fed to the key derivation.
    let bytes: [UInt8]
    /// The normalized text, for the strength check only.
    let text: String

    /// Normalizes a typed passphrase (NFC; surrounding whitespace kept, since it was typed).
    public init(_ text: String) {
        self.text = text.precomposedStringWithCanonicalMapping
        self.bytes = Array(self.text.utf8)
    }

    /// Reads a passphrase from a file: the first line, without its line ending.
    /// - Throws: ``SafeholdError`` when the file cannot be read or holds no passphrase.
    public init(contentsOfFile path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SafeholdError(
                .fileAccess,
                "Safehold could not read the passphrase file. Check the path and that you may read it."
            )
        }
        guard data.count < 4096, let text = String(data: data, encoding: .utf8) else {
            throw SafeholdError(
                .invalidInput,
                "The passphrase file does not look like text. Put the passphrase alone on the first line."
            )
        }
        let line = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).first
        guard let line, !line.isEmpty else {
            throw SafeholdError(
                .invalidInput,
                "The passphrase file is empty. Put the passphrase alone on the first line."
            )
        }
        self.init(String(line))
    }

    /// Lends the normalized text to a strength check. Never store or print it.
    public func withText<R>(_ body: (String) throws -> R) rethrows -> R { try body(text) }

    /// Whether nothing was typed.
    public var isEmpty: Bool { bytes.isEmpty }

    public var description: String { "<passphrase hidden>" }
    public var debugDescription: String { description }
}
