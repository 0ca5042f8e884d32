import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Safehold
import SafeholdCore
import SafeholdDocuments
import SafeholdGuide
import SafeholdReports
import SafeholdVault

/// Reports for the police or a court, evidence bundles anyone can check, and packets for reporting
/// to a platform. Everything made here is a download; none of it is opened in this app.
struct ReportsController: Sendable {
    let services: WebServices
    let guide: Guide

    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("/reports", use: page)
        group.post("/reports/report", use: report)
        group.post("/reports/bundle", use: bundle)
        group.post("/reports/packet", use: packet)
        group.post("/reports/records", use: record)
    }

    @Sendable func page(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let records = try await Blocking.run { try CaseNotes(vault: vault).current(ReportRecord.self) }
        let model = ReportsModel(
            audiences: Audience.allCases.map { Choice(value: $0.rawValue, label: Self.describe($0), selected: $0 == .police) },
            severities: Self.severities,
            platforms: guide.platforms.map { Choice(value: $0.id.rawValue, label: $0.name, selected: false) },
            kinds: PacketKind.allCases.map { Choice(value: $0.rawValue, label: Self.describe($0), selected: false) },
            records: records.reversed().map(RecordRow.init),
            hasRecords: !records.isEmpty,
            recorded: request.uri.queryParameters.get("recorded") == "1"
        )
        return services.pages.page("reports", model, context: context)
    }

    @Sendable func report(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        guard let audience = Audience(rawValue: context.form["for"] ?? "") else {
            throw WebError(status: .badRequest, message: "Choose who the report is for.")
        }
        let html = context.form["format"] == "html"
        let options = ReportOptions(
            audience: audience, selection: try Self.selection(context.form),
            subject: FormText.line(context.form["name"], limit: 120),
            redact: FormText.list(context.form["redact"]), hideMyDetails: context.form["hide-my-details"] != nil)
        let data = try await Blocking.run { () -> Data in
            let model = try ReportBuilder.model(vault: vault, options: options)
            return html ? Data(HTMLReport.render(model).utf8) : try PDFReport.render(model)
        }
        let name = "report-\(audience.rawValue)-\(Self.today()).\(html ? "html" : "pdf")"
        return Self.download(ByteBuffer(bytes: data), name: name, type: html ? "text/html; charset=utf-8" : "application/pdf")
    }

    @Sendable func bundle(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let selection = try Self.selection(context.form)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("safehold-\(UUID().uuidString)")
        let file = folder.appendingPathComponent("bundle.zip")
        let bytes = try await Blocking.run { () -> [UInt8] in
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let ids = try selection.items(in: vault)
            _ = try BundleWriter.write(try vault.proofs(for: ids), selection: selection.description, to: file) { id in
                var bytes: [UInt8] = []
                try vault.readOriginal(of: id) { bytes += $0 }
                return bytes
            }
            return Array(try Data(contentsOf: file))
        }
        return Self.download(ByteBuffer(bytes: bytes), name: "evidence-\(Self.today()).zip", type: "application/zip")
    }

    @Sendable func packet(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        guard let platform = (context.form["platform"]).flatMap({ Platform($0) }),
            let kind = PacketKind(rawValue: context.form["kind"] ?? "")
        else { throw WebError(status: .badRequest, message: "Choose the platform and what you are reporting.") }
        let guide = guide
        let packet = try await Blocking.run {
            try PacketBuilder.packet(platform: platform, kind: kind, selection: nil, vault: vault, guide: guide)
        }
        return services.pages.page("packet", PacketView(packet), context: context)
    }

    @Sendable func record(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        guard let platform = FormText.line(context.form["platform"], limit: 40).flatMap({ Platform($0) }),
            let kind = PacketKind(rawValue: context.form["kind"] ?? "")
        else { throw WebError(status: .badRequest, message: "Choose the platform and what you reported.") }
        let ids = (context.form["items"] ?? "").split(separator: ",").prefix(10_000).compactMap { UInt64($0) }.map(EvidenceID.init)
        let record = ReportRecord(
            platform: platform.rawValue, kind: kind.rawValue, items: ids, reportedAt: .now(),
            reference: FormText.line(context.form["reference"], limit: 200),
            answer: FormText.lines(context.form["answer"], limit: 2000),
            followUp: FormText.line(context.form["follow-up"], limit: 500))
        try await Blocking.run {
            for id in ids { _ = try vault.item(id) }
            try CaseNotes(vault: vault).save(record, key: CaseNotes.newID(prefix: "r"), about: ids)
        }
        return .redirect(to: "/reports?recorded=1")
    }

    /// Which items: by how serious, platform and dates, all optional.
    static func selection(_ form: [String: String]) throws -> BundleSelection {
        let severity = form["severity"].flatMap { Severity(rawValue: $0) }
        let platform = FormText.line(form["platform"], limit: 40)
        guard platform == nil || Platform(platform!) != nil else {
            throw WebError(status: .badRequest, message: "The platform should be a short name such as instagram.")
        }
        func day(_ key: String, end: Bool) throws -> Timestamp? {
            guard let text = FormText.line(form[key], limit: 10) else { return nil }
            guard let stamp = Timestamp(parsing: text + (end ? "T23:59:59Z" : "T00:00:00Z")) else {
                throw WebError(status: .badRequest, message: "Dates look like 2026-11-24. Nothing was made.")
            }
            return stamp
        }
        return BundleSelection(
            platform: platform.flatMap { Platform($0) }, from: try day("from", end: false), until: try day("until", end: true),
            minimumSeverity: severity == Severity.none ? nil : severity)
    }

    static func download(_ body: ByteBuffer, name: String, type: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
            body: ResponseBody(byteBuffer: body))
    }

    static func today() -> String { String(Timestamp.now().rfc3339.prefix(10)) }

    static let severities = [
        Choice(value: "medium", label: "medium and above (the usual choice)", selected: true),
        Choice(value: "high", label: "high and urgent only", selected: false),
        Choice(value: "urgent", label: "urgent only", selected: false),
        Choice(value: "low", label: "everything with a finding", selected: false),
        Choice(value: "none", label: "every item, found or not", selected: false),
    ]

    static func describe(_ audience: Audience) -> String {
        switch audience {
        case .police: "the police"
        case .court: "a court (for a protection order)"
        case .cps: "child protective services"
        case .lawyer: "a lawyer"
        }
    }

    static func describe(_ kind: PacketKind) -> String {
        switch kind {
        case .harassment: "harassment"
        case .threat: "a threat"
        case .impersonation: "an account pretending to be me"
        case .privateInformation: "my private information posted"
        case .intimateImages: "intimate images shared or threatened"
        }
    }
}
