import SafeholdCore
import Testing

@Suite("Counted")
struct CountedTests {
    @Test("one takes the singular; none, many and negative numbers the plural")
    func nouns() {
        #expect(Counted.text(1, "item") == "1 item")
        #expect(Counted.text(0, "item") == "0 items")
        #expect(Counted.text(14, "item") == "14 items")
        #expect(Counted.text(2, "new item") == "2 new items")
        #expect(Counted.text(3, "person", "people") == "3 people")
        #expect(Counted.text(1, "person", "people") == "1 person")
        #expect(Counted.text(-1, "item") == "-1 items")
    }
}
