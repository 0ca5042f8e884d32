import Crypto
import Foundation
import Testing

@testable import SafeholdVault

/// Interoperability with the real `age` binary. These tests fail (never skip) when it is not installed.
@Suite("AgeFormat interop with the age binary")
struct AgeInteropTests {
    static let sizes = [0, 1, 65_536, 200_000]

    @Test("what Swift encrypts to an age-keygen recipient, age -d -i decrypts to identical bytes", arguments: sizes)
    func swiftEncryptsAgeDecrypts(size: Int) throws {
        let directory = try AgeTestDirectory()
        let pair = try AgeCLI.keygen()
        try write(pair.identity + "\n", to: directory.path("identity.txt"))
        let plaintext = randomData(size)
        let file = try AgeFormat.encrypt(plaintext, to: try AgeRecipient(encoded: pair.recipient))
        try file.write(to: URL(fileURLWithPath: directory.path("evidence.age")))
        // Plaintext comes back on standard output: age creates an `-o` file only once it has bytes to write.
        let decrypted = try AgeCLI.run(
            "age",
            ["-d", "-i", directory.path("identity.txt"), directory.path("evidence.age")]
        )
        #expect(decrypted == plaintext)
    }

    @Test("what age -r encrypts, Swift decrypts to identical bytes", arguments: sizes)
    func ageEncryptsSwiftDecrypts(size: Int) throws {
        let directory = try AgeTestDirectory()
        let pair = try AgeCLI.keygen()
        let plaintext = randomData(size)
        try plaintext.write(to: URL(fileURLWithPath: directory.path("plain")))
        try AgeCLI.run("age", ["-r", pair.recipient, "-o", directory.path("evidence.age"), directory.path("plain")])
        let file = try Data(contentsOf: URL(fileURLWithPath: directory.path("evidence.age")))
        #expect(try AgeFormat.decrypt(file, with: try AgeIdentity(encoded: pair.identity)) == plaintext)
    }

    @Test("a Swift-generated identity file is usable by age -d")
    func swiftIdentityWorksInAge() throws {
        let directory = try AgeTestDirectory()
        let identity = AgeIdentity(privateKey: Curve25519.KeyAgreement.PrivateKey())
        try write("# made by AgeV1 tests\n" + identity.encoded + "\n", to: directory.path("identity.txt"))
        let plaintext = randomData(150_000)
        try AgeFormat.encrypt(plaintext, to: identity.recipient)
            .write(to: URL(fileURLWithPath: directory.path("evidence.age")))
        // Plaintext comes back on standard output: age creates an `-o` file only once it has bytes to write.
        let decrypted = try AgeCLI.run(
            "age",
            ["-d", "-i", directory.path("identity.txt"), directory.path("evidence.age")]
        )
        #expect(decrypted == plaintext)
    }

    @Test("a file age encrypts to two recipients decrypts here with either identity")
    func multipleRecipientsFromAge() throws {
        let directory = try AgeTestDirectory()
        let first = try AgeCLI.keygen()
        let second = try AgeCLI.keygen()
        let plaintext = randomData(70_000)
        try plaintext.write(to: URL(fileURLWithPath: directory.path("plain")))
        try AgeCLI.run(
            "age",
            [
                "-r", first.recipient, "-r", second.recipient, "-o", directory.path("evidence.age"),
                directory.path("plain"),
            ]
        )
        let file = try Data(contentsOf: URL(fileURLWithPath: directory.path("evidence.age")))
        #expect(try AgeFormat.decrypt(file, with: try AgeIdentity(encoded: first.identity)) == plaintext)
        #expect(try AgeFormat.decrypt(file, with: try AgeIdentity(encoded: second.identity)) == plaintext)
        let stranger = AgeIdentity(privateKey: Curve25519.KeyAgreement.PrivateKey())
        expectAgeError(.noMatchingRecipient) { _ = try AgeFormat.decrypt(file, with: stranger) }
    }

    @Test("age refuses a Swift-encrypted file that has a flipped bit")
    func ageRejectsTamperedSwiftFile() throws {
        let directory = try AgeTestDirectory()
        let pair = try AgeCLI.keygen()
        try write(pair.identity + "\n", to: directory.path("identity.txt"))
        var file = try AgeFormat.encrypt(randomData(100_000), to: try AgeRecipient(encoded: pair.recipient))
        file[file.count - 500] ^= 0x01
        try file.write(to: URL(fileURLWithPath: directory.path("evidence.age")))
        let process = Process()
        process.executableURL = try AgeCLI.executable("age")
        process.arguments = [
            "-d", "-i", directory.path("identity.txt"), "-o", directory.path("out"), directory.path("evidence.age"),
        ]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
    }

    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
