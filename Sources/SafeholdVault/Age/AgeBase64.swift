import Foundation

/// Strict unpadded standard base64 (RFC 4648 §4 alphabet, no `=`), as the age header uses it.
///
/// Foundation's decoder wants padding and tolerates non-canonical trailing bits, so age needs its own:
/// decoding rejects `=`, characters outside the alphabet, a length of 1 mod 4, and non-zero unused bits.
enum AgeBase64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let decodeTable: [UInt8] = {
        var table = [UInt8](repeating: 0xff, count: 256)
        for (index, byte) in alphabet.enumerated() {
            table[Int(byte)] = UInt8(index)
        }
        return table
    }()

    /// Whether `byte` is one of the 64 alphabet characters.
    static func isAlphabet(_ byte: UInt8) -> Bool {
        decodeTable[Int(byte)] != 0xff
    }

    /// Canonical unpadded encoding of `data`.
    static func encode(_ data: some Collection<UInt8>) -> String {
        let bytes = Array(data)
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count * 4 + 2) / 3)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var group = UInt32(bytes[index]) << 16
            if count > 1 { group |= UInt32(bytes[index + 1]) << 8 }
            if count > 2 { group |= UInt32(bytes[index + 2]) }
            for position in 0...count {
                output.append(alphabet[Int((group >> (18 - 6 * UInt32(position))) & 63)])
            }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes canonical unpadded base64, or returns nil if `text` is not exactly that.
    static func decode(_ text: some Collection<UInt8>) -> Data? {
        let chars = Array(text)
        guard chars.count % 4 != 1 else { return nil }
        var output = Data(capacity: chars.count * 3 / 4)
        var index = 0
        while index < chars.count {
            let count = min(4, chars.count - index)
            var group: UInt32 = 0
            for position in 0..<count {
                let value = decodeTable[Int(chars[index + position])]
                guard value != 0xff else { return nil }
                group |= UInt32(value) << (18 - 6 * UInt32(position))
            }
            let byteCount = count - 1
            let unusedMask: UInt32 = byteCount == 3 ? 0 : (byteCount == 2 ? 0xff : 0xffff)
            guard group & unusedMask == 0 else { return nil }
            for position in 0..<byteCount {
                output.append(UInt8((group >> (16 - 8 * UInt32(position))) & 0xff))
            }
            index += 4
        }
        return output
    }

    /// Decodes canonical unpadded base64 from a string, or returns nil.
    static func decode(_ text: String) -> Data? {
        decode(Array(text.utf8))
    }
}
