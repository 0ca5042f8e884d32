import Crypto
import Foundation
import Testing

@testable import SafeholdVault

/// The X25519 example from the age specification (c2sp.org/age): 32 bytes of 0x42.
private let specIdentity = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"
private let specRecipient = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"

@Suite("AgeIdentity")
struct AgeIdentityTests {
    @Test("the specification's example identity parses to 0x42 bytes and derives its example recipient")
    func specExample() throws {
        let identity = try AgeIdentity(encoded: specIdentity)
        #expect(identity.privateKey.rawRepresentation == Data(repeating: 0x42, count: 32))
        #expect(identity.encoded == specIdentity)
        #expect(identity.recipient.encoded == specRecipient)
    }

    @Test("a key pair made by the real age-keygen parses, and the derived recipient is the one it printed")
    func ageKeygenPairParses() throws {
        let pair = try AgeCLI.keygen()
        let identity = try AgeIdentity(encoded: pair.identity)
        #expect(identity.encoded == pair.identity)
        #expect(identity.recipient.encoded == pair.recipient)
        #expect(identity.recipient == (try AgeRecipient(encoded: pair.recipient)))
    }

    @Test("an identity made here is accepted by age-keygen -y, which derives the same recipient")
    func ageKeygenDerivesOurRecipient() throws {
        let identity = AgeIdentity(privateKey: Curve25519.KeyAgreement.PrivateKey())
        let directory = try AgeTestDirectory()
        let path = directory.path("identity.txt")
        try Data((identity.encoded + "\n").utf8).write(to: URL(fileURLWithPath: path))
        let printed = String(decoding: try AgeCLI.run("age-keygen", ["-y", path]), as: UTF8.self)
        #expect(printed.trimmingCharacters(in: .whitespacesAndNewlines) == identity.recipient.encoded)
    }

    @Test("raw bytes round-trip, and any length other than 32 is an invalid key encoding")
    func rawRepresentation() throws {
        let raw = randomData(32)
        #expect(try AgeIdentity(rawRepresentation: raw).privateKey.rawRepresentation == raw)
        for count in [0, 31, 33, 64] {
            expectAgeError(.invalidKeyEncoding) { _ = try AgeIdentity(rawRepresentation: randomData(count)) }
        }
    }

    @Test("lowercase, recipient-shaped, wrong-length and corrupted identity strings are rejected")
    func badEncodingsAreRejected() throws {
        let short = try Bech32.encode(hrp: "AGE-SECRET-KEY-", data: randomData(31))
        var corrupted = Array(specIdentity)
        corrupted[20] = corrupted[20] == "Q" ? "P" : "Q"
        let bad = [specIdentity.lowercased(), specRecipient, short, String(corrupted), " " + specIdentity, ""]
        for encoded in bad {
            expectAgeError(.invalidKeyEncoding) { _ = try AgeIdentity(encoded: encoded) }
        }
    }

    @Test("description, debug description, interpolation and dump never contain the secret")
    func secretIsRedacted() throws {
        let identity = try AgeIdentity(encoded: specIdentity)
        var dumped = ""
        dump(identity, to: &dumped)
        var dumpedInArray = ""
        dump([identity], to: &dumpedInArray)
        let renderings = [
            identity.description, identity.debugDescription, "\(identity)", String(describing: identity),
            String(reflecting: identity), "\([identity])", dumped, dumpedInArray,
        ]
        for text in renderings {
            #expect(!text.contains(specIdentity))
            #expect(!text.uppercased().contains("AGE-SECRET-KEY-1"))
            #expect(!text.contains("privateKey"))
        }
        #expect(identity.description.contains(specRecipient))
    }
}

@Suite("AgeRecipient")
struct AgeRecipientTests {
    @Test("the specification's example recipient parses and re-encodes identically")
    func specExample() throws {
        let recipient = try AgeRecipient(encoded: specRecipient)
        #expect(recipient.encoded == specRecipient)
        #expect(recipient.description == specRecipient)
        #expect(recipient == (try AgeIdentity(encoded: specIdentity)).recipient)
    }

    @Test("recipients are equal and hash equal exactly when their public keys are")
    func equality() throws {
        let key = Curve25519.KeyAgreement.PrivateKey().publicKey
        let same = AgeRecipient(publicKey: key)
        let other = AgeRecipient(publicKey: Curve25519.KeyAgreement.PrivateKey().publicKey)
        #expect(same == (try AgeRecipient(encoded: same.encoded)))
        #expect(same != other)
        #expect(Set([same, AgeRecipient(publicKey: key), other]).count == 2)
    }

    @Test("uppercase, identity-shaped, wrong-length and corrupted recipient strings are rejected")
    func badEncodingsAreRejected() throws {
        let long = try Bech32.encode(hrp: "age", data: randomData(33))
        let otherHRP = try Bech32.encode(hrp: "age1pq", data: randomData(32))
        var corrupted = Array(specRecipient)
        corrupted[30] = corrupted[30] == "q" ? "p" : "q"
        let bad = [specRecipient.uppercased(), specIdentity, long, otherHRP, String(corrupted), specRecipient + "\n"]
        for encoded in bad {
            expectAgeError(.invalidKeyEncoding) { _ = try AgeRecipient(encoded: encoded) }
        }
    }
}
