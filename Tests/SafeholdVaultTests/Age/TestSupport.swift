import Crypto
import Foundation
import Testing

@testable import SafeholdVault

/// `count` bytes from the system CSPRNG.
func randomData(_ count: Int) -> Data {
    var generator = SystemRandomNumberGenerator()
    var data = Data(count: count)
    data.withUnsafeMutableBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let word = generator.next()
            withUnsafeBytes(of: word) { bytes in
                for byte in bytes where offset < buffer.count {
                    buffer[offset] = byte
                    offset += 1
                }
            }
        }
    }
    return data
}

/// Checks that `body` throws an `AgeError` with `code`.
func expectAgeError(
    _ code: AgeError.Code,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> Void
) {
    let error = #expect(throws: AgeError.self, sourceLocation: sourceLocation) { try body() }
    #expect(error?.code == code, "got \(String(describing: error))", sourceLocation: sourceLocation)
}

/// Builds age files by hand with a known file key, to produce valid and hostile inputs.
struct AgeForge {
    let identity = AgeIdentity(privateKey: Curve25519.KeyAgreement.PrivateKey())
    let fileKey = SymmetricKey(size: .bits128)

    /// A genuine X25519 stanza wrapping `fileKey` for `identity`.
    func stanza() throws -> AgeHeader.Stanza {
        try AgeX25519.wrap(fileKey: fileKey, to: identity.recipient)
    }

    /// The text lines of the genuine X25519 stanza: `-> X25519 <share>\n<body>\n`.
    func stanzaText() throws -> String {
        let stanza = try stanza()
        return "-> " + stanza.arguments.joined(separator: " ") + "\n" + AgeHeader.wrapBody(stanza.body)
    }

    /// A header serialized by the library, with a valid MAC.
    func header(_ stanzas: [AgeHeader.Stanza]) -> Data {
        AgeHeader.encode(stanzas: stanzas, fileKey: fileKey)
    }

    /// Appends `---` and a valid MAC line to hand-written header text.
    func sealHeader(_ text: String) -> Data {
        var header = Data(text.utf8) + Data("---".utf8)
        let mac = AgeHeader.computeMAC(header, fileKey: fileKey)
        header.append(Data((" " + AgeBase64.encode(mac) + "\n").utf8))
        return header
    }

    /// A payload: nonce, then each chunk sealed with its counter and the given final flag.
    func payload(_ chunks: [(plaintext: Data, last: Bool)], nonce: Data = randomData(16)) throws -> Data {
        let key = AgeStream.payloadKey(fileKey: fileKey, nonce: nonce)
        var output = nonce
        for (counter, chunk) in chunks.enumerated() {
            output.append(try AgeStream.seal(chunk.plaintext, key: key, counter: UInt64(counter), last: chunk.last))
        }
        return output
    }

    /// A complete file with the genuine stanza and the given chunks.
    func file(_ chunks: [(plaintext: Data, last: Bool)]) throws -> Data {
        try header([stanza()]) + payload(chunks)
    }

    /// A valid payload holding `plaintext`, to follow hand-written headers.
    func validPayload(_ plaintext: Data = Data("evidence".utf8)) throws -> Data {
        try payload([(plaintext, true)])
    }

    /// Decrypts with `identity`.
    func decrypt(_ file: Data) throws -> Data {
        try AgeFormat.decrypt(file, with: identity)
    }
}

/// Runs the real `age` and `age-keygen` binaries (Debian package `age`).
enum AgeCLI {
    /// The executable named `name` on PATH; records a failure that says how to install it if it is missing.
    static func executable(_ name: String) throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        let found = directories.lazy
            .map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return try #require(found, "'\(name)' binary not found: interop tests need it, run `apt-get install age`")
    }

    /// Runs `name` with `arguments`; requires exit status 0 and returns standard output.
    @discardableResult
    static func run(_ name: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = try executable(name)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = String(decoding: stderr, as: UTF8.self)
        try #require(process.terminationStatus == 0, "\(name) \(arguments) failed: \(message)")
        return stdout
    }

    /// A fresh key pair from `age-keygen`: the identity line and the recipient from its `# public key:` comment.
    static func keygen() throws -> (identity: String, recipient: String) {
        let text = String(decoding: try run("age-keygen", []), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        let identity = try #require(lines.first { $0.hasPrefix("AGE-SECRET-KEY-1") })
        let comment = try #require(lines.first { $0.hasPrefix("# public key: ") })
        return (identity, String(comment.dropFirst("# public key: ".count)))
    }
}

/// A temporary directory removed when the value is deinitialized.
final class AgeTestDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("agev1-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The path of `name` inside the directory.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }
}
