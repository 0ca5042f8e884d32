import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

/// Plain HTTP/1.1 to a server on 127.0.0.1, over SwiftNIO (Hummingbird's test client): Foundation's
/// URLSession on Linux goes through libcurl, which failed here with "Failed writing header".
enum LoopbackHTTP {
    /// A reply: status, headers and body.
    struct Reply: Sendable {
        let status: Int
        let headers: HTTPFields
        let body: Data
    }

    /// Sends one request on a new connection and waits up to `timeout` for the whole reply.
    static func send(
        port: Int,
        _ method: HTTPRequest.Method,
        _ path: String,
        headers: HTTPFields = [:],
        body: Data? = nil,
        timeout: Duration = .seconds(120)
    ) async throws -> Reply {
        try await TestClient.withClient(host: "127.0.0.1", port: port, configuration: .init(timeout: timeout)) {
            client in
            var headers = headers
            if body != nil, headers[.contentType] == nil { headers[.contentType] = "application/json; charset=utf-8" }
            let response = try await client.execute(
                .init(
                    path,
                    method: method,
                    authority: "127.0.0.1:\(port)",
                    headers: headers,
                    body: body.map { ByteBuffer(bytes: $0) }
                )
            )
            let bytes = response.body.map { Data($0.readableBytesView) } ?? Data()
            return Reply(status: response.status.code, headers: response.headers, body: bytes)
        }
    }
}
