import Foundation
import Safehold
import SafeholdCore
import SafeholdVault

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `safehold-bench audit N`: a vault with N followers, 10,000 messages either way and 5 own accounts, then
/// `NetworkReview.audit()` and `ImpersonationReview.candidates()` timed at N/4, N/2 and N followers, so that
/// the growth shows. Times include reading the vault; the read alone is printed too. Wall and CPU seconds.
func networkAudit(count: Int) throws {
    for size in [count / 4, count / 2, count] where size > 0 {
        let vault = try networkVault(followers: size, interactions: 10_000)
        let read = try timed { _ = try vault.items() }
        var audited: [AuditedAccount] = []
        let audit = try timed { audited = try NetworkReview(vault: vault).audit() }
        var candidates: [ScoredCandidate] = []
        let impersonation = try timed { candidates = try ImpersonationReview(vault: vault).candidates() }
        let blocks = audited.filter { $0.suggestion == .block }.count
        report("read the vault, \(size) followers + 10,000 messages: wall", read.wall, "s")
        report("read the vault, \(size) followers + 10,000 messages: CPU", read.cpu, "s")
        report("audit \(size) followers (\(blocks) block): wall", audit.wall, "s")
        report("audit \(size) followers (\(blocks) block): CPU", audit.cpu, "s")
        report("impersonation \(size) candidates × 5 own (\(candidates.count) found): wall", impersonation.wall, "s")
        report("impersonation \(size) candidates × 5 own (\(candidates.count) found): CPU", impersonation.cpu, "s")
        try? FileManager.default.removeItem(at: vault.directory)
    }
    report("peak memory", peakRSSMegabytes(), "MB")
}

/// Followers `f0…`, some of them look-alikes of the person's handles, and messages with the first ones.
func networkVault(followers: Int, interactions: Int) throws -> Vault {
    let vault = try freshVault()
    for handle in ["sam.rivera", "samrivera", "sam_r", "riverasam", "sam.runs"] {
        try NetworkAccounts(vault: vault).add(
            NetworkAccount(role: .mine, platform: Platform("instagram")!, handle: handle, name: "Sam Rivera")
        )
    }
    let container = try vault.seal([textItem(randomBytes(1 << 16))])[0].record.id
    let owner = AccountRef(handle: "sam.rivera")
    var parts: [NewPart] = []
    for index in 0..<(followers + interactions) {
        let handle = index % 1000 == 7 ? "sam.rivera\(index)" : "f\(index % followers)_person"
        var record = NormalizedRecord(
            kind: index < followers ? .relationship : .message,
            platform: Platform("instagram")!,
            location: RecordLocation(path: "followers_1.json", offset: UInt64(index * 64), length: 64)
        )
        if index < followers {
            record.relationship = .follower
            record.author = owner
            record.recipients = [AccountRef(handle: handle)]
        } else {
            let other = AccountRef(handle: "f\(index % followers)_person")
            record.author = index % 2 == 0 ? owner : other
            record.recipients = [index % 2 == 0 ? other : owner]
            record.text = "see you at \(index)"
        }
        parts.append(
            NewPart(
                container: container,
                offset: UInt64(index * 64),
                bytes: randomBytes(64),
                mediaType: MediaType("application/json"),
                source: ItemSource(kind: .export, fileName: "ig.zip", importer: "bench", importerVersion: "1"),
                details: ItemDetails(),
                record: record
            )
        )
        if parts.count == 5_000 {
            _ = try vault.seal(parts: parts)
            parts.removeAll(keepingCapacity: true)
        }
    }
    if !parts.isEmpty { _ = try vault.seal(parts: parts) }
    return vault
}

/// Wall-clock and process CPU seconds (all threads) of a piece of work: on a shared machine the CPU figure is
/// the steadier one.
func timed(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    func cpuNow() -> Double { Double(clock()) / Double(CLOCKS_PER_SEC) }
    let cpuStart = cpuNow()
    let wall = try seconds(body)
    return (wall, cpuNow() - cpuStart)
}
