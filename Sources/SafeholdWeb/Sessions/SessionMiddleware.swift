import Foundation
import HTTPTypes
import Hummingbird

/// Finds the browser's session from its cookie, or starts one, and puts it in the context.
///
/// The cookie is `HttpOnly` (scripts cannot read it), `SameSite=Strict` (other sites' pages never
/// send it) and `Path=/`, with no expiry date, so the browser forgets it when it closes. It is not
/// `Secure`: the app speaks plain HTTP on this computer's loopback address, where nothing crosses a
/// network, and browsers may refuse or drop `Secure` cookies on a plain-HTTP address.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    static let cookieName = "safehold_session"

    let store: SessionStore

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        let now = Date()
        var started: Session?
        if let id = request.cookies[Self.cookieName]?.value, let session = await store.find(id, now: now) {
            context.session = session
        } else {
            let session = await store.start(now: now)
            context.session = session
            started = session
        }
        var response = try await next(request, context)
        if let started, !Self.setsSessionCookie(response) {
            response.setCookie(Self.cookie(for: started.id))
        }
        return response
    }

    /// The cookie that names a session.
    static func cookie(for id: String) -> Cookie {
        Cookie(name: cookieName, value: id, path: "/", httpOnly: true, sameSite: .strict)
    }

    /// A cookie that tells the browser to forget the session at once.
    static var expiredCookie: Cookie {
        Cookie(name: cookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict)
    }

    private static func setsSessionCookie(_ response: Response) -> Bool {
        response.headers[values: .setCookie].contains { $0.hasPrefix(cookieName + "=") }
    }
}

/// Checks the per-session token on every POST and reads URL-encoded forms for the pages.
///
/// The import page's multipart upload is checked by the import page itself, which reads the token
/// before it writes any of the file.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    /// The largest URL-encoded form accepted.
    static let maxFormBytes = 64 * 1024
    /// Quick exit must work even from a page whose session has expired; it only ends the caller's
    /// own session, and ``CrossSiteGuard`` still refuses it from other sites.
    static let tokenFreePaths: Set<String> = ["/exit"]

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard !CrossSiteGuard.isSafe(request.method) else { return try await next(request, context) }
        let type = request.headers[.contentType]?.lowercased() ?? ""
        if type.hasPrefix("multipart/form-data") { return try await next(request, context) }
        guard type.hasPrefix("application/x-www-form-urlencoded") else { throw WebError.unsupportedBody }
        var request = request
        let body = try await request.collectBody(upTo: Self.maxFormBytes)
        let form = FormFields.parse(String(buffer: body))
        let tokenMatches = context.session.map { Token.equal(form["csrf"] ?? "", $0.csrfToken) } ?? false
        guard tokenMatches || Self.tokenFreePaths.contains(request.uri.path) else { throw WebError.staleForm }
        var context = context
        context.form = form
        return try await next(request, context)
    }
}

/// Sends a browser without an unlocked vault to the unlock (or create) page.
struct RequireUnlocked: RouterMiddleware {
    typealias Context = WebRequestContext

    let vaultExists: @Sendable () -> Bool

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard context.session?.access != nil else {
            return .redirect(to: vaultExists() ? "/unlock" : "/create", type: .normal)
        }
        return try await next(request, context)
    }
}

/// Reading `application/x-www-form-urlencoded` bodies.
enum FormFields {
    /// The fields of a form body; of repeated names, the first wins.
    static func parse(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]) else { continue }
            let value = parts.count > 1 ? decode(parts[1]) ?? "" : ""
            if fields[name] == nil { fields[name] = value }
        }
        return fields
    }

    private static func decode(_ part: Substring) -> String? {
        String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
