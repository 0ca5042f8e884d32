import Testing

@testable import Safehold

@Suite("DateFinder")
struct DateFinderTests {
    @Test(
        "Real calendar days are dates, impossible ones are not",
        arguments: [
            (29, 2, 2000, true), (29, 2, 1900, false), (29, 2, 1988, true), (31, 4, 1990, false),
            (31, 12, 1999, true), (0, 5, 1987, false), (12, 13, 1987, false), (12, 5, 1850, false),
        ]
    )
    func calendarDays(day: Int, month: Int, year: Int, expected: Bool) {
        #expect(DateFinder.isDate(day: day, month: month, year: year) == expected)
    }

    @Test(
        "Dates written in the usual ways are found",
        arguments: [
            "12/05/1987", "1987-05-12", "05121987", "19870512", "may 12 1987", "12 may 1987",
            "12th of may", "may 1987", "5.12.87", "12-05-87", "12 05 1987",
        ]
    )
    func datesAreFound(text: String) {
        #expect(DateFinder.containsDate(Array(text)))
    }

    @Test(
        "Number runs that are no date are not found",
        arguments: [
            "12345678", "42", "1987", "12 05 87", "10.0.0.1", "99/99/1999", "31/02/1990", "may", "maybe 12",
        ]
    )
    func nonDatesAreNotFound(text: String) {
        #expect(!DateFinder.containsDate(Array(text)))
    }
}
