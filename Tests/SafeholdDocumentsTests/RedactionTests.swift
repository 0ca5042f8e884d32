import Testing

@testable import SafeholdDocuments

@Suite("Redaction")
struct RedactionTests {
    @Test("replaces spans and records where the markers sit")
    func replaces() {
        let result = Redaction.apply(
            to: "Mia lives at 4 Elm Road",
            spans: [
                RedactionSpan(range: ScalarRange(start: 13, end: 23), label: "address"),
                RedactionSpan(range: ScalarRange(start: 0, end: 3), label: "name"),
            ]
        )
        #expect(result.text == "[redacted: name] lives at [redacted: address]")
        let scalars = Array(result.text.unicodeScalars)
        let shown = result.markers.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(shown == ["[redacted: name]", "[redacted: address]"])
    }

    @Test("clips spans that overlap or run past the end")
    func clips() {
        let result = Redaction.apply(
            to: "abcdef",
            spans: [
                RedactionSpan(range: ScalarRange(start: 1, end: 4), label: "x"),
                RedactionSpan(range: ScalarRange(start: 2, end: 99), label: "y"),
            ]
        )
        #expect(result.text == "a[redacted: x][redacted: y]")
        #expect(result.markers.count == 2)
    }

    @Test("counts offsets in Unicode scalars")
    func scalars() {
        let result = Redaction.apply(
            to: "😡 Ana 😡",
            spans: [RedactionSpan(range: ScalarRange(start: 2, end: 5), label: "name")]
        )
        #expect(result.text == "😡 [redacted: name] 😡")
    }
}
