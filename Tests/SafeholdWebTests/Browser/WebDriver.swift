import Foundation
import HTTPTypes

/// A failure WebDriver reported (`no such element`, `unexpected alert open`, …) or a reply it could not give.
struct WebDriverError: Error, CustomStringConvertible {
    /// WebDriver's error code, such as `no such element`.
    let code: String
    /// WebDriver's message.
    let message: String

    var description: String { "WebDriver: \(code): \(message.prefix(500))" }
}

/// One element of the page, as WebDriver names it.
struct ElementHandle: Sendable, Equatable {
    let id: String

    /// The key W3C WebDriver uses for element references.
    static let key = "element-6066-11e4-a52e-4f735466cecf"

    /// The JSON WebDriver expects when an element is an argument of a script.
    var json: JSONValue { [Self.key: .string(id)] }
}

/// A W3C WebDriver session over plain HTTP and JSON: just the commands the tests use.
struct WebDriverSession: Sendable {
    /// Where chromedriver listens, such as `http://127.0.0.1:9515`.
    let driver: URL
    /// The session's id.
    let id: String

    /// Special keys, as WebDriver spells them.
    enum Key {
        static let tab = "\u{E004}"
        static let enter = "\u{E007}"
        static let shift = "\u{E008}"
    }

    /// Starts a headless Chromium session.
    /// - Parameters:
    ///   - driver: chromedriver's address.
    ///   - binary: The browser to run, or `nil` for chromedriver's own choice.
    ///   - downloads: The folder downloads are saved in without asking.
    static func start(driver: URL, binary: String?, downloads: URL) async throws -> WebDriverSession {
        var chrome: [String: JSONValue] = [
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900", "--lang=en-GB"],
            "prefs": [
                "download.default_directory": .string(downloads.path),
                "download.prompt_for_download": false,
            ],
        ]
        if let binary { chrome["binary"] = .string(binary) }
        let capabilities: JSONValue = [
            "capabilities": [
                "alwaysMatch": [
                    "goog:chromeOptions": .object(chrome),
                    // Leave alerts open, so that a test can see whether one appeared.
                    "unhandledPromptBehavior": "ignore",
                ]
            ]
        ]
        let reply = try await Self.send(driver.appendingPathComponent("session"), method: "POST", body: capabilities)
        guard let id = reply["value"]?["sessionId"]?.string else {
            throw WebDriverError(code: "no session", message: "\(reply)")
        }
        return WebDriverSession(driver: driver, id: id)
    }

    /// Ends the session and closes the browser.
    func end() async throws { _ = try await command("", method: "DELETE") }

    /// Opens `url` and waits until it has loaded.
    func navigate(_ url: String) async throws { _ = try await command("url", body: ["url": .string(url)]) }

    /// Goes back one page in the history.
    func back() async throws { _ = try await command("back", body: [:]) }

    /// The address of the current page.
    func currentURL() async throws -> String { try await command("url", method: "GET").string ?? "" }

    /// The title of the current page.
    func title() async throws -> String { try await command("title", method: "GET").string ?? "" }

    /// The markup of the current page, as the browser now holds it.
    func pageSource() async throws -> String { try await command("source", method: "GET").string ?? "" }

    /// The first element that matches a CSS selector.
    /// - Throws: ``WebDriverError`` `no such element` when none matches.
    func find(_ css: String) async throws -> ElementHandle {
        let found = try await command("element", body: ["using": "css selector", "value": .string(css)])
        return try Self.element(found)
    }

    /// Every element that matches a CSS selector.
    func findAll(_ css: String) async throws -> [ElementHandle] {
        let found = try await command("elements", body: ["using": "css selector", "value": .string(css)])
        return try (found.array ?? []).map(Self.element)
    }

    /// The element that has the keyboard focus.
    func activeElement() async throws -> ElementHandle {
        try Self.element(try await command("element/active", method: "GET"))
    }

    /// Clicks an element (and waits for a page it opens to load).
    func click(_ element: ElementHandle) async throws {
        _ = try await command("element/\(element.id)/click", body: [:])
    }

    /// Types `text` into an element; for a file field, `text` is the path of the file to choose.
    func sendKeys(_ text: String, to element: ElementHandle) async throws {
        _ = try await command("element/\(element.id)/value", body: ["text": .string(text)])
    }

    /// The visible text of an element.
    func text(of element: ElementHandle) async throws -> String {
        try await command("element/\(element.id)/text", method: "GET").string ?? ""
    }

    /// Runs `script` in the page as the body of a function, with `arguments`, and returns its result.
    func execute(_ script: String, _ arguments: [JSONValue] = []) async throws -> JSONValue {
        try await command("execute/sync", body: ["script": .string(script), "args": .array(arguments)])
    }

    /// Presses and releases each key in turn, on whatever has the focus.
    func press(_ keys: [String]) async throws {
        let actions: [JSONValue] = keys.flatMap { key -> [JSONValue] in
            [["type": "keyDown", "value": .string(key)], ["type": "keyUp", "value": .string(key)]]
        }
        let body: JSONValue = ["actions": [["type": "key", "id": "keyboard", "actions": .array(actions)]]]
        _ = try await command("actions", body: body)
        _ = try await command("actions", method: "DELETE")
    }

    /// The text of the alert, confirm or prompt dialog that is open, or `nil` when none is.
    func openDialogText() async throws -> String? {
        do {
            return try await command("alert/text", method: "GET").string
        } catch let error as WebDriverError where error.code == "no such alert" {
            return nil
        }
    }

    /// The session cookie's value, `HttpOnly` included, or `nil`.
    func cookie(named name: String) async throws -> String? {
        do {
            return try await command("cookie/\(name)", method: "GET")["value"]?.string
        } catch let error as WebDriverError where error.code == "no such cookie" {
            return nil
        }
    }

    /// A screenshot of the window, as PNG.
    func screenshot() async throws -> Data {
        guard let text = try await command("screenshot", method: "GET").string, let png = Data(base64Encoded: text)
        else { throw WebDriverError(code: "screenshot", message: "not base64") }
        return png
    }

    // MARK: HTTP

    private func command(_ path: String, method: String = "POST", body: JSONValue? = nil) async throws -> JSONValue {
        var url = driver.appendingPathComponent("session").appendingPathComponent(id)
        if !path.isEmpty { url = url.appendingPathComponent(path) }
        return try await Self.send(url, method: method, body: body)["value"] ?? .null
    }

    /// Sends one request to chromedriver and returns its whole JSON reply.
    static func send(_ url: URL, method: String, body: JSONValue?) async throws -> JSONValue {
        let reply = try await LoopbackHTTP.send(
            port: url.port ?? 80,
            HTTPRequest.Method(method) ?? .get,
            url.path,
            body: try body.map { try JSONEncoder().encode($0) }
        )
        let json = (try? JSONDecoder().decode(JSONValue.self, from: reply.body)) ?? .null
        if !(200..<300).contains(reply.status) || json["value"]?["error"] != nil {
            let value = json["value"]
            throw WebDriverError(
                code: value?["error"]?.string ?? "HTTP \(reply.status)",
                message: value?["message"]?.string ?? String(decoding: reply.body.prefix(500), as: UTF8.self)
            )
        }
        return json
    }

    private static func element(_ value: JSONValue) throws -> ElementHandle {
        guard let id = value[ElementHandle.key]?.string else {
            throw WebDriverError(code: "not an element", message: "\(value)")
        }
        return ElementHandle(id: id)
    }
}
