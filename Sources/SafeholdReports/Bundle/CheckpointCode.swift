import Foundation
import SafeholdCore
import SafeholdVault

/// A short code naming one signed state of a vault's log, for the person to send to a lawyer or advocate:
/// `SH1-<entries>-<root in base32>-<first 8 hex digits of the key fingerprint>`.
///
/// A later bundle made with `--extends CODE` carries a consistency proof (RFC 6962 2.1.2) from that state to
/// its own: anyone holding the code can then check that nothing logged before the code was sent has been
/// changed or removed since, even though the vault kept growing.
public struct CheckpointCode: Sendable, Hashable, CustomStringConvertible {
    /// How many log entries the state held.
    public var size: Int
    /// Its Merkle root.
    public var root: [UInt8]
    /// The first four bytes of the signing key's fingerprint, as 8 hex digits.
    public var keyPrefix: String

    /// Creates a code.
    public init(size: Int, root: [UInt8], fingerprint: String) {
        self.size = size
        self.root = root
        keyPrefix = String(fingerprint.prefix(8)).lowercased()
    }

    /// Reads a code as written, ignoring case and surrounding spaces; `nil` for anything else.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).uppercased().split(separator: "-")
        guard parts.count == 4, parts[0] == "SH1", let size = Int(parts[1]), size > 0,
            let root = Base32.decode(String(parts[2])), root.count == 32,
            parts[3].count == 8, parts[3].allSatisfy(\.isHexDigit)
        else { return nil }
        self.size = size
        self.root = root
        keyPrefix = parts[3].lowercased()
    }

    public var description: String { "SH1-\(size)-\(Base32.encode(root))-\(keyPrefix.uppercased())" }
}

/// RFC 4648 base32 without padding, for codes people copy by hand. Small enough to keep here.
enum Base32 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = buffer << 8 | UInt32(byte)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[Int((buffer >> UInt32(bits - 5)) & 31)])
                bits -= 5
            }
        }
        if bits > 0 { out.append(alphabet[Int((buffer << UInt32(5 - bits)) & 31)]) }
        return String(decoding: out, as: UTF8.self)
    }

    static func decode(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for character in text.utf8 {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            buffer = buffer << 5 | UInt32(value)
            bits += 5
            if bits >= 8 {
                out.append(UInt8((buffer >> UInt32(bits - 8)) & 0xFF))
                bits -= 8
            }
        }
        return out
    }
}
