import Foundation
import Hummingbird
import Safehold
import SafeholdCore
import SafeholdVault

/// Importing an export or a file uploaded from the browser, through the same workflow as `safehold import`.
struct ImportController: Sendable {
    let services: WebServices

    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("/import", use: form)
        group.post("/import", use: upload)
        group.get("/import/summary/:token", use: summary)
    }

    @Sendable func form(_ request: Request, context: WebRequestContext) async throws -> Response {
        services.pages.page("import", EmptyModel(), context: context)
    }

    @Sendable func upload(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let folder = try Self.makePrivateFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let received = try await MultipartUpload.receive(
            request,
            csrfToken: context.session?.csrfToken ?? "",
            into: folder,
            maxBytes: services.configuration.maxUploadBytes
        )
        let options = {
            var options = ImportOptions()
            options.recognizeText = services.configuration.recognizeText
            return options
        }()
        let (summary, analysis) = try await Blocking.run { () -> (ImportSummary, AnalysisSummary?) in
            var workflow = try ImportWorkflow(received.file, into: vault, options: options)
            let summary = try workflow.run()
            // New items are looked through at once, so the triage is ready when the summary shows.
            let analysis = try? AnalysisWorkflow(vault: vault, analyzer: try TextAnalyzer.shipped()).run(all: false)
            return (summary, analysis)
        }
        // Post, then redirect to the summary: reloading the summary never uploads the file again, and the
        // page's progress script can follow the redirect to a page of its own.
        let token = Token.random128()
        await services.importSummaries.keep(
            ImportedModel(summary, analysis: analysis), token: token, session: context.session?.id ?? "")
        return .redirect(to: "/import/summary/\(token)")
    }

    @Sendable func summary(_ request: Request, context: WebRequestContext) async throws -> Response {
        let token = context.parameters.get("token") ?? ""
        guard let model = await services.importSummaries.find(token, session: context.session?.id ?? "") else {
            throw WebError(
                status: .notFound,
                message: "This import summary is no longer kept. Everything imported is in the vault: see the items.")
        }
        return services.pages.page("imported", model, context: context)
    }

    /// A new folder only this user can read, for the upload while it is imported.
    static func makePrivateFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "safehold-upload-" + Token.random128()
        )
        try FileManager.default.createDirectory(
            at: folder,
            withIntermediateDirectories: false,
            attributes: [.posixPermissions: 0o700]
        )
        return folder
    }
}

/// The import summary page.
struct ImportedModel {
    let format: String
    let source: String
    let found: [Count]
    let new: [Count]
    let alreadySealed: [Count]
    let filesNew: Int
    let filesAlreadySealed: Int
    let skipped: [Field]
    let hasSkipped: Bool
    let notes: [String]
    /// What looking through the new items found, if it ran.
    let looked: String?
    /// Whether looking through them found anything.
    let lookedFound: Bool

    init(_ summary: ImportSummary, analysis: AnalysisSummary? = nil) {
        lookedFound = !(analysis?.bySeverity.isEmpty ?? true)
        looked = analysis.map { analysis in
            let found = Severity.allCases.compactMap { severity in
                analysis.bySeverity[severity.rawValue].map { "\($0) \(severity.rawValue)" }
            }
            return "Safehold looked through \(Counted.text(analysis.analyzed, "new item"))"
                + (found.isEmpty ? "; nothing needs your attention." : ": \(found.joined(separator: ", ")).")
        }
        func counts(_ map: [String: Int]) -> [Count] {
            map.sorted { $0.key < $1.key }.map { Count(name: $0.key, count: $0.value) }
        }
        format = summary.format
        source = DisplaySafe.text(summary.source)
        found = counts(summary.found)
        new = counts(summary.new)
        alreadySealed = counts(summary.alreadySealed)
        filesNew = summary.filesNew
        filesAlreadySealed = summary.filesAlreadySealed
        skipped = summary.skipped.map { Field(label: DisplaySafe.text($0.path), value: DisplaySafe.text($0.reason)) }
        hasSkipped = !skipped.isEmpty
        notes = summary.notes.map { DisplaySafe.text($0) }
    }
}

/// Import summaries, kept in memory for the session that made them, so the summary has an address of
/// its own (post, then redirect). At most 50 are kept; the oldest go first.
actor ImportSummaries {
    private var kept: [(token: String, session: String, model: ImportedModel)] = []

    func keep(_ model: ImportedModel, token: String, session: String) {
        kept.append((token, session, model))
        if kept.count > 50 { kept.removeFirst(kept.count - 50) }
    }

    func find(_ token: String, session: String) -> ImportedModel? {
        kept.last { $0.token == token && $0.session == session && !session.isEmpty }?.model
    }
}
