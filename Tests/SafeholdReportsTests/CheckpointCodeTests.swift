import Foundation
import SafeholdCore
import SafeholdReports
import SafeholdTestSupport
import SafeholdVault
import Testing

@Suite("Checkpoint codes")
struct CheckpointCodeTests {
    func code(of vault: Vault) throws -> CheckpointCode {
        let last = try #require(try vault.checkpoints().last)
        return CheckpointCode(size: Int(last.size), root: try #require(Hex.decode(last.rootHash)), fingerprint: vault.checkpointKey.fingerprint)
    }

    @Test("a code reads back as written, in any case, and nonsense is refused")
    func roundTrip() throws {
        let written = CheckpointCode(size: 1042, root: Array(0..<32), fingerprint: "1a2b3c4d5e6f")
        #expect(written.description.hasPrefix("SH1-1042-"))
        #expect(written.description.hasSuffix("-1A2B3C4D"))
        #expect(CheckpointCode(written.description) == written)
        #expect(CheckpointCode(" " + written.description.lowercased() + "\n") == written)
        for bad in ["", "SH1", "SH2-1-AAAA-1A2B3C4D", "SH1-0-AAAA-1A2B3C4D", "SH1-5-!!!!-1A2B3C4D", "SH1-5-AA-1A2B3C4D", String(repeating: "A", count: 10_000)] {
            #expect(CheckpointCode(bad) == nil, "\(bad.prefix(20))")
        }
    }

    @Test("a later bundle proves it extends an earlier code; the wrong code or a changed history is caught")
    func laterBundleExtendsEarlierCode() throws {
        let fixture = try BundleFixture()
        let earlier = try code(of: fixture.test.vault)
        _ = try fixture.test.addText("added after the code was sent")
        let later = fixture.test.home.path("later.zip")
        try BundleWriter.write(
            try fixture.test.vault.proofs(for: [fixture.ids[0]], extending: earlier.size), selection: "t", to: later,
            extending: earlier
        ) { id in
            var bytes: [UInt8] = []
            try fixture.test.vault.readOriginal(of: id) { bytes += $0 }
            return bytes
        }
        let report = try BundleVerifier.verify(later, expectedCode: earlier)
        #expect(report.holds, "\(report.problems)")
        #expect(report.extends == earlier.description)

        let other = CheckpointCode(size: earlier.size, root: Array(repeating: 7, count: 32), fingerprint: earlier.keyPrefix)
        let wrong = try BundleVerifier.verify(later, expectedCode: other)
        #expect(!wrong.holds)
        let missing = try BundleVerifier.verify(fixture.bundle, expectedCode: earlier)
        #expect(!missing.holds)

        #expect(throws: SafeholdError.self) {
            try BundleWriter.write(
                try fixture.test.vault.proofs(for: [fixture.ids[0]], extending: other.size), selection: "t",
                to: fixture.test.home.path("never.zip"), extending: other
            ) { _ in [] }
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.test.home.path("never.zip").path))
    }
}
