import SafeholdFacts
import Testing

/// Inputs an abuser could craft to crash or stall the matchers; the tests check correctness only (no crash,
/// the real fact still found), and each finishes quickly because the matchers are linear.
@Suite("Hostile input")
struct HostileInputTests {
    static let facts = [
        ProtectedFact(kind: .phone, value: "+1 415 555 0134"),
        ProtectedFact(kind: .name, value: "Maria Lopez", aliases: ["Mari"]),
        ProtectedFact(kind: .email, value: "maria@example.org"),
        ProtectedFact(kind: .address, value: "1428 Elm Street, Springfield IL 62704"),
        ProtectedFact(kind: .plate, value: "7ABC123"),
    ]
    static let matcher = FactMatcher(facts: facts)
    static let scanner = try! PIIScanner.shipped()

    static let inputs: [(String, String)] = [
        ("a 1 MB line", String(repeating: "abcdefghij ", count: 100_000)),
        ("100k digits in a row", String(repeating: "4", count: 100_000)),
        ("100k emoji", String(repeating: "👩🏽‍❤️‍💋‍👨🏻", count: 20_000)),
        ("100k zero-width characters", String(repeating: "\u{200B}", count: 100_000)),
        ("nested brackets", String(repeating: "([{<", count: 50_000) + String(repeating: ">}])", count: 50_000)),
        ("100k at signs", String(repeating: "a@", count: 50_000)),
        ("dotted digits", String(repeating: "1.", count: 60_000)),
        ("colons and hex", String(repeating: "a:", count: 60_000)),
        ("spaced single letters", String(repeating: "m a ", count: 50_000)),
        ("number words", String(repeating: "five ", count: 40_000)),
        ("street words", String(repeating: "12 Elm St ", count: 20_000)),
        ("degree signs", String(repeating: "1°", count: 50_000)),
        ("combining marks", "a" + String(repeating: "\u{0301}", count: 100_000)),
    ]

    @Test("the matcher survives hostile text and still finds a fact after it", arguments: inputs.indices)
    func matcher(_ index: Int) {
        let (_, junk) = Self.inputs[index]
        let text = junk + " call 415-555-0134 "
        let matches = Self.matcher.matches(in: text)
        let scalars = text.unicodeScalars.count
        #expect(matches.contains { $0.kind == .phone && $0.end == scalars - 1 })
        #expect(matches.allSatisfy { $0.start >= 0 && $0.end <= scalars && $0.start < $0.end })
    }

    @Test("the PII scanner survives hostile text and still finds an email after it", arguments: inputs.indices)
    func scanner(_ index: Int) {
        let (_, junk) = Self.inputs[index]
        let text = junk + " write to someone@example.org"
        let entities = Self.scanner.scan(text)
        let scalars = text.unicodeScalars.count
        #expect(entities.contains { $0.type == .email && $0.end == scalars })
        #expect(entities.allSatisfy { $0.start >= 0 && $0.end <= scalars && $0.start < $0.end })
    }

    @Test("one matcher and one scanner give the same answers from many threads at once")
    func concurrency() async {
        let texts = (0..<32).map { "note \($0): Maria Lopez at 1428 Elm St, call 415 555 0134 or x\($0)@example.org" }
        let expected = texts.map { (Self.matcher.matches(in: $0), Self.scanner.scan($0)) }
        await withTaskGroup(of: Bool.self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask {
                    Self.matcher.matches(in: text) == expected[index].0 && Self.scanner.scan(text) == expected[index].1
                }
            }
            for await same in group { #expect(same) }
        }
        #expect(expected.allSatisfy { $0.0.count == 3 })
    }
}
