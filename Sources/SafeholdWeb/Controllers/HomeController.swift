import Foundation
import Hummingbird
import SafeholdCore
import SafeholdVault

/// The home page: what the vault holds, and what is still to come, said plainly.
struct HomeController: Sendable {
    let services: WebServices

    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("/", use: home)
    }

    @Sendable func home(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let items = try await Blocking.run { try vault.items() }
        var kinds: [String: Int] = [:]
        var platforms = Set<String>()
        for item in items {
            kinds[ItemText.kind(of: item), default: 0] += 1
            if let platform = item.details.platform?.rawValue ?? item.record?.platform.rawValue {
                platforms.insert(platform)
            }
        }
        let model = HomeModel(
            total: items.count,
            counts: kinds.sorted { $0.key < $1.key }.map { Count(name: $0.key, count: $0.value) },
            platforms: platforms.sorted().joined(separator: ", "),
            damaged: vault.problems.contains { $0.severity == .damage }
        )
        return services.pages.page("home", model, context: context)
    }
}

/// The home page's figures.
struct HomeModel {
    let total: Int
    let counts: [Count]
    let platforms: String
    let damaged: Bool
}

/// How many items of one kind.
struct Count {
    let name: String
    let count: Int
}
