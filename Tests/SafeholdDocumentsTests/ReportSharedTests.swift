import Testing

@testable import SafeholdDocuments

@Suite("ChartData")
struct ChartDataTests {
    private func model(_ days: [DayCount]) -> ReportModel {
        ReportModel(
            audience: .lawyer,
            title: "t",
            subject: "the person",
            period: ReportPeriod(from: "2026-01-01", to: "2026-12-31"),
            kindCounts: [ReportCount(label: "Threat", count: 1)],
            incidentsByDay: days
        )
    }

    @Test("fills empty days and stacks kinds in legend order")
    func daily() {
        let data = ChartData(
            model([
                DayCount(date: "2026-03-01", kind: "Insult", count: 2),
                DayCount(date: "2026-03-04", kind: "Threat", count: 1),
            ])
        )
        #expect(data.kinds == ["Threat", "Insult"])
        #expect(data.daysPerBucket == 1)
        #expect(data.buckets.map(\.counts) == [[0, 2], [0, 0], [0, 0], [1, 0]])
    }

    @Test("groups a long period into weeks or longer and never draws more than sixty bars")
    func grouping() {
        let data = ChartData(
            model([
                DayCount(date: "2026-01-01", kind: "Threat", count: 1),
                DayCount(date: "2026-05-01", kind: "Threat", count: 1),
            ])
        )
        #expect(data.daysPerBucket == 7)
        #expect(data.buckets.reduce(0) { $0 + $1.total } == 2)
        let wide = ChartData(
            model([
                DayCount(date: "0001-01-01", kind: "Threat", count: 1),
                DayCount(date: "9999-12-31", kind: "Threat", count: 1),
            ])
        )
        #expect(wide.buckets.count <= ChartData.maxBuckets)
    }

    @Test("leaves out unreadable dates and counts below one")
    func hostileEntries() {
        let data = ChartData(
            model([
                DayCount(date: "<script>", kind: "Threat", count: 5),
                DayCount(date: "2026-13-40", kind: "Threat", count: 5),
                DayCount(date: "2026-02-02", kind: "Threat", count: -7),
            ])
        )
        #expect(data.buckets.isEmpty)
        #expect(HTMLChart.svg(data).contains("No incidents with a date"))
    }
}

@Suite("ReportDates")
struct ReportDatesTests {
    @Test(
        "shows ISO dates in plain words without changing the time zone",
        arguments: [
            ("2026-03-04T21:13:05Z", "4 March 2026, 21:13:05 UTC"),
            ("2026-03-04T21:13:05.123+01:00", "4 March 2026, 21:13:05 UTC+01:00"),
            ("2026-03-04T21:13", "4 March 2026, 21:13 (no time zone given)"), ("2026-03-04", "4 March 2026"),
            ("yesterday", "yesterday"),
        ]
    )
    func display(input: String, expected: String) {
        #expect(ReportDates.display(input) == expected)
    }

    @Test("converts between ISO days and day numbers both ways")
    func dayNumbers() {
        #expect(ReportDates.dayNumber("1970-01-01") == 0)
        #expect(ReportDates.dayNumber("2026-03-01") == ReportDates.dayNumber("2026-02-28")! + 1)
        for day in stride(from: -719_000, to: 2_930_000, by: 9_973) {  // years 0001 to 9999
            #expect(ReportDates.dayNumber(ReportDates.isoDay(day)) == day)
        }
    }
}
