import HTTPTypes
import Hummingbird

/// Puts the protective headers on every response, errors included, and gives each response its own
/// script nonce: only the project's own script, carrying that nonce, may run.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    let pages: Pages

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.nonce = Token.random128()
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = pages.error(error, context: context)
        }
        Self.apply(to: &response.headers, nonce: context.nonce)
        return response
    }

    /// The policy: nothing loads or runs unless it comes from this app, scripts need the nonce.
    static func contentSecurityPolicy(nonce: String) -> String {
        [
            "default-src 'none'", "script-src 'nonce-\(nonce)'", "style-src 'self'", "img-src 'self'",
            "connect-src 'self'", "form-action 'self'", "base-uri 'none'", "object-src 'none'",
            "frame-ancestors 'none'",
        ].joined(separator: "; ")
    }

    static func apply(to headers: inout HTTPFields, nonce: String) {
        headers[.contentSecurityPolicy] = contentSecurityPolicy(nonce: nonce)
        headers[.cacheControl] = "no-store"
        headers[.referrerPolicy] = "no-referrer"
        headers[.xContentTypeOptions] = "nosniff"
        headers[.xFrameOptions] = "DENY"
        headers[.crossOriginOpenerPolicy] = "same-origin"
        headers[.crossOriginResourcePolicy] = "same-origin"
    }
}

extension HTTPField.Name {
    static let referrerPolicy = Self("Referrer-Policy")!
    static let xFrameOptions = Self("X-Frame-Options")!
    static let crossOriginOpenerPolicy = Self("Cross-Origin-Opener-Policy")!
    static let clearSiteData = Self("Clear-Site-Data")!
    static let secFetchSite = Self("Sec-Fetch-Site")!
}
