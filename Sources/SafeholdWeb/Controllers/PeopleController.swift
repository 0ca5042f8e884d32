import Foundation
import Hummingbird
import Safehold
import SafeholdCore
import SafeholdVault

/// The people the person names: the abuser, people acting with them, and people they trust.
struct PeopleController: Sendable {
    let services: WebServices

    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("/people", use: list)
        group.post("/people", use: add)
        group.post("/people/:key/remove", use: remove)
    }

    @Sendable func list(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await page(context: context, message: nil, status: .ok)
    }

    @Sendable func add(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        guard let role = KnownPerson.Role(rawValue: context.form["role"] ?? "") else {
            return try await page(context: context, message: "Choose who they are to you.", status: .badRequest)
        }
        let platformText = FormText.line(context.form["platform"], limit: 40)
        let platform = platformText.flatMap { Platform($0.lowercased()) }
        if platformText != nil && platform == nil {
            return try await page(
                context: context, message: "The platform should be a short name such as instagram, x or whatsapp.",
                status: .badRequest)
        }
        let handle = FormText.line(context.form["handle"], limit: 100)
        let name = FormText.line(context.form["name"], limit: 200)
        guard handle != nil || name != nil else {
            return try await page(context: context, message: "Give their handle, their name, or both.", status: .badRequest)
        }
        let person = KnownPerson(role: role, platform: platform, handle: handle, name: name)
        _ = try await Blocking.run { try CaseNotes(vault: vault).addPerson(person) }
        return .redirect(to: "/people?added=1")
    }

    @Sendable func remove(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let key = context.parameters.get("key") ?? ""
        try await Blocking.run { try CaseNotes(vault: vault).remove(KnownPerson.self, key: key, describedAs: "person") }
        return .redirect(to: "/people")
    }

    private func page(context: WebRequestContext, message: String?, status: HTTPResponse.Status) async throws -> Response {
        let vault = try context.vault()
        let people = try await Blocking.run { try CaseNotes(vault: vault).people() }
        let model = PeopleModel(
            rows: people.map { PersonRow(key: $0.key, person: $0.value) },
            hasRows: !people.isEmpty,
            message: message,
            roles: KnownPerson.Role.allCases.map { RoleOption(value: $0.rawValue, label: PersonRow.describe($0)) }
        )
        return services.pages.page("people", model, context: context, status: status)
    }
}

/// The people page.
struct PeopleModel {
    let rows: [PersonRow]
    let hasRows: Bool
    let message: String?
    let roles: [RoleOption]
}

/// One choice of role in the form.
struct RoleOption {
    let value: String
    let label: String
}

/// One person as the page lists them.
struct PersonRow {
    let key: String
    let role: String
    let handle: String
    let name: String
    let platform: String

    init(key: String, person: KnownPerson) {
        self.key = key
        role = Self.describe(person.role)
        handle = person.handle.map { "@" + DisplaySafe.text($0) } ?? ""
        name = person.name.map { DisplaySafe.text($0) } ?? ""
        platform = person.platform?.displayName ?? "any platform"
    }

    static func describe(_ role: KnownPerson.Role) -> String {
        switch role {
        case .abuser: "the person harassing me"
        case .ally: "someone acting with them or for them"
        case .trusted: "someone I trust"
        }
    }
}
