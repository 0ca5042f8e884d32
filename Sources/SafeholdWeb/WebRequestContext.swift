public import Hummingbird

/// What the middleware learns about one request and hands to the pages.
public struct WebRequestContext: RequestContext {
    /// Hummingbird's own per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The Content-Security-Policy nonce of this response; only scripts carrying it run.
    var nonce = ""
    /// The browser's session, once ``SessionMiddleware`` has found or started it.
    var session: Session?
    /// The fields of a URL-encoded form, read and checked (CSRF token) by ``CSRFMiddleware``.
    var form: [String: String] = [:]

    /// Creates the context for a new request.
    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// Uploads are streamed by the import page itself; nothing else decodes large bodies.
    public var maxUploadSize: Int { 64 * 1024 }
}
