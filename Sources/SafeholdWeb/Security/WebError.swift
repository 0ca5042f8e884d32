import HTTPTypes
import Hummingbird

/// A request the app refuses or cannot serve, with words for the person.
struct WebError: Error, Sendable {
    /// The HTTP status.
    var status: HTTPResponse.Status
    /// What happened and what to do, in plain words.
    var message: String

    /// The Host header names another site: a page elsewhere may be trying to reach this app
    /// through its own name (DNS rebinding).
    static let wrongHost = WebError(
        status: .misdirectedRequest,
        message: "This address is not the one Safehold serves. Open the address Safehold printed when it started."
    )
    /// A state-changing request came from another site.
    static let crossSite = WebError(
        status: .forbidden,
        message: "This request came from another website, so Safehold ignored it. Nothing was changed."
    )
    /// The form's token is missing or belongs to an old session.
    static let staleForm = WebError(
        status: .forbidden,
        message: "This page was out of date, so nothing was changed. Go back, reload the page and try again."
    )
    /// No such page or item.
    static let notFound = WebError(status: .notFound, message: "There is nothing at this address.")
    /// A body of a kind no page accepts.
    static let unsupportedBody = WebError(
        status: .unsupportedMediaType,
        message: "Safehold did not understand what the browser sent. Reload the page and try again."
    )
}
