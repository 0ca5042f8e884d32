import Crypto
import SafeholdCore

/// The printed code that opens the vault when the passphrase is forgotten.
///
/// 30 random characters of Crockford base32 (150 bits) and 2 check characters, shown as eight groups
/// of four: `7KQM-3XRT-…`. The check characters catch a mistyped code at once, before the slow key
/// derivation runs. Letters that look alike (O and 0, I and L and 1) are read as the same.
public struct RecoveryCode: Sendable, Equatable, CustomStringConvertible {
    private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    private static let randomCount = 30

    /// The 32 canonical characters, without dashes.
    let canonical: String

    /// Makes a new random code.
    public static func generate() -> RecoveryCode {
        var generator = SystemRandomNumberGenerator()
        let random = String((0..<randomCount).map { _ in alphabet[Int(generator.next(upperBound: UInt8(32)))] })
        return RecoveryCode(canonical: random + checkCharacters(for: random))
    }

    private init(canonical: String) { self.canonical = canonical }

    /// Reads a code as a person typed it: any case, with or without dashes and spaces.
    /// - Throws: ``SafeholdError`` when it is not a Safehold recovery code or has a typing mistake.
    public init(parsing text: String) throws {
        var characters = [Character]()
        for character in text.uppercased() where character != "-" && character != " " {
            switch character {
            case "O": characters.append("0")
            case "I", "L": characters.append("1")
            default: characters.append(character)
            }
        }
        guard characters.count == Self.randomCount + 2, characters.allSatisfy({ Self.alphabet.contains($0) }) else {
            throw SafeholdError(
                .invalidInput,
                "That does not look like a Safehold recovery code. It has 32 letters and digits in eight groups of four."
            )
        }
        let random = String(characters.prefix(Self.randomCount))
        guard Self.checkCharacters(for: random) == String(characters.suffix(2)) else {
            throw SafeholdError(
                .invalidInput,
                "The recovery code seems to have a typing mistake. Please compare it with your copy, group by group."
            )
        }
        self.canonical = random + String(characters.suffix(2))
    }

    private static func checkCharacters(for random: String) -> String {
        let digest = Array(SHA256.hash(data: Array(("safehold recovery code " + random).utf8)))
        return String([alphabet[Int(digest[0] & 31)], alphabet[Int(digest[1] & 31)]])
    }

    /// The code in groups of four, for printing once: `7KQM-3XRT-…`.
    public var grouped: String {
        stride(from: 0, to: canonical.count, by: 4).map { offset in
            let start = canonical.index(canonical.startIndex, offsetBy: offset)
            return String(canonical[start..<canonical.index(start, offsetBy: 4)])
        }.joined(separator: "-")
    }

    /// Hidden, so that the code never lands in a log by accident. Use ``grouped`` to show it.
    public var description: String { "<recovery code hidden>" }

    /// The bytes that key derivation uses.
    var secretBytes: [UInt8] { Array(canonical.utf8) }
}
