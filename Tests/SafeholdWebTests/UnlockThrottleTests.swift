import Foundation
import HTTPTypes
import HummingbirdTesting
import SafeholdTestSupport
import SafeholdVault
import Testing

@testable import SafeholdWeb

@Suite("Failed unlocks slow down, survive a restart, and never harm the vault")
struct UnlockThrottleTests {
    @Test("the first tries are free, then each wait doubles up to fifteen minutes")
    func schedule() {
        #expect((0..<3).map(UnlockThrottle.wait(afterFailures:)) == [0, 0, 0])
        #expect((3..<7).map(UnlockThrottle.wait(afterFailures:)) == [2, 4, 8, 16])
        #expect(UnlockThrottle.wait(afterFailures: 40) == 15 * 60)
        #expect(UnlockThrottle.wait(afterFailures: Int.max) == 15 * 60)
    }

    @Test("the count is kept in a file beside the vault and read again after a restart")
    func survivesRestart() async throws {
        let home = try TemporaryDirectory()
        let vault = home.path("vault")
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let first = UnlockThrottle(vaultDirectory: vault)
        for attempt in 0..<4 {
            let time = now.addingTimeInterval(Double(attempt - 3) * 100)
            #expect(await first.begin(now: time) == .allowed)
            await first.finish(.wrongPassphrase, now: time)
        }
        #expect(FileManager.default.fileExists(atPath: home.path("vault.unlock-delay.json").path))
        let restarted = UnlockThrottle(vaultDirectory: vault)
        #expect(await restarted.current?.failures == 4)
        #expect(await restarted.begin(now: now.addingTimeInterval(3)) == .wait(until: now.addingTimeInterval(4)))
        #expect(await restarted.begin(now: now.addingTimeInterval(4)) == .allowed)
        await restarted.finish(.opened, now: now)
        #expect(!FileManager.default.fileExists(atPath: home.path("vault.unlock-delay.json").path))
        #expect(await UnlockThrottle(vaultDirectory: vault).current == nil)
    }

    @Test("one try at a time, and a clock set back does not lock the person out")
    func busyAndClockBack() async throws {
        let home = try TemporaryDirectory()
        let throttle = UnlockThrottle(vaultDirectory: home.path("vault"))
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(await throttle.begin(now: now) == .allowed)
        #expect(await throttle.begin(now: now) == .busy)
        await throttle.finish(.notCounted, now: now)
        for _ in 0..<5 {
            _ = await throttle.begin(now: now.addingTimeInterval(3600))
            await throttle.finish(.wrongPassphrase, now: now.addingTimeInterval(3600))
        }
        // The clock now reads an hour earlier than the last failure.
        #expect(await throttle.begin(now: now) == .wait(until: now.addingTimeInterval(8)))
    }

    @Test("through the app: wrong passphrases slow down, the vault stays whole and still opens")
    func throughTheApp() async throws {
        let vault = try TestVault()
        try vault.addText("kept safe")
        let before = try FileManager.default.contentsOfDirectory(atPath: vault.directory.path).sorted()
        var fixture = WebFixture(vault: vault)
        // A frozen clock: on a busy machine the two-second wait could otherwise run out between
        // the fourth wrong passphrase and the right one, and the test would see the vault open.
        let frozen = Date()
        fixture.configuration.clock = { frozen }
        try await fixture.run { browser in
            _ = try await browser.get("/unlock")
            var last = ""
            for attempt in 1...4 {
                let response = try await browser.post("/unlock", ["passphrase": "wrong guess number \(attempt)"])
                #expect(response.status == .forbidden)
                last = response.text
            }
            #expect(last.contains("You can try again in"))
            let refused = try await browser.post("/unlock", ["passphrase": "copper lantern walks quietly north"])
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("waits a little longer"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: vault.directory.path).sorted() == before)
        #expect(try vault.reopen().itemCount == 1)
    }
}
