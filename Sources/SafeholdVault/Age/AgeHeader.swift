import Crypto
import Foundation

/// The textual age v1 header: version line, recipient stanzas, and the `---` MAC line.
///
/// Grammar (c2sp.org/age):
/// ```
/// header    = "age-encryption.org/v1" LF 1*stanza "--- " 43base64char LF
/// stanza    = "-> " argument *(SP argument) LF *(64base64char LF) *63base64char LF
/// argument  = 1*VCHAR
/// ```
enum AgeHeader {
    /// Largest header accepted, so a hostile file cannot make the parser read forever.
    static let maxSize = 64 * 1024
    /// Stanza bodies are base64 wrapped at this many columns.
    static let columns = 64
    static let versionLine = "age-encryption.org/v1"

    /// One recipient stanza: its arguments (the first names its type) and its decoded body.
    struct Stanza: Equatable {
        var arguments: [String]
        var body: Data
    }

    /// A parsed header, with the exact bytes the MAC covers.
    struct Parsed {
        var stanzas: [Stanza]
        /// The header from its first byte up to and including `---`.
        var macInput: Data
        var mac: Data
    }

    /// Serializes `stanzas` and appends the MAC line computed with `fileKey`.
    static func encode(stanzas: [Stanza], fileKey: SymmetricKey) -> Data {
        var header = Data((versionLine + "\n").utf8)
        for stanza in stanzas {
            header.append(Data(("-> " + stanza.arguments.joined(separator: " ") + "\n").utf8))
            header.append(Data(wrapBody(stanza.body).utf8))
        }
        header.append(Data("---".utf8))
        let mac = computeMAC(header, fileKey: fileKey)
        header.append(Data((" " + AgeBase64.encode(mac) + "\n").utf8))
        return header
    }

    /// The base64 body split into 64-column lines, always ending with a line shorter than 64 (maybe empty).
    static func wrapBody(_ body: Data) -> String {
        var remaining = Substring(AgeBase64.encode(body))
        var lines = ""
        while remaining.count >= columns {
            lines += remaining.prefix(columns) + "\n"
            remaining = remaining.dropFirst(columns)
        }
        return lines + remaining + "\n"
    }

    /// HMAC-SHA-256 keyed with HKDF-SHA-256(ikm: file key, salt: empty, info: "header").
    static func computeMAC(_ macInput: Data, fileKey: SymmetricKey) -> Data {
        Data(HMAC<SHA256>.authenticationCode(for: macInput, using: macKey(fileKey)))
    }

    /// Checks the header MAC in constant time.
    static func verifyMAC(_ parsed: Parsed, fileKey: SymmetricKey) throws {
        let key = macKey(fileKey)
        guard HMAC<SHA256>.isValidAuthenticationCode(parsed.mac, authenticating: parsed.macInput, using: key) else {
            throw AgeError(.headerMACMismatch, "header MAC does not match")
        }
    }

    private static func macKey(_ fileKey: SymmetricKey) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: fileKey, salt: Data(), info: Data("header".utf8), outputByteCount: 32)
    }

    /// Reads and validates the header from `source`, leaving `source` positioned at the payload.
    static func parse(from source: inout AgeByteSource) throws -> Parsed {
        var reader = AgeHeaderLineReader()
        let version = try reader.nextLine(from: &source)
        try checkVersionLine(version)
        var macInput = version + Data([0x0a])
        var stanzas: [Stanza] = []
        while true {
            let line = try reader.nextLine(from: &source)
            if line.starts(with: Data("---".utf8)) {
                let mac = try parseMACLine(line)
                guard !stanzas.isEmpty else { throw malformed("header has no recipient stanza") }
                macInput.append(Data("---".utf8))
                source.unread(reader.remainder)
                return Parsed(stanzas: stanzas, macInput: macInput, mac: mac)
            }
            guard line.starts(with: Data("-> ".utf8)) else { throw malformed("header line is not a stanza or MAC") }
            let arguments = try parseArguments(line.dropFirst(3))
            macInput.append(line + Data([0x0a]))
            let body = try readBody(reader: &reader, source: &source, macInput: &macInput)
            stanzas.append(Stanza(arguments: arguments, body: body))
        }
    }

    private static func checkVersionLine(_ line: Data) throws {
        guard line != Data(versionLine.utf8) else { return }
        let prefix = Data("age-encryption.org/".utf8)
        let version = line.dropFirst(prefix.count)
        if line.starts(with: prefix), !version.isEmpty, version.allSatisfy({ (0x21...0x7e).contains($0) }) {
            throw AgeError(.unsupportedVersion, "unsupported age format version")
        }
        if line.starts(with: Data("-----BEGIN AGE ENCRYPTED FILE-----".utf8)) {
            throw malformed("ASCII-armored age files are not supported")
        }
        throw malformed("not an age v1 file (bad version line)")
    }

    private static func parseMACLine(_ line: Data) throws -> Data {
        let prefix = Data("--- ".utf8)
        guard line.count == prefix.count + 43, line.starts(with: prefix),
            let mac = AgeBase64.decode(line.dropFirst(prefix.count)), mac.count == 32
        else {
            throw malformed("MAC line is not '--- ' and 43 canonical base64 characters")
        }
        return mac
    }

    private static func parseArguments(_ text: Data) throws -> [String] {
        let pieces = text.split(separator: 0x20, omittingEmptySubsequences: false)
        for piece in pieces {
            guard !piece.isEmpty, piece.allSatisfy({ (0x21...0x7e).contains($0) }) else {
                throw malformed("stanza argument is empty or not printable ASCII")
            }
        }
        return pieces.map { String(decoding: $0, as: UTF8.self) }
    }

    private static func readBody(
        reader: inout AgeHeaderLineReader,
        source: inout AgeByteSource,
        macInput: inout Data
    ) throws -> Data {
        var text = Data()
        while true {
            let line = try reader.nextLine(from: &source)
            guard line.count <= columns, line.allSatisfy(AgeBase64.isAlphabet) else {
                throw malformed("stanza body line is longer than 64 columns or not base64")
            }
            macInput.append(line + Data([0x0a]))
            text.append(line)
            if line.count < columns { break }
        }
        guard let body = AgeBase64.decode(text) else { throw malformed("stanza body is not canonical base64") }
        return body
    }

    static func malformed(_ detail: String) -> AgeError {
        AgeError(.malformedHeader, detail)
    }
}

/// Splits header bytes into LF-terminated lines, reading blocks from the source and enforcing the size cap.
struct AgeHeaderLineReader {
    private var buffer = Data()
    private var consumed = 0

    /// Bytes read past the last returned line (the start of the payload).
    var remainder: Data { buffer }

    /// The next line without its LF.
    mutating func nextLine(from source: inout AgeByteSource) throws -> Data {
        while true {
            if let newline = buffer.firstIndex(of: 0x0a) {
                let line = Data(buffer[buffer.startIndex..<newline])
                buffer = Data(buffer[(newline + 1)...])
                consumed += line.count + 1
                guard consumed <= AgeHeader.maxSize else { throw AgeHeader.malformed("header is larger than 64 KiB") }
                return line
            }
            guard consumed + buffer.count <= AgeHeader.maxSize else {
                throw AgeHeader.malformed("header is larger than 64 KiB")
            }
            let block = try source.read(upTo: 4096)
            guard !block.isEmpty else { throw AgeError(.truncated, "input ends inside the header") }
            buffer.append(block)
        }
    }
}
