import Foundation
import Hummingbird
import NIOCore
import Safehold
import SafeholdCore
import SafeholdVault

/// The person's network: followers to look at again, accounts that pretend to be them, and the
/// accounts they enter by hand. Suggestions only; nothing is blocked or removed from here.
struct NetworkController: Sendable {
    let services: WebServices
    /// The most accounts one page lists; the export still takes every one chosen.
    static let shown = 1000

    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("/network", use: audit)
        group.post("/network/export", use: export)
        group.get("/network/impersonation", use: impersonation)
        group.post("/network/accounts", use: addAccount)
        group.post("/network/accounts/:id/remove", use: removeAccount)
    }

    @Sendable func audit(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let now = services.configuration.clock()
        let audited = try await Blocking.run { try NetworkReview(vault: vault, now: now).audit() }
        let ranked = audited.sorted { $0.points > $1.points }
        let model = NetworkModel(
            rows: ranked.filter { $0.suggestion != .keep }.prefix(Self.shown).map(AuditRow.init),
            hasRows: ranked.contains { $0.suggestion != .keep },
            total: audited.count,
            hasAccounts: !audited.isEmpty,
            kept: audited.filter { $0.suggestion == .keep }.count,
            formats: NetworkExportFormat.allCases.map { Choice(value: $0.rawValue, label: Self.describe($0), selected: false) })
        return services.pages.page("network", model, context: context)
    }

    @Sendable func export(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        guard let format = NetworkExportFormat(rawValue: context.form["format"] ?? "") else {
            throw WebError(status: .badRequest, message: "Choose the kind of file.")
        }
        let ids = context.form.keys.filter { $0.hasPrefix("a.") }.map { String($0.dropFirst(2)) }.sorted()
        guard !ids.isEmpty else { throw WebError(status: .badRequest, message: "Tick the accounts to put in the file.") }
        let now = services.configuration.clock()
        let file = try await Blocking.run { () -> NetworkExportFile in
            let chosen = try NetworkExport.select(ids, from: try NetworkReview(vault: vault, now: now).audit())
            return NetworkExport.write(chosen, format: format)
        }
        guard let first = file.files.first, file.files.count == 1 else {
            throw WebError(
                status: .badRequest,
                message: file.files.isEmpty
                    ? "None of the chosen accounts can go into that kind of file (Mastodon's lists take only Mastodon accounts)."
                    : "That is more accounts than one Mastodon file holds. Choose fewer, or use safehold audit export.")
        }
        let (name, type) =
            switch format {
            case .json: ("accounts.json", "application/json")
            case .csv: ("accounts.csv", "text/csv; charset=utf-8")
            case .mastodonBlocks: ("blocked_accounts.csv", "text/csv; charset=utf-8")
            case .mastodonMutes: ("mutes.csv", "text/csv; charset=utf-8")
            }
        return ReportsController.download(ByteBuffer(bytes: first), name: name, type: type)
    }

    @Sendable func impersonation(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let now = services.configuration.clock()
        let (own, candidates, entered) = try await Blocking.run {
            let review = ImpersonationReview(vault: vault, now: now)
            return (try review.ownAccounts(), try review.candidates(), try NetworkAccounts(vault: vault).list())
        }
        let model = ImpersonationModel(
            own: own.map(ShownRow.init),
            hasOwn: !own.isEmpty,
            candidates: candidates.prefix(Self.shown).map(CandidateRow.init),
            hasCandidates: !candidates.isEmpty,
            entered: entered.map(EnteredRow.init),
            hasEntered: !entered.isEmpty,
            added: request.uri.queryParameters.get("added") == "1")
        return services.pages.page("impersonation", model, context: context)
    }

    @Sendable func addAccount(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        guard let role = NetworkAccount.Role(rawValue: context.form["role"] ?? ""), role != .linked,
            let platform = FormText.line(context.form["platform"], limit: 40).flatMap({ Platform($0.lowercased()) }),
            let handle = FormText.line(context.form["handle"], limit: 100)
        else {
            throw WebError(status: .badRequest, message: "Give whose account it is, the platform (such as instagram) and the handle.")
        }
        let account = NetworkAccount(
            role: role, platform: platform, handle: handle,
            name: FormText.line(context.form["name"], limit: NetworkAccounts.maximumNameLength),
            bio: FormText.lines(context.form["bio"], limit: 2000))
        _ = try await Blocking.run { try NetworkAccounts(vault: vault).add(account) }
        return .redirect(to: "/network/impersonation?added=1")
    }

    @Sendable func removeAccount(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let id = context.parameters.get("id") ?? ""
        try await Blocking.run { try NetworkAccounts(vault: vault).remove(id: id) }
        return .redirect(to: "/network/impersonation")
    }

    static func describe(_ format: NetworkExportFormat) -> String {
        switch format {
        case .mastodonBlocks: "Mastodon block list (to import in Mastodon's settings)"
        case .mastodonMutes: "Mastodon mute list"
        case .csv: "spreadsheet (CSV)"
        case .json: "JSON"
        }
    }
}
