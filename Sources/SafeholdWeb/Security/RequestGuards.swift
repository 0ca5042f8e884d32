import HTTPTypes
import Hummingbird

/// Refuses requests whose Host is not the address this app serves.
///
/// A page on another site can make its own domain name point at 127.0.0.1 (DNS rebinding) and then
/// talk to this app as if it were that site; its requests still carry the other site's name as
/// their Host, and are refused here before anything else runs.
struct HostGuard: RouterMiddleware {
    typealias Context = WebRequestContext

    let address: ServedAddress

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let authority = request.head.authority, address.accepts(authority: authority),
            request.headers[values: HTTPField.Name("Host")!].allSatisfy({ address.accepts(authority: $0) })
        else { throw WebError.wrongHost }
        return try await next(request, context)
    }
}

/// Refuses state-changing requests that another site started.
///
/// Browsers say where a request came from in `Sec-Fetch-Site` and `Origin`; anything but this app's
/// own origin is refused. Forms also carry a per-session token (``CSRFMiddleware``), which covers
/// browsers that send neither header.
struct CrossSiteGuard: RouterMiddleware {
    typealias Context = WebRequestContext

    let address: ServedAddress

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if !Self.isSafe(request.method) {
            let sites = request.headers[values: .secFetchSite]
            for site in sites where site.lowercased() != "same-origin" {
                throw WebError.crossSite
            }
            for origin in request.headers[values: .origin] where !address.accepts(origin: origin) {
                // Our pages say `Referrer-Policy: no-referrer`, so browsers send `Origin: null` with
                // their own form posts. That is accepted only when the browser also says the request
                // is same-origin; a sandboxed frame elsewhere also sends `null`, but says cross-site.
                if origin == "null" && !sites.isEmpty { continue }
                throw WebError.crossSite
            }
        }
        return try await next(request, context)
    }

    /// Methods that change nothing, by this app's own rule.
    static func isSafe(_ method: HTTPRequest.Method) -> Bool {
        method == .get || method == .head
    }
}
