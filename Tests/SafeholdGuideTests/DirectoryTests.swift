import Testing

@testable import SafeholdGuide

@Suite("Looking up the directory of help")
struct DirectoryTests {
    let guide: Guide

    init() throws { guide = try Guide.shipped() }

    @Test("a country's own entries come before international ones, open before closed")
    func order() {
        let entries = guide.directory(country: "us", need: .onlineHarassment)
        let firstInternational = entries.firstIndex { !$0.countries.contains("US") } ?? entries.count
        #expect(entries.prefix(firstInternational).allSatisfy { $0.countries.contains("US") })
        let firstClosed = entries.firstIndex { $0.status == .closed } ?? entries.count
        #expect(entries[firstClosed...].allSatisfy { $0.status == .closed })
        #expect(entries.last?.id == "int-crash-override-network")
    }

    @Test("UK and gb both mean the United Kingdom")
    func aliases() {
        #expect(guide.directory(country: "UK", need: nil) == guide.directory(country: "gb", need: nil))
        #expect(guide.emergencyNumbers(country: "uk")?.numbers.first?.value == "999")
    }

    @Test("a country the guide does not cover still gets international help")
    func unknownCountry() {
        let entries = guide.directory(country: "ZZ", need: nil)
        #expect(!entries.isEmpty)
        #expect(entries.allSatisfy { $0.countries.contains(.international) })
        #expect(guide.emergencyNumbers(country: "ZZ") == nil)
    }

    @Test("filtering by need returns only that need", arguments: HelpNeed.allCases)
    func need(_ need: HelpNeed) {
        let entries = guide.directory(country: nil as String?, need: need)
        #expect(!entries.isEmpty)
        #expect(entries.allSatisfy { $0.needs.contains(need) })
    }

    @Test("no filter returns every entry once")
    func everything() {
        let entries = guide.directory(country: nil as String?, need: nil)
        #expect(Set(entries.map(\.id)).count == guide.directory.count)
    }

    @Test(
        "the emergency numbers named in the brief are present",
        arguments: [
            ("US", "911"), ("CA", "911"), ("GB", "999"), ("GB", "112"), ("AU", "000"), ("NZ", "111"), ("IE", "112"),
            ("DE", "112"), ("FR", "112"), ("ES", "112"), ("IN", "112"), ("EU", "112"),
        ]
    )
    func emergency(_ country: String, _ number: String) {
        #expect(guide.emergencyNumbers(country: country)?.numbers.contains { $0.value == number } == true)
    }

    @Test("hostile country strings do not crash and find only international help")
    func hostileCountry() {
        for text in ["", String(repeating: "😀", count: 100_000), "../../etc", "g\u{0}b"] {
            #expect(guide.directory(country: text, need: nil).allSatisfy { $0.countries.contains(.international) })
        }
    }
}
