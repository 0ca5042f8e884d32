import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SafeholdTestSupport
import Testing

@testable import SafeholdWeb

@Suite("The middleware that guards every request")
struct SecurityMiddlewareTests {
    @Test(
        "every response carries the protective headers, with a new script nonce each time",
        arguments: [
            "/unlock", "/static/app.css", "/static/quick-exit.js", "/no-such-page", "/items/1",
        ]
    )
    func headersOnEveryResponse(path: String) async throws {
        let vault = try TestVault()
        try await WebFixture(vault: vault).run { browser in
            let first = try await browser.get(path)
            let second = try await browser.get(path)
            for response in [first, second] {
                let policy = try #require(response.headers[.contentSecurityPolicy])
                for directive in [
                    "default-src 'none'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
                    "form-action 'self'",
                ] {
                    #expect(policy.contains(directive))
                }
                #expect(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"))
                #expect(response.headers[.cacheControl] == "no-store")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
            #expect(first.headers[.contentSecurityPolicy] != second.headers[.contentSecurityPolicy])
        }
    }

    @Test("the page's script tag carries the nonce of its own response")
    func scriptCarriesNonce() async throws {
        let vault = try TestVault()
        try await WebFixture(vault: vault).run { browser in
            let response = try await browser.get("/unlock")
            let policy = try #require(response.headers[.contentSecurityPolicy])
            let nonce = try #require(policy.split(separator: "'").first { $0.hasPrefix("nonce-") }).dropFirst(6)
            #expect(response.text.contains("<script src=\"/static/quick-exit.js\" nonce=\"\(nonce)\"></script>"))
            #expect(response.text.contains("<script src=\"/static/import-progress.js\" nonce=\"\(nonce)\"></script>"))
            #expect(response.text.components(separatedBy: "<script").count == 3, "only the app's own two scripts")
        }
    }

    @Test("a request whose Host is another name or port is refused (DNS rebinding)")
    func wrongPortRefused() async throws {
        let vault = try TestVault()
        // The router test client always says `Host: localhost`, which is not `localhost:8123`.
        try await WebFixture(vault: vault, port: 8123).run { browser in
            let response = try await browser.get("/unlock")
            #expect(response.status == .misdirectedRequest)
            #expect(response.headers[.setCookie] == nil)
            #expect(response.headers[.contentSecurityPolicy] != nil)
        }
    }

    @Test("over a real socket, another site's name is refused and the served address is accepted")
    func rebindingOverSocket() async throws {
        let vault = try TestVault()
        var configuration = WebFixture.configure(vault: vault.directory, port: 0)
        configuration.host = "127.0.0.1"
        let app = try await buildApplication(configuration: configuration)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            try await TestClient.withClient(host: "127.0.0.1", port: port) { raw in
                let evil = try await raw.execute(.init("/unlock", method: .get, authority: "attacker.example:\(port)"))
                #expect(evil.status == .misdirectedRequest)
                let own = try await raw.execute(.init("/unlock", method: .get, authority: "127.0.0.1:\(port)"))
                #expect(own.status == .ok)
            }
        }
    }

    @Test(
        "a POST from another site is refused, whatever its token",
        arguments: [
            [HTTPField.Name.origin: "http://attacker.example"],
            [.origin: "null"],
            [.origin: "http://localhost:9999"],
            [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"],
            [HTTPField.Name("Sec-Fetch-Site")!: "same-site"],
            [.origin: "null", HTTPField.Name("Sec-Fetch-Site")!: "cross-site"],
        ] as [HTTPFields]
    )
    func crossSiteRefused(headers: HTTPFields) async throws {
        let vault = try TestVault()
        try await WebFixture(vault: vault).run { browser in
            _ = try await browser.get("/unlock")
            let response = try await browser.post(
                "/unlock",
                ["passphrase": "copper lantern walks quietly north"],
                headers: headers
            )
            #expect(response.status == .forbidden)
            #expect(response.text.contains("another website"))
        }
    }

    @Test("a browser's own form post, sent with Origin null because of no-referrer, is accepted")
    func nullOriginFromOwnPage() async throws {
        let vault = try TestVault()
        try await WebFixture(vault: vault).run { browser in
            _ = try await browser.get("/unlock")
            let response = try await browser.post(
                "/unlock",
                ["passphrase": "copper lantern walks quietly north"],
                headers: [.origin: "null", HTTPField.Name("Sec-Fetch-Site")!: "same-origin"]
            )
            #expect(response.status == .seeOther)
        }
    }

    @Test(
        "a POST without this session's token changes nothing",
        arguments: [
            Optional<String>.none, "", "not-the-token",
        ]
    )
    func tokenRequired(token: String?) async throws {
        let vault = try TestVault()
        try await WebFixture(vault: vault).run { browser in
            _ = try await browser.get("/unlock")
            let cookieBefore = await browser.cookie
            let response = try await browser.post(
                "/unlock",
                ["passphrase": "copper lantern walks quietly north"],
                token: .some(token)
            )
            #expect(response.status == .forbidden)
            #expect(await browser.cookie == cookieBefore)
            #expect(try await browser.get("/").headers[.location] == "/unlock")
        }
    }

    @Test("another session's token does not work in this session")
    func tokenBoundToSession() async throws {
        let vault = try TestVault()
        try await WebFixture(vault: vault).run { browser in
            _ = try await browser.get("/unlock")
            let otherToken = try #require(await browser.csrf)
            await browser.use(cookie: nil)
            _ = try await browser.get("/unlock")
            let response = try await browser.post(
                "/unlock",
                ["passphrase": "copper lantern walks quietly north"],
                token: .some(otherToken)
            )
            #expect(response.status == .forbidden)
        }
    }

    @Test("a body that is neither a form nor an upload is refused")
    func otherBodiesRefused() async throws {
        let vault = try TestVault()
        try await WebFixture(vault: vault).run { browser in
            _ = try await browser.get("/unlock")
            let response = try await browser.postRaw(
                "/unlock",
                contentType: "application/json",
                body: ByteBuffer(string: "{\"passphrase\":\"x\"}")
            )
            #expect(response.status == .unsupportedMediaType)
        }
    }

    @Test("served address: loopback names with the port, nothing else")
    func servedAddress() {
        let address = ServedAddress(host: "127.0.0.1", port: 8470, loopback: true)
        #expect(address.accepts(authority: "127.0.0.1:8470"))
        #expect(address.accepts(authority: "LOCALHOST:8470"))
        #expect(address.accepts(authority: "[::1]:8470"))
        #expect(!address.accepts(authority: "127.0.0.1"))
        #expect(!address.accepts(authority: "attacker.example:8470"))
        #expect(!address.accepts(authority: "127.0.0.1:8470.attacker.example"))
        #expect(!address.accepts(authority: "127.0.0.1:84700"))
        #expect(address.accepts(origin: "http://127.0.0.1:8470"))
        #expect(!address.accepts(origin: "https://127.0.0.1:8470"))
        address.update(port: 9000)
        #expect(address.accepts(authority: "localhost:9000") && !address.accepts(authority: "localhost:8470"))
    }
}
