import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SafeholdCore
import SafeholdTestSupport
import SafeholdVault
import Testing

@testable import SafeholdWeb

/// A web app over a temporary folder, configured as tests need it: cheap key settings, port 80 so
/// that the test client's `Host: localhost` is the served address.
struct WebFixture: Sendable {
    let home: TemporaryDirectory
    var configuration: WebConfiguration

    /// An app whose vault does not exist yet.
    init(port: Int = 80) throws {
        home = try TemporaryDirectory()
        configuration = Self.configure(vault: home.path("vault"), port: port)
    }

    /// An app over an existing test vault.
    init(vault: TestVault, port: Int = 80) {
        home = vault.home
        configuration = Self.configure(vault: vault.directory, port: port)
    }

    static func configure(vault: URL, port: Int) -> WebConfiguration {
        var configuration = WebConfiguration(vaultDirectory: vault, port: port, appTitle: "Notes")
        configuration.newVaultParameters = TestVault.parameters
        configuration.recognizeText = false
        return configuration
    }

    /// Runs `body` with a browser talking to the app through Hummingbird's router test client.
    func run<Value: Sendable>(_ body: @escaping @Sendable (TestBrowser) async throws -> Value) async throws -> Value {
        let app = try await buildApplication(configuration: configuration)
        return try await app.test(.router) { client in
            try await body(TestBrowser(client: client))
        }
    }
}

/// A browser in tests: keeps the session cookie and the newest CSRF token, and sends the headers a
/// real browser sends on same-origin requests.
actor TestBrowser {
    let client: any TestClientProtocol
    private(set) var cookie: String?
    private(set) var csrf: String?
    static let origin = "http://localhost"

    init(client: any TestClientProtocol) { self.client = client }

    /// A GET request.
    func get(_ path: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await send(path, method: .get, headers: headers, body: nil)
    }

    /// A POST of a URL-encoded form, with this session's token unless `token` says otherwise
    /// (`.some(nil)` sends none).
    func post(_ path: String, _ fields: [String: String] = [:], token: String?? = .none, headers: HTTPFields? = nil)
        async throws -> TestResponse
    {
        var fields = fields
        let chosen: String? = token ?? csrf
        if let chosen { fields["csrf"] = chosen }
        let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        var headers = headers ?? Self.sameOrigin
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await send(path, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// A POST with a raw body and content type.
    func postRaw(_ path: String, contentType: String, body: ByteBuffer) async throws -> TestResponse {
        var headers = Self.sameOrigin
        headers[.contentType] = contentType
        return try await send(path, method: .post, headers: headers, body: body)
    }

    /// The headers a browser sends with a form posted from this app's own page.
    static var sameOrigin: HTTPFields {
        [.origin: origin, HTTPField.Name("Sec-Fetch-Site")!: "same-origin"]
    }

    /// Uses another session's cookie, or none.
    func use(cookie: String?) { self.cookie = cookie }

    private func send(_ path: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?)
        async throws -> TestResponse
    {
        var headers = headers
        if let cookie { headers[.cookie] = "\(SessionMiddleware.cookieName)=\(cookie)" }
        let response = try await client.execute(uri: path, method: method, headers: headers, body: body)
        remember(response)
        return response
    }

    private func remember(_ response: TestResponse) {
        for header in response.headers[values: .setCookie] where header.hasPrefix(SessionMiddleware.cookieName + "=") {
            let value = header.dropFirst(SessionMiddleware.cookieName.count + 1).prefix { $0 != ";" }
            cookie = value.isEmpty ? nil : String(value)
        }
        if let token = Self.csrfToken(in: String(buffer: response.body)) { csrf = token }
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf\" value=\"") else { return nil }
        let token = String(html[range.upperBound...].prefix { $0 != "\"" })
        return token.isEmpty ? nil : token
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }
}
