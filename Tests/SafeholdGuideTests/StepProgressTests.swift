import Foundation
import Testing

@testable import SafeholdGuide

@Suite("Step progress records")
struct StepProgressTests {
    @Test("progress encodes with stable status names and reads back", arguments: StepProgress.Status.allCases)
    func roundTrip(_ status: StepProgress.Status) throws {
        let progress = StepProgress(
            stepID: "save-evidence",
            status: status,
            note: "asked a friend",
            updatedAt: Date(timeIntervalSince1970: 1_790_000_000)
        )
        let data = try JSONEncoder().encode(progress)
        #expect(String(decoding: data, as: UTF8.self).contains(#""status":"\#(status.rawValue)""#))
        #expect(try JSONDecoder().decode(StepProgress.self, from: data) == progress)
    }

    @Test("not started is written with a hyphen")
    func names() {
        #expect(StepProgress.Status.notStarted.rawValue == "not-started")
    }
}
