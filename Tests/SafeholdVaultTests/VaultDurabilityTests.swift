import Foundation
import SafeholdCore
import SafeholdTestSupport
import Testing

@testable import SafeholdVault

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Crashes, two writers and a full disk, driven through the `safehold-test-probe` program so that a
/// real process can be killed mid-write.
@Suite("Vault: crashes, concurrent writers and a full disk", .serialized)
struct VaultDurabilityTests {
    static func probe() throws -> URL {
        try #require(Executables.url(named: "safehold-test-probe"), "build the package first: swift build")
    }

    /// Starts a writer, lets it run `delay` seconds, kills it with SIGKILL, and returns what it had
    /// reported as committed.
    static func killWriter(vault: URL, tag: String, delay: Double) throws -> [String: String] {
        let process = Process()
        process.executableURL = try probe()
        process.arguments = ["writer", vault.path, "100000", tag]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let lines = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(
            separator: "\n"
        )
        var committed = [String: String]()
        for line in lines {
            let parts = line.split(separator: " ")
            if parts.count == 3, parts[0] == "sealed" { committed[String(parts[1])] = String(parts[2]) }
        }
        return committed
    }

    @Test("killing a writer at any moment leaves a vault that opens, passes check and holds every completed add")
    func sigkillDuringAdds() throws {
        let test = try TestVault()
        var committed = [String: String]()
        for (round, delay) in [0.05, 0.13, 0.21, 0.34, 0.55, 0.89, 0.4, 0.27].enumerated() {
            committed.merge(try Self.killWriter(vault: test.directory, tag: "round\(round)", delay: delay)) { a, _ in a
            }
            let vault = try test.reopen()
            #expect(vault.problems.isEmpty, "after round \(round): \(vault.problems)")
            let report = try vault.check()
            #expect(report.isIntact, "after round \(round): \(report.problems)")
            let texts = Set(
                try vault.items().map { record -> String in
                    var bytes = [UInt8]()
                    try vault.readOriginal(of: record.id) { bytes += $0 }
                    return String(decoding: bytes, as: UTF8.self)
                }
            )
            for text in committed.keys { #expect(texts.contains(text), "\(text) was reported sealed but is missing") }
        }
        #expect(committed.count > 20, "the writers should have sealed something before being killed")
    }

    @Test("two processes writing at once take turns and corrupt nothing")
    func twoWriters() throws {
        let test = try TestVault()
        let probe = try Self.probe()
        let processes = try ["left", "right"].map { tag -> (Process, Pipe) in
            let process = Process()
            process.executableURL = probe
            process.arguments = ["writer", test.directory.path, "60", tag]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            return (process, pipe)
        }
        for (process, pipe) in processes {
            _ = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let vault = try test.reopen()
        let items = try vault.items()
        #expect(items.count == 120)
        #expect(Set(items.map(\.id)).count == 120)
        #expect(try vault.check().isIntact)
    }

    #if os(Linux)
        @Test("a full disk gives a clear error and loses nothing already sealed")
        func fullDisk() throws {
            let home = try TemporaryDirectory()
            let disk = home.path("disk")
            try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
            // A 3 MB tmpfs in a private mount namespace; unshare needs no root on Linux.
            let script = "mount -t tmpfs -o size=3m tmpfs \"$1\" && exec \"$2\" disk-full \"$1\""
            let result = try Tools.run(
                "unshare",
                ["-Urm", "sh", "-c", script, "sh", disk.path, try Self.probe().path],
                in: home.url
            )
            #expect(result.status == 0, "probe said: \(result.stderr)")
            let report = try JSONDecoder().decode([String: String].self, from: Data(result.stdout.utf8))
            #expect(report["errorCode"] == "disk-full", "\(report)")
            #expect(report["errorMessage"]?.contains("Nothing already in the vault was lost") == true)
            #expect(Int(report["sealed"] ?? "0")! > 5)
            #expect(report["readable"] == report["sealed"])
            #expect(report["intact"] == "true", "damage: \(report["damage"] ?? "")")
        }
    #endif
}
