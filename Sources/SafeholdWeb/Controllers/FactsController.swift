import Foundation
import Hummingbird
import Safehold
import SafeholdCore
import SafeholdFacts
import SafeholdVault

/// Protected facts: the details the person wants to know about if they are ever posted. They are
/// shown masked; the page never echoes what was typed, not even in an error.
struct FactsController: Sendable {
    let services: WebServices

    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("/facts", use: list)
        group.post("/facts", use: add)
        group.post("/facts/:key/remove", use: remove)
    }

    @Sendable func list(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await page(context: context, message: nil, status: .ok)
    }

    @Sendable func add(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        guard let kind = FactKind(rawValue: context.form["kind"] ?? "") else {
            return try await page(context: context, message: "Choose what kind of detail it is.", status: .badRequest)
        }
        guard let value = FormText.line(context.form["value"], limit: 300) else {
            return try await page(context: context, message: "Nothing was typed, so nothing was added.", status: .badRequest)
        }
        let fact = ProtectedFact(kind: kind, value: value, aliases: FormText.list(context.form["aliases"]))
        _ = try await Blocking.run { try CaseNotes(vault: vault).addFact(fact) }
        return .redirect(to: "/facts?added=1")
    }

    @Sendable func remove(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let key = context.parameters.get("key") ?? ""
        try await Blocking.run { try CaseNotes(vault: vault).remove(ProtectedFactNote.self, key: key, describedAs: "fact") }
        return .redirect(to: "/facts")
    }

    private func page(context: WebRequestContext, message: String?, status: HTTPResponse.Status) async throws -> Response {
        let vault = try context.vault()
        let facts = try await Blocking.run { try CaseNotes(vault: vault).facts() }
        let model = FactsModel(
            rows: facts.map { FactRow(key: $0.id, kind: $0.fact.kind.rawValue, masked: DisplaySafe.text($0.fact.masked)) },
            hasRows: !facts.isEmpty,
            message: message,
            kinds: FactKind.allCases.map { RoleOption(value: $0.rawValue, label: Self.describe($0)) }
        )
        return services.pages.page("facts", model, context: context, status: status)
    }

    static func describe(_ kind: FactKind) -> String {
        switch kind {
        case .address: "home address"
        case .phone: "phone number"
        case .email: "email address"
        case .name: "a name (yours, a child's, a family member's)"
        case .workplace: "workplace"
        case .school: "school (yours or a child's)"
        case .plate: "car number plate"
        case .handle: "an account name"
        default: "something else"
        }
    }
}

/// The protected facts page.
struct FactsModel {
    let rows: [FactRow]
    let hasRows: Bool
    let message: String?
    let kinds: [RoleOption]
}

/// One fact, masked.
struct FactRow {
    let key: String
    let kind: String
    let masked: String
}
