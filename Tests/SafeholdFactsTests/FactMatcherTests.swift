import SafeholdFacts
import Testing

/// A case: the text, and whether the fact must be found in it.
struct FactCase: CustomTestStringConvertible, Sendable {
    var text: String
    var found: Bool
    var testDescription: String { (found ? "finds it in " : "does not find it in ") + text.debugDescription }
}

private func finds(_ fact: ProtectedFact, in text: String) -> Bool {
    !FactMatcher(facts: [fact]).matches(in: text).isEmpty
}

@Suite("FactMatcher")
struct FactMatcherTests {
    static let phone = ProtectedFact(kind: .phone, value: "+1 (415) 555-0134")
    @Test(
        "a phone number in any grouping, spelled or disguised",
        arguments: [
            FactCase(text: "call her at 415-555-0134", found: true),
            FactCase(text: "her number is (415) 555 0134!", found: true),
            FactCase(text: "+14155550134", found: true),
            FactCase(text: "1 415 555 0134", found: true),
            FactCase(text: "001 415 555 0134", found: true),
            FactCase(text: "4 1 5 5 5 5 0 1 3 4", found: true),
            FactCase(text: "four one five five five five zero one three four", found: true),
            FactCase(text: "four one five, five five five, oh one three four", found: true),
            FactCase(text: "415.555.O134", found: true),
            FactCase(text: "4l5 555 Ol34", found: true),
            FactCase(text: "４１５５５５０１３４", found: true),
            FactCase(text: "41\u{200B}5 555 01\u{200B}34", found: true),
            FactCase(text: "4️⃣1️⃣5️⃣5️⃣5️⃣5️⃣0️⃣1️⃣3️⃣4️⃣", found: true),
            FactCase(text: "415-556-0134", found: false),
            FactCase(text: "555-0134", found: false),
            FactCase(text: "416 555 0134", found: false),
            FactCase(text: "415 555 01345", found: false),
            FactCase(text: "order 14155550134999", found: false),
            FactCase(text: "415 and then later 555 0134", found: false),
        ]
    )
    func phone(_ example: FactCase) {
        #expect(finds(Self.phone, in: example.text) == example.found)
    }

    @Test("a national phone number is found with its country code")
    func nationalPhone() {
        let fact = ProtectedFact(kind: .phone, value: "07700 900123")
        #expect(finds(fact, in: "ring +44 7700 900123"))
        #expect(finds(fact, in: "ring +44 (0)7700 900 123"))
        #expect(finds(fact, in: "ring 07700900123"))
        #expect(!finds(fact, in: "ring 07700 900124"))
    }

    static let address = ProtectedFact(kind: .address, value: "1428 North Elm Street, Apt 4B, Springfield, IL 62704")
    @Test(
        "a street address abbreviated, reordered or with its postcode",
        arguments: [
            FactCase(text: "she lives at 1428 N Elm St", found: true),
            FactCase(text: "1428 elm street apt 4b", found: true),
            FactCase(text: "Elm St 1428, Springfield", found: true),
            FactCase(text: "1428 North Elm", found: true),
            FactCase(text: "on Elm Street, Springfield IL 62704", found: true),
            FactCase(text: "1428 N. E1m St.", found: true),
            FactCase(text: "14\u{200B}28 Elm", found: true),
            FactCase(text: "1429 N Elm St, Springfield IL 62704", found: false),
            FactCase(text: "Elm Street is lovely in spring", found: false),
            FactCase(text: "1428 Oak Street", found: false),
            FactCase(text: "Elmwood Street 1428", found: false),
        ]
    )
    func address(_ example: FactCase) {
        #expect(finds(Self.address, in: example.text) == example.found)
    }

    @Test("German and French addresses")
    func europeanAddresses() {
        let german = ProtectedFact(kind: .address, value: "Hauptstraße 5, 10115 Berlin")
        #expect(finds(german, in: "wohnt in der Hauptstr. 5"))
        #expect(finds(german, in: "Hauptstrasse 5 in Berlin"))
        #expect(!finds(german, in: "Hauptstraße 7, Berlin"))
        let french = ProtectedFact(kind: .address, value: "12 rue de la Paix, 75002 Paris")
        #expect(finds(french, in: "au 12, rue de la Paix"))
        #expect(finds(french, in: "12 r. de la paix") == false)
        #expect(!finds(french, in: "14 rue de la Paix"))
    }

    @Test("a British address by house number or by street with postcode")
    func britishAddress() {
        let fact = ProtectedFact(kind: .address, value: "Flat 2, 10 Downing Street, London SW1A 2AA")
        #expect(finds(fact, in: "she's at 10 downing st now"))
        #expect(finds(fact, in: "Downing Street, SW1A 2AA"))
        #expect(finds(fact, in: "Downing St SW1A2AA"))
        #expect(!finds(fact, in: "11 Downing Street"))
        #expect(!finds(fact, in: "Downing Street, SW1A 2AB"))
    }

    static let name = ProtectedFact(kind: .name, value: "María José Núñez", aliases: ["Majo"])
    @Test(
        "a name with or without accents, in any case, possessive, nickname",
        arguments: [
            FactCase(text: "that's Maria Jose Nunez", found: true),
            FactCase(text: "MARÍA JOSÉ NÚÑEZ", found: true),
            FactCase(text: "María José Núñez's car", found: true),
            FactCase(text: "Nunez, Maria Jose", found: true),
            FactCase(text: "m a r i a j o s e n u n e z", found: true),
            FactCase(text: "M4ria Jos3 Nuñ3z", found: true),
            FactCase(text: "Ma\u{200B}ria Jose Nunez", found: true),
            FactCase(text: "ask majo", found: true),
            FactCase(text: "Majo's friend", found: true),
            FactCase(text: "Maria Jose Nunezova", found: false),
            FactCase(text: "Maria Lopez", found: false),
            FactCase(text: "majority rule", found: false),
        ]
    )
    func name(_ example: FactCase) {
        #expect(finds(Self.name, in: example.text) == example.found)
    }

    @Test("a nickname that is an everyday word matches only with a capital")
    func commonWordNickname() {
        let fact = ProtectedFact(kind: .name, value: "William Hart", aliases: ["Will"])
        #expect(finds(fact, in: "Will lives nearby"))
        #expect(finds(fact, in: "WILL is home"))
        #expect(!finds(fact, in: "I will call you"))
        #expect(finds(fact, in: "william hart"))
    }

    static let email = ProtectedFact(kind: .email, value: "maria.lopez@example.org")
    @Test(
        "an email with dots, plus tags and spelled-out at and dot",
        arguments: [
            FactCase(text: "write to maria.lopez@example.org", found: true),
            FactCase(text: "MariaLopez@Example.org", found: true),
            FactCase(text: "maria.lopez+dating@example.org", found: true),
            FactCase(text: "maria lopez at example dot org", found: true),
            FactCase(text: "maria.lopez [at] example [dot] org", found: true),
            FactCase(text: "maria.lopez (at) example.org", found: true),
            FactCase(text: "maria_lopez @ example . org", found: true),
            FactCase(text: "maria.lopes@example.org", found: false),
            FactCase(text: "maria.lopez@example.com", found: false),
            FactCase(text: "lopez@example.org", found: false),
        ]
    )
    func email(_ example: FactCase) {
        #expect(finds(Self.email, in: example.text) == example.found)
    }

    static let plate = ProtectedFact(kind: .plate, value: "7ABC123")
    @Test(
        "a plate with or without separators",
        arguments: [
            FactCase(text: "her car is 7ABC123", found: true),
            FactCase(text: "plate 7 ABC 123", found: true),
            FactCase(text: "7-abc-123 parked outside", found: true),
            FactCase(text: "7ABCI23", found: true),
            FactCase(text: "7ABC124", found: false),
            FactCase(text: "17ABC123", found: false),
        ]
    )
    func plate(_ example: FactCase) {
        #expect(finds(Self.plate, in: example.text) == example.found)
    }

    @Test("workplace, school and handle")
    func otherKinds() {
        let school = ProtectedFact(kind: .school, value: "Lincoln Elementary School")
        #expect(finds(school, in: "pick up at lincoln elementary school at 3"))
        #expect(finds(school, in: "L1nc0ln Elementary Schoo1"))
        #expect(!finds(school, in: "Lincoln Middle School"))
        let handle = ProtectedFact(kind: .handle, value: "@maria_l84")
        #expect(finds(handle, in: "follow @maria_l84 lol"))
        #expect(finds(handle, in: "maria l84"))
        #expect(!finds(handle, in: "@maria_l85"))
    }

    @Test("offsets are Unicode scalars of the original text and the match names its fact")
    func offsets() {
        let matcher = FactMatcher(facts: [Self.email, Self.phone])
        let text = "👋🏽 call 415 555 0134"
        let matches = matcher.matches(in: text)
        #expect(matches == [FactMatch(factIndex: 1, kind: .phone, start: 8, end: 20)])
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[8..<20])) == "415 555 0134")
    }

    @Test("neither a fact nor a match shows the fact's value when printed")
    func secrecy() {
        let fact = ProtectedFact(kind: .phone, value: "+1 415 555 0134", aliases: ["Majo"])
        let matcher = FactMatcher(facts: [fact])
        let match = matcher.matches(in: "415 555 0134")
        #expect(match.count == 1)
        for shown in [
            String(describing: match), String(describing: fact), String(reflecting: fact), String(describing: matcher),
        ] {
            #expect(!shown.contains("0134") && !shown.contains("Majo"))
        }
        var dumped = ""
        dump(fact, to: &dumped)
        #expect(!dumped.contains("0134"))
    }
}
