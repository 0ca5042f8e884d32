import Foundation
import Hummingbird
import MultipartKit
import NIOCore
import SafeholdCore

/// Receives the import form (`multipart/form-data`) as a stream, writing the file straight to disk.
///
/// The form's CSRF token must arrive, and match, before the file: the token field comes first in the
/// form, and a file part that arrives before a valid token is refused before any of it is written.
enum MultipartUpload {
    /// What was received.
    struct Received: Sendable {
        /// The uploaded file, named as the person's file was (made safe).
        let file: URL
        /// Its size in bytes.
        let size: UInt64
    }

    /// Reads the request body into a new file inside `folder`.
    /// - Throws: ``WebError`` when the form is stale, has no file, or is larger than `maxBytes`.
    static func receive(
        _ request: Request,
        csrfToken: String,
        into folder: URL,
        maxBytes: UInt64
    ) async throws -> Received {
        guard let boundary = boundary(of: request.headers[.contentType] ?? "") else { throw WebError.unsupportedBody }
        let parser = MultipartParser(boundary: boundary)
        let reader = PartReader(csrfToken: csrfToken, folder: folder, maxBytes: maxBytes)
        parser.onHeader = { name, value in reader.header(name: name, value: value) }
        parser.onBody = { buffer in reader.body(&buffer) }
        parser.onPartComplete = { reader.partComplete() }
        defer { reader.close() }
        for try await buffer in request.body {
            try parser.execute(buffer)
            if let error = reader.failure { throw error }
        }
        guard let file = reader.savedFile else {
            throw WebError(status: .badRequest, message: "No file arrived. Choose a file, then press Import.")
        }
        return Received(file: file, size: reader.written)
    }

    /// The boundary parameter of a `multipart/form-data` content type.
    static func boundary(of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else {
                continue
            }
            let value = pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(
                in: CharacterSet(charactersIn: "\"")
            )
            return (1...70).contains(value.count) ? value : nil
        }
        return nil
    }

    /// A file name from the browser made safe to use on disk: its last component, letters, digits
    /// and `._-` only, at most 100 characters, never hidden or empty.
    static func safeFileName(_ raw: String) -> String {
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let allowed = last.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar))
                ? Character(scalar) : "_"
        }
        var name = String(String(allowed).prefix(100))
        while name.hasPrefix(".") { name.removeFirst() }
        return name.isEmpty ? "upload" : name
    }
}

/// The parser's callbacks cannot throw, so the first problem is kept and checked after each chunk.
private final class PartReader {
    let csrfToken: String
    let folder: URL
    let maxBytes: UInt64
    var failure: WebError?
    var savedFile: URL?
    var written: UInt64 = 0
    private var headers: [String: String] = [:]
    private var tokenSeen = ""
    private var tokenVerified = false
    private var file: SystemFile?

    init(csrfToken: String, folder: URL, maxBytes: UInt64) {
        self.csrfToken = csrfToken
        self.folder = folder
        self.maxBytes = maxBytes
    }

    func header(name: String, value: String) {
        headers[name.lowercased()] = value
    }

    func body(_ buffer: inout ByteBuffer) {
        guard failure == nil else { return }
        switch disposition(headers["content-disposition"] ?? "", "name") {
        case "csrf":
            guard tokenSeen.utf8.count + buffer.readableBytes <= 256 else { return fail(.staleForm) }
            tokenSeen += buffer.readString(length: buffer.readableBytes) ?? ""
        case "file":
            write(&buffer)
        default:
            break
        }
    }

    func partComplete() {
        if disposition(headers["content-disposition"] ?? "", "name") == "csrf" {
            tokenVerified = Token.equal(tokenSeen, csrfToken)
        }
        file?.close()
        file = nil
        headers = [:]
    }

    func close() { file?.close() }

    private func write(_ buffer: inout ByteBuffer) {
        guard tokenVerified else { return fail(.staleForm) }
        do {
            if file == nil {
                guard savedFile == nil else {
                    return fail(WebError(status: .badRequest, message: "Import one file at a time."))
                }
                let name = MultipartUpload.safeFileName(
                    disposition(headers["content-disposition"] ?? "", "filename") ?? ""
                )
                let url = folder.appendingPathComponent(name)
                file = try SystemFile.createExclusive(url.path)
                savedFile = url
            }
            written += UInt64(buffer.readableBytes)
            guard written <= maxBytes else {
                return fail(
                    WebError(status: .contentTooLarge, message: "This file is larger than Safehold accepts here.")
                )
            }
            try file?.write(Array(buffer.readableBytesView))
        } catch {
            fail(
                WebError(
                    status: .internalServerError,
                    message: "Safehold could not store the uploaded file. Check that the disk has room."
                )
            )
        }
    }

    private func fail(_ error: WebError) {
        if failure == nil { failure = error }
    }

    /// A parameter of a Content-Disposition header, such as `name` or `filename`.
    private func disposition(_ header: String, _ parameter: String) -> String? {
        for part in header.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == parameter else {
                continue
            }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }
        return nil
    }
}
