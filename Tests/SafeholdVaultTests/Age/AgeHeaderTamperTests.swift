import Crypto
import Foundation
import Testing

@testable import SafeholdVault

/// Strict header parsing: each hostile header is rejected with the right code; unknown stanzas are skipped.
@Suite("AgeFormat header tampering")
struct AgeHeaderTamperTests {
    let forge = AgeForge()
    let version = "age-encryption.org/v1\n"

    @Test("a hand-forged file with a genuine stanza and valid MAC decrypts (the forge itself is sound)")
    func forgedFileDecrypts() throws {
        let file = try forge.sealHeader(version + forge.stanzaText()) + forge.validPayload()
        #expect(try forge.decrypt(file) == Data("evidence".utf8))
    }

    @Test("unknown and grease stanzas, with empty, one-line and multi-line bodies, are skipped")
    func unknownStanzasAreSkipped() throws {
        let grease = [
            AgeHeader.Stanza(arguments: ["Y6,-grease", "{", "x"], body: Data()),
            AgeHeader.Stanza(arguments: ["example.com/enigma"], body: randomData(48)),
            AgeHeader.Stanza(arguments: ["scrypt-ish", "ABC"], body: randomData(100)),
        ]
        let file = try forge.header(grease + [forge.stanza()] + grease) + forge.validPayload()
        #expect(try forge.decrypt(file) == Data("evidence".utf8))
    }

    @Test("an X25519 stanza for someone else is skipped when ours follows it")
    func otherRecipientIsSkipped() throws {
        let someoneElse = AgeIdentity(privateKey: Curve25519.KeyAgreement.PrivateKey()).recipient
        let theirs = try AgeX25519.wrap(fileKey: forge.fileKey, to: someoneElse)
        let file = try forge.header([theirs, forge.stanza()]) + forge.validPayload()
        #expect(try forge.decrypt(file) == Data("evidence".utf8))
    }

    @Test("a file for another identity has no matching recipient")
    func wrongIdentity() throws {
        let file = try forge.file([(Data("x".utf8), true)])
        let stranger = AgeIdentity(privateKey: Curve25519.KeyAgreement.PrivateKey())
        expectAgeError(.noMatchingRecipient) { _ = try AgeFormat.decrypt(file, with: stranger) }
    }

    @Test("a header with only unknown stanzas has no matching recipient")
    func onlyUnknownStanzas() throws {
        let file = try forge.header([AgeHeader.Stanza(arguments: ["other"], body: Data())]) + forge.validPayload()
        expectAgeError(.noMatchingRecipient) { _ = try forge.decrypt(file) }
    }

    @Test("another age-encryption.org version is unsupported")
    func otherVersion() throws {
        let file = try forge.sealHeader("age-encryption.org/v2\n" + forge.stanzaText()) + forge.validPayload()
        expectAgeError(.unsupportedVersion) { _ = try forge.decrypt(file) }
    }

    @Test("header lines that break the grammar are malformed", arguments: 0..<17)
    func grammarViolations(index: Int) throws {
        let stanza = try forge.stanzaText()
        let parts = stanza.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let (argumentLine, body) = (parts[0], parts[1])
        let texts = [
            "not an age file\n" + stanza,
            "-----BEGIN AGE ENCRYPTED FILE-----\n" + stanza,
            version,  // no stanza at all
            version + argumentLine.replacingOccurrences(of: " X25519", with: "  X25519") + "\n" + body + "\n",
            version + argumentLine + " \n" + body + "\n",  // trailing space: empty argument
            version + "->\n\n" + stanza,
            version + "-> \n\n" + stanza,
            version + "->X25519\n\n" + stanza,
            version.replacingOccurrences(of: "\n", with: "\r\n") + stanza,
            version + argumentLine + "\r\n" + body + "\n",
            version + argumentLine + "\n" + body + "\r\n",
            version + "-> grease\n" + String(repeating: "A", count: 65) + "\n\n" + stanza,  // body line too long
            version + "-> grease\n" + String(repeating: "A", count: 64) + "\n" + stanza,  // no final short line
            version + "-> grease\n" + "AAAA AAA\n" + stanza,  // space inside body
            version + "-> gre\tase\n\n" + stanza,  // control character in argument
            version + "-> gr\u{e9}ase\n\n" + stanza,  // non-ASCII argument
            version + stanza + "-- stray line\n",
        ]
        #expect(texts.count == 17)
        let file = forge.sealHeader(texts[index]) + (try forge.validPayload())
        expectAgeError(.malformedHeader) { _ = try forge.decrypt(file) }
    }

    @Test("MAC lines that are not '--- ' and 43 canonical base64 characters are malformed")
    func badMACLines() throws {
        let prefix = version + (try forge.stanzaText())
        let canonical = AgeBase64.encode(randomData(32))
        let shorter = String(canonical.dropLast())
        let bad: [String] = [
            "---" + canonical, "---  " + canonical, "--- " + canonical + "=", "--- " + shorter,
            "--- " + shorter + "B",  // non-zero unused bits (canonical MACs end in A, E, I, …)
            "--- " + canonical + "AAAA", "---", "--- ",
        ]
        for line in bad {
            let file = Data((prefix + line + "\n").utf8) + (try forge.validPayload())
            expectAgeError(.malformedHeader) { _ = try forge.decrypt(file) }
        }
    }

    @Test("non-canonical or padded base64 in a stanza argument or body is malformed")
    func nonCanonicalBase64() throws {
        let stanza = try forge.stanza()
        let share = stanza.arguments[1]
        let body = AgeBase64.encode(stanza.body)
        let variants = [
            (share + "=", body), (String(share.dropLast()) + flipLowBits(share.last!), body),
            (share, body + "="), (share, String(body.dropLast()) + flipLowBits(body.last!)),
        ]
        for (badShare, badBody) in variants {
            let text = version + "-> X25519 \(badShare)\n\(badBody)\n"
            let file = forge.sealHeader(text) + (try forge.validPayload())
            expectAgeError(.malformedHeader) { _ = try forge.decrypt(file) }
        }
    }

    @Test("X25519 stanzas with the wrong argument count, share length or body length are malformed")
    func badX25519Stanzas() throws {
        let stanza = try forge.stanza()
        let share = stanza.arguments[1]
        let malformed = [
            AgeHeader.Stanza(arguments: ["X25519"], body: stanza.body),
            AgeHeader.Stanza(arguments: ["X25519", share, share], body: stanza.body),
            AgeHeader.Stanza(arguments: ["X25519", AgeBase64.encode(randomData(31))], body: stanza.body),
            AgeHeader.Stanza(arguments: ["X25519", AgeBase64.encode(randomData(33))], body: stanza.body),
            AgeHeader.Stanza(arguments: stanza.arguments, body: stanza.body.dropLast()),
            AgeHeader.Stanza(arguments: stanza.arguments, body: stanza.body + Data([0])),
        ]
        for bad in malformed {
            // Even placed after the genuine stanza, a malformed X25519 stanza rejects the file.
            for stanzas in [[bad, stanza], [stanza, bad]] {
                let file = forge.header(stanzas) + (try forge.validPayload())
                expectAgeError(.malformedHeader) { _ = try forge.decrypt(file) }
            }
        }
    }

    @Test("a low-order ephemeral share giving an all-zero shared secret is rejected", arguments: [0, 1])
    func allZeroSharedSecret(u: UInt8) throws {
        let share = Data([u]) + Data(count: 31)
        let hostile = AgeHeader.Stanza(arguments: ["X25519", AgeBase64.encode(share)], body: randomData(32))
        let file = forge.header([hostile]) + (try forge.validPayload())
        expectAgeError(.malformedHeader) { _ = try forge.decrypt(file) }
    }

    @Test("a MAC that does not match, or a stanza changed after MACing, is a header MAC mismatch")
    func macMismatch() throws {
        var file = try forge.file([(Data("x".utf8), true)])
        let macStart = try #require(file.range(of: Data("--- ".utf8))).upperBound
        file[macStart] = file[macStart] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        expectAgeError(.headerMACMismatch) { _ = try forge.decrypt(file) }

        let grease = AgeHeader.Stanza(arguments: ["grease"], body: Data())
        var header = forge.header([grease, try forge.stanza()])
        header[try #require(header.range(of: Data("grease".utf8))).lowerBound] = UInt8(ascii: "G")
        expectAgeError(.headerMACMismatch) { _ = try forge.decrypt(header + forge.validPayload()) }
    }

    @Test("input that ends inside the header, or is empty, is truncated")
    func truncatedHeader() throws {
        let header = forge.header([try forge.stanza()])
        for length in [0, 5, 22, 40, header.count - 30, header.count - 1] {
            expectAgeError(.truncated) { _ = try forge.decrypt(header.prefix(length)) }
        }
    }

    @Test("a header larger than 64 KiB is malformed, and an endless header is not read forever")
    func headerSizeCap() throws {
        let huge = forge.header([AgeHeader.Stanza(arguments: ["big"], body: randomData(50_000)), try forge.stanza()])
        expectAgeError(.malformedHeader) { _ = try forge.decrypt(huge + forge.validPayload()) }

        var bytesServed = 0
        let line = Data((String(repeating: "A", count: 64) + "\n").utf8)
        let prologue = Data((version + "-> endless\n").utf8)
        expectAgeError(.malformedHeader) {
            try AgeFormat.decrypt(
                with: forge.identity,
                read: { maxCount in
                    defer { bytesServed += maxCount }
                    return bytesServed == 0 ? prologue : Data((0..<(maxCount / 65 + 1)).flatMap { _ in line })
                },
                write: { _ in }
            )
        }
        #expect(bytesServed < 80_000)
    }

    private func flipLowBits(_ character: Character) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        let index = alphabet.firstIndex(of: character)!
        return String(alphabet[index | 1])
    }
}
