import Foundation
import Safehold
import SafeholdCore
import SafeholdDocuments
import SafeholdReports
import SafeholdVault

/// A bundle and a report of `count` exhibits: the time to write each, their size, and `verify`'s time.
func bundleAndReport(count: Int) throws {
    let vault = try freshVault()
    var items: [NewItem] = []
    for index in 0..<count {
        items.append(textItem(Array("Message \(index): I know where you live and I will find you. ".utf8) + randomBytes(200).map { 0x61 + $0 % 26 }))
        if items.count == 5_000 {
            _ = try vault.seal(items)
            items.removeAll()
        }
    }
    if !items.isEmpty { _ = try vault.seal(items) }
    let ids = try vault.items().map(\.id)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("safehold-bench-bundle-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let bundle = folder.appendingPathComponent("bundle.zip")
    let writeTime = try seconds {
        try BundleWriter.write(try vault.proofs(for: ids), selection: "bench", to: bundle) { id in
            var bytes: [UInt8] = []
            try vault.readOriginal(of: id) { bytes += $0 }
            return bytes
        }
    }
    report("bundle of \(count) items: write", writeTime, "s")
    let size = (try FileManager.default.attributesOfItem(atPath: bundle.path)[.size] as? NSNumber)?.doubleValue ?? 0
    report("bundle of \(count) items: size", size / 1_048_576, "MB")
    var holds = false
    report("bundle of \(count) items: verify", try seconds { holds = try BundleVerifier.verify(bundle).holds }, "s")
    precondition(holds, "the benchmark bundle must verify")
    let options = ReportOptions(audience: .police, selection: BundleSelection(), subject: nil, redact: [], hideMyDetails: false)
    var model: ReportModel?
    report("report of \(count) exhibits: build model", try seconds { model = try ReportBuilder.model(vault: vault, options: options) }, "s")
    var pdf = Data()
    report("report of \(count) exhibits: PDF", try seconds { pdf = try PDFReport.render(model!) }, "s")
    report("report of \(count) exhibits: PDF size", Double(pdf.count) / 1_048_576, "MB")
    var html = ""
    report("report of \(count) exhibits: HTML", seconds { html = HTMLReport.render(model!) }, "s")
    report("report of \(count) exhibits: HTML size", Double(html.utf8.count) / 1_048_576, "MB")
}
