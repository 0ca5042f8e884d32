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
        let summary = try await Blocking.run {
            var workflow = try ImportWorkflow(received.file, into: vault, options: options)
            return try workflow.run()
        }
        return services.pages.page("imported", ImportedModel(summary), context: context)
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

    init(_ summary: ImportSummary) {
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
