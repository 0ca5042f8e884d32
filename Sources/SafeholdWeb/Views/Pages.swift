import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import SafeholdCore

/// Renders pages from the Mustache templates in the package's resources.
///
/// Every template is registered with the project's scalar-by-scalar HTML escaping put in front of
/// it, so a template cannot forget it. Each page is rendered, then placed in `layout`, which holds the
/// header, the quick-exit button and the script tag with this response's nonce.
struct Pages: Sendable {
    let library: MustacheLibrary
    let title: String
    let quickExitURL: String

    /// Reads the templates from the package's resources.
    static func load(title: String, quickExitURL: String) throws -> Pages {
        MustacheContentTypes.register(SafeHTMLContentType(), named: SafeHTMLContentType.name)
        var library = MustacheLibrary()
        for (name, text) in try templateSources() {
            // Every page but the frame is rendered inside a `screen` section, so a form on any page can
            // read `{{csrf}}` from the frame when its own model has no such value. Pieces shared by pages
            // (`_name`, used as `{{> _name}}`) are rendered where a page places them, as they are.
            let body = name == "layout" || name.hasPrefix("_") ? text : "{{#screen}}" + text + "{{/screen}}"
            try library.register("{{% CONTENT_TYPE: \(SafeHTMLContentType.name) }}" + body, named: name)
        }
        return Pages(library: library, title: title, quickExitURL: quickExitURL)
    }

    /// The templates shipped with the package, by name (the file name without `.mustache`).
    static func templateSources() throws -> [(String, String)] {
        guard let folder = resourceFolder("templates") else {
            throw SafeholdError(.fileAccess, "The web app's page templates are missing. Please reinstall Safehold.")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".mustache")
        }
        return try names.sorted().map { name in
            (
                String(name.dropLast(".mustache".count)),
                try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            )
        }
    }

    /// A whole page as a response.
    /// - Parameters:
    ///   - template: The page's template name.
    ///   - model: The values the template shows; struct properties by name.
    ///   - context: The request's context, for the nonce, the CSRF token and whether the vault is open.
    ///   - status: The response status.
    func page(_ template: String, _ model: Any, context: WebRequestContext, status: HTTPResponse.Status = .ok)
        -> Response
    {
        let csrf = context.session?.csrfToken ?? ""
        let body = library.render(PageFrame(csrf: csrf, screen: model), withTemplate: template) ?? ""
        let layout = Layout(
            title: title,
            nonce: context.nonce,
            csrf: csrf,
            quickExitURL: quickExitURL,
            unlocked: context.session?.access != nil,
            body: body
        )
        let html = library.render(layout, withTemplate: "layout") ?? ""
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html))
        )
    }

    /// The page for an error: the person's words for the ones the app knows, a calm generic one otherwise.
    func error(_ error: any Error, context: WebRequestContext) -> Response {
        let known: WebError
        switch error {
        case let error as WebError: known = error
        case let error as any HTTPResponseError where error.status == .notFound: known = .notFound
        case let error as any HTTPResponseError:
            known = WebError(status: error.status, message: "Safehold could not do that. Go back and try again.")
        case let error as SafeholdError:
            known = WebError(status: error.code == .notFound ? .notFound : .badRequest, message: error.message)
        default:
            known = WebError(
                status: .internalServerError,
                message:
                    "Something went wrong inside Safehold. Nothing in your vault was changed. Go back and try again."
            )
        }
        return page("error", ErrorModel(message: known.message), context: context, status: known.status)
    }
}

/// A folder of the package's `Resources`, wherever this platform's bundle puts it.
func resourceFolder(_ name: String) -> URL? {
    Bundle.module.url(forResource: name, withExtension: nil)
        ?? Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources")
}

/// What every page can read besides its own model: the form token.
struct PageFrame {
    let csrf: String
    let screen: Any
}

/// What every page's frame shows.
struct Layout {
    let title: String
    let nonce: String
    let csrf: String
    let quickExitURL: String
    let unlocked: Bool
    /// The page, already rendered and escaped.
    let body: String
}

/// The error page's one message.
struct ErrorModel {
    let message: String
}
