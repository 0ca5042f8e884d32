import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Safehold
import SafeholdCore
import SafeholdVault

/// The items list, one item, revealing its text, and downloading its original.
struct ItemsController: Sendable {
    let services: WebServices
    static let pageSize = 50

    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("/items", use: list)
        group.get("/items/:id", use: show)
        group.post("/items/:id/reveal", use: reveal)
        group.get("/items/:id/original", use: original)
    }

    @Sendable func list(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let page = min(max(1, request.uri.queryParameters.get("page", as: Int.self) ?? 1), 10_000_000)
        let rows = try await services.snapshots.snapshot(of: vault).rows
        let newestFirst = rows.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize)
        let model = ItemsModel(
            rows: Array(newestFirst),
            total: rows.count,
            page: page,
            previous: page > 1 ? page - 1 : nil,
            next: page * Self.pageSize < rows.count ? page + 1 : nil
        )
        return services.pages.page("items", model, context: context)
    }

    @Sendable func show(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await item(context: context, reveal: false)
    }

    @Sendable func reveal(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await item(context: context, reveal: true)
    }

    @Sendable func original(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let id = try Self.itemID(context)
        _ = try await Blocking.run { try vault.item(id) }
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: ByteBuffer.self)
        DispatchQueue.global().async {
            do {
                try vault.readOriginal(of: id) { continuation.yield(ByteBuffer(bytes: $0)) }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        // Every original is a download, never a page of this app: imported HTML or SVG could
        // otherwise run as this app.
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/octet-stream",
                .contentDisposition: "attachment; filename=\"item-\(id).bin\"",
            ],
            body: ResponseBody(asyncSequence: stream)
        )
    }

    private func item(context: WebRequestContext, reveal: Bool) async throws -> Response {
        let vault = try context.vault()
        let id = try Self.itemID(context)
        let (record, text, finding) = try await Blocking.run { () -> (CaptureRecord, String?, Finding?) in
            let record = try vault.item(id)
            let finding = try TriageQueue(vault: vault).finding(for: id)
            return (record, reveal ? try Self.text(of: record, in: vault) : nil, finding)
        }
        let model = ItemModel(
            id: id.description,
            fields: ItemText.fields(record),
            technical: ItemText.technical(record),
            canReveal: ItemText.hasText(record) && !reveal,
            segments: text.map { FindingView.segments(String($0.prefix(ItemText.shownCharacters)), finding) } ?? [],
            revealed: text != nil,
            textCut: (text?.count ?? 0) > ItemText.shownCharacters,
            finding: finding.flatMap { $0.severity == .none ? nil : FindingView($0) }
        )
        return services.pages.page("item", model, context: context)
    }

    static func text(of record: CaptureRecord, in vault: Vault) throws -> String? {
        if let text = record.record?.text { return text }
        guard record.mediaType == .plainText else { return nil }
        var bytes = [UInt8]()
        try vault.readOriginal(of: record.id) { chunk in
            if bytes.count < ItemText.shownCharacters * 4 { bytes += chunk }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func itemID(_ context: WebRequestContext) throws -> EvidenceID {
        guard let text = context.parameters.get("id"), let id = EvidenceID(parsing: text) else {
            throw WebError.notFound
        }
        return id
    }
}

/// The items list page.
struct ItemsModel {
    let rows: [ItemRow]
    let total: Int
    let page: Int
    let previous: Int?
    let next: Int?
}

extension WebRequestContext {
    /// The unlocked vault of this session; ``RequireUnlocked`` makes sure there is one.
    func vault() throws -> Vault {
        guard let vault = session?.access?.vault else { throw WebError.notFound }
        return vault
    }
}
