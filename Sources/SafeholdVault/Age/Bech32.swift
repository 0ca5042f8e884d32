public import Foundation

// Hand-written because no Bech32 package is available to this project; it is small enough to audit here.
// This is BIP-173 Bech32 (checksum constant 1), not Bech32m, with the changes age makes:
// - no 90-character limit on the whole string (age identities and recipients may exceed it);
// - the HRP keeps its case on decode, so callers can insist on `age` lowercase and `AGE-SECRET-KEY-` uppercase;
// - the checksum is always computed over the lowercase form.

/// Minimal BIP-173 Bech32 encoding and decoding of byte strings, as used by age keys.
public enum Bech32 {
    private static let charset = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)
    private static let generator: [UInt32] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3]
    private static let checksumLength = 6

    /// Encodes `data` under the human-readable part `hrp`.
    ///
    /// The result is all uppercase if `hrp` is uppercase, all lowercase otherwise.
    /// - Throws: `AgeError` `.invalidKeyEncoding` if `hrp` is empty, mixed-case or has characters outside 33...126.
    public static func encode(hrp: String, data: some Collection<UInt8>) throws -> String {
        let hrpBytes = Array(hrp.utf8)
        guard !hrpBytes.isEmpty, hrpBytes.allSatisfy({ (33...126).contains($0) }) else {
            throw AgeError(.invalidKeyEncoding, "Bech32 HRP must be non-empty printable ASCII")
        }
        let lower = hrp.lowercased()
        let upper = hrp.uppercased()
        guard hrp == lower || hrp == upper else {
            throw AgeError(.invalidKeyEncoding, "Bech32 HRP must not be mixed-case")
        }
        let values = try convertBits(Array(data), from: 8, to: 5, pad: true)
        let lowerHRP = Array(lower.utf8)
        let checksum = makeChecksum(hrp: lowerHRP, values: values)
        let body = (values + checksum).map { charset[Int($0)] }
        let result = String(decoding: lowerHRP + [UInt8(ascii: "1")] + body, as: UTF8.self)
        return hrp == lower ? result : result.uppercased()
    }

    /// Decodes a Bech32 string into its human-readable part (case preserved) and data bytes.
    ///
    /// - Throws: `AgeError` `.invalidKeyEncoding` for mixed case, bad characters, a misplaced separator,
    ///   a bad checksum, or data whose 5-bit groups do not pack into whole bytes with zero padding.
    public static func decode(_ string: String) throws -> (hrp: String, data: Data) {
        let bytes = Array(string.utf8)
        guard bytes.allSatisfy({ (33...126).contains($0) }) else {
            throw AgeError(.invalidKeyEncoding, "Bech32 string has characters outside printable ASCII")
        }
        let lower = Array(string.lowercased().utf8)
        guard string == string.lowercased() || string == string.uppercased() else {
            throw AgeError(.invalidKeyEncoding, "Bech32 string must not be mixed-case")
        }
        guard let separator = lower.lastIndex(of: UInt8(ascii: "1")), separator >= 1,
            separator + 1 + checksumLength <= lower.count
        else {
            throw AgeError(.invalidKeyEncoding, "Bech32 separator missing or misplaced")
        }
        var values: [UInt8] = []
        for byte in lower[(separator + 1)...] {
            guard let value = charset.firstIndex(of: byte) else {
                throw AgeError(.invalidKeyEncoding, "Bech32 data has a character outside the charset")
            }
            values.append(UInt8(value))
        }
        let hrpLower = Array(lower[..<separator])
        guard polymod(expand(hrpLower) + values) == 1 else {
            throw AgeError(.invalidKeyEncoding, "Bech32 checksum mismatch")
        }
        let data = try convertBits(Array(values.dropLast(checksumLength)), from: 5, to: 8, pad: false)
        return (String(decoding: bytes[..<separator], as: UTF8.self), Data(data))
    }

    private static func polymod(_ values: [UInt8]) -> UInt32 {
        var checksum: UInt32 = 1
        for value in values {
            let top = checksum >> 25
            checksum = (checksum & 0x1ff_ffff) << 5 ^ UInt32(value)
            for index in 0..<5 where (top >> index) & 1 == 1 {
                checksum ^= generator[index]
            }
        }
        return checksum
    }

    private static func expand(_ hrp: [UInt8]) -> [UInt8] {
        hrp.map { $0 >> 5 } + [0] + hrp.map { $0 & 31 }
    }

    private static func makeChecksum(hrp: [UInt8], values: [UInt8]) -> [UInt8] {
        let mod = polymod(expand(hrp) + values + [UInt8](repeating: 0, count: checksumLength)) ^ 1
        return (0..<checksumLength).map { UInt8((mod >> (5 * (5 - UInt32($0)))) & 31) }
    }

    private static func convertBits(_ input: [UInt8], from: Int, to: Int, pad: Bool) throws -> [UInt8] {
        var accumulator = 0
        var bits = 0
        var output: [UInt8] = []
        let maxValue = (1 << to) - 1
        for value in input {
            accumulator = (accumulator << from) | Int(value)
            bits += from
            while bits >= to {
                bits -= to
                output.append(UInt8((accumulator >> bits) & maxValue))
            }
            accumulator &= (1 << bits) - 1
        }
        if pad {
            if bits > 0 { output.append(UInt8((accumulator << (to - bits)) & maxValue)) }
        } else if bits >= from || accumulator != 0 {
            throw AgeError(.invalidKeyEncoding, "Bech32 data has invalid padding")
        }
        return output
    }
}
