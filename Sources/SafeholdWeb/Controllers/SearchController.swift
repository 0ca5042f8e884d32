import Foundation
import Hummingbird
import SafeholdCore

/// Search through every item's words, sender, platform and file name. Results list the items
/// without their words, like every list in the app.
struct SearchController: Sendable {
    let services: WebServices
    static let shown = 200

    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("/search", use: search)
    }

    @Sendable func search(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let query = FormText.line(request.uri.queryParameters.get("q").map { String($0) }, limit: 200)
        let snapshot = try await services.snapshots.snapshot(of: vault)
        let (rows, count) = query.map { snapshot.search($0, limit: Self.shown) } ?? ([], 0)
        let model = SearchModel(
            query: query.map { DisplaySafe.text($0) } ?? "",
            searched: query != nil,
            rows: rows,
            hasRows: !rows.isEmpty,
            countText: Counted.text(count, "item"),
            more: count > rows.count ? count - rows.count : nil)
        return services.pages.page("search", model, context: context)
    }
}

/// The search page.
struct SearchModel {
    let query: String
    let searched: Bool
    let rows: [ItemRow]
    let hasRows: Bool
    /// The count with its noun ("1 item", "3 items").
    let countText: String
    let more: Int?
}
