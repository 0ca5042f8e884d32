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

@Suite("Pages: making a vault, home, importing")
struct PageFlowTests {
    static let passphrase = "copper lantern walks quietly north"

    @Test("without a vault every page leads to making one; a weak passphrase is refused kindly")
    func createVault() async throws {
        let fixture = try WebFixture()
        try await fixture.run { browser in
            #expect(try await browser.get("/").headers[.location] == "/create")
            #expect(try await browser.get("/unlock").headers[.location] == "/create")
            #expect(try await browser.get("/create").status == .ok)
            let mismatch = try await browser.post(
                "/create",
                ["passphrase": Self.passphrase, "confirm": "something else"]
            )
            #expect(mismatch.status == .badRequest)
            #expect(mismatch.text.contains("not the same"))
            let weak = try await browser.post("/create", ["passphrase": "password", "confirm": "password"])
            #expect(weak.status == .badRequest)
            #expect(!FileManager.default.fileExists(atPath: fixture.configuration.vaultDirectory.path))
            let made = try await browser.post("/create", ["passphrase": Self.passphrase, "confirm": Self.passphrase])
            #expect(made.status == .ok)
            #expect(made.text.contains("recovery code"))
            #expect(made.text.range(of: "[0-9A-Z]{4,}(-[0-9A-Z]{4,})+", options: .regularExpression) != nil)
            #expect(try await browser.get("/").text.contains("items sealed"))
            #expect(try await browser.get("/create").headers[.location] == "/unlock")
        }
        #expect(
            try Vault.open(at: fixture.configuration.vaultDirectory, passphrase: Passphrase(Self.passphrase)).itemCount
                == 0
        )
    }

    @Test("home counts what the vault holds, says the week was quiet, and leads to the questions")
    func home() async throws {
        let vault = try TestVault()
        try vault.addText("one", details: ItemDetails(platform: Platform("instagram")))
        try vault.addText("two")
        try await WebFixture(vault: vault).run { browser in
            _ = try await browser.get("/unlock")
            _ = try await browser.post("/unlock", ["passphrase": Self.passphrase])
            let page = try await browser.get("/").text
            #expect(page.contains("2 items sealed, from Instagram."))
            #expect(page.contains("<li>text: 2</li>"))
            #expect(page.contains("Nothing new that needs your attention."))
            #expect(page.contains("Answer them"))
        }
    }

    @Test("an uploaded chat export goes through the import workflow, and its hostile names stay text")
    func importUpload() async throws {
        let vault = try TestVault()
        let chat = """
            12/29/23, 9:05 PM - <script>alert(1)</script>: hello
            12/29/23, 9:06 PM - Jordan Reece: "><img src=x onerror=alert(1)>
            12/29/23, 9:07 PM - Jordan Reece: <svg onload=alert(2)>

            """
        try await WebFixture(vault: vault).run { browser in
            _ = try await browser.get("/unlock")
            _ = try await browser.post("/unlock", ["passphrase": Self.passphrase])
            _ = try await browser.get("/import")
            let token = try #require(await browser.csrf)
            let (type, body) = Self.multipart(token: token, fileName: "WhatsApp Chat with Jordan.txt", content: chat)
            let posted = try await browser.postRaw("/import", contentType: type, body: body)
            #expect(posted.status == .seeOther)
            let summaryPath = try #require(posted.headers[.location])
            #expect(summaryPath.hasPrefix("/import/summary/"))
            let response = try await browser.get(summaryPath)
            #expect(response.status == .ok)
            #expect(response.text.contains("Imported"))
            #expect(response.text.contains("<li>message: 3</li>"))
            #expect(response.text.contains("Safehold looked through 4 new items"))
            let unknown = try await browser.get("/import/summary/not-a-token")
            #expect(unknown.status == .notFound)
            let list = try await browser.get("/items").text
            HostileContentTests.expectInert(list)
            #expect(list.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            await browser.use(cookie: nil)
            #expect(try await browser.get(summaryPath).status != .ok, "another session never sees the summary")
        }
        let records = try vault.reopen().items().compactMap(\.record)
        #expect(records.count == 3)
        #expect(records.first?.text == "hello")
    }

    @Test("an upload whose file comes before the token is refused before anything is written")
    func uploadNeedsTokenFirst() async throws {
        let vault = try TestVault()
        try await WebFixture(vault: vault).run { browser in
            _ = try await browser.get("/unlock")
            _ = try await browser.post("/unlock", ["passphrase": Self.passphrase])
            let token = try #require(await browser.csrf)
            let (type, body) = Self.multipart(token: token, fileName: "notes.txt", content: "hello", tokenFirst: false)
            #expect(try await browser.postRaw("/import", contentType: type, body: body).status == .forbidden)
            let (_, wrong) = Self.multipart(token: "wrong", fileName: "notes.txt", content: "hello")
            #expect(try await browser.postRaw("/import", contentType: type, body: wrong).status == .forbidden)
        }
        #expect(try vault.reopen().itemCount == 0)
    }

    @Test(
        "file names from the browser are made safe for the disk",
        arguments: [
            ("../../etc/passwd", "passwd"), ("C:\\Users\\x\\chat.txt", "chat.txt"), ("..", "upload"), ("", "upload"),
            (".hidden", "hidden"), ("<b>é.zip", "_b__.zip"),
        ]
    )
    func safeFileNames(raw: String, safe: String) {
        #expect(MultipartUpload.safeFileName(raw) == safe)
    }

    /// A `multipart/form-data` body as a browser sends it.
    static func multipart(token: String, fileName: String, content: String, tokenFirst: Bool = true) -> (
        String, ByteBuffer
    ) {
        let boundary = "----SafeholdTestBoundary7MA4YWxkTrZu0gW"
        let tokenPart = "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(token)\r\n"
        let filePart =
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\n"
            + "Content-Type: text/plain\r\n\r\n\(content)\r\n"
        let body = (tokenFirst ? tokenPart + filePart : filePart + tokenPart) + "--\(boundary)--\r\n"
        return ("multipart/form-data; boundary=\(boundary)", ByteBuffer(string: body))
    }
}
