import SafeholdFacts
import Testing

/// An example: the text, the type expected (or nil for none) and the normalized value expected.
struct PIICase: CustomTestStringConvertible, Sendable {
    var text: String
    var type: PIIType?
    var value: String?
    var testDescription: String { text.debugDescription + " → " + (type?.rawValue ?? "nothing") }
}

@Suite("PIIScanner")
struct PIIScannerTests {
    static let scanner = try! PIIScanner.shipped()

    @Test(
        "finds each kind of personal information with its normalized value",
        arguments: [
            PIICase(text: "call me on +44 20 7946 0958 tonight", type: .phone, value: "+442079460958"),
            PIICase(text: "my cell is (212) 456-7890", type: .phone, value: "+12124567890"),
            PIICase(text: "text 07400 123456", type: .phone, value: "+447400123456"),
            PIICase(text: "Tel. 030 1234567", type: .phone, value: "+49301234567"),
            PIICase(text: "appelle 06 12 34 56 78", type: .phone, value: "+33612345678"),
            PIICase(text: "phone 0412 345 678", type: .phone, value: "+61412345678"),
            PIICase(text: "ring 0049 30 1234567", type: .phone, value: "+49301234567"),
            PIICase(text: "(555) 123-4567 is the number", type: .phone, value: "+15551234567"),
            PIICase(text: "+1 415.555.2671", type: .phone, value: "+14155552671"),
            PIICase(text: "1-800-555-0199 toll free", type: .phone, value: nil),
            PIICase(text: "+1 (212) 456-7890", type: .phone, value: "+12124567890"),
            PIICase(text: "212.456.7890", type: .phone, value: "+12124567890"),
            PIICase(text: "+44 (0)20 7946 0958", type: .phone, value: "+442079460958"),
            PIICase(text: "+49 (0) 30 12345678", type: .phone, value: "+493012345678"),
            PIICase(text: "+33 6 12 34 56 78", type: .phone, value: "+33612345678"),
            PIICase(text: "+61 2 9876 5432", type: .phone, value: "+61298765432"),
            PIICase(text: "john.doe@example.co.uk", type: .email, value: "john.doe@example.co.uk"),
            PIICase(text: "<first_last+tag@sub.domain.org>", type: .email, value: "first_last+tag@sub.domain.org"),
            PIICase(text: "mail Maria.Lopez+x@Example.org now", type: .email, value: "maria.lopez+x@example.org"),
            PIICase(text: "write to jo [at] example [dot] com", type: .email, value: "jo@example.com"),
            PIICase(text: "meet at 40.7128, -74.0060", type: .coordinates, value: "40.7128,-74.006"),
            PIICase(text: "she is at 40°42'46\"N 74°0'21\"W", type: .coordinates, value: nil),
            PIICase(
                text: "https://maps.google.com/?q=40.7,-74.0 here",
                type: .mapLink,
                value: "https://maps.google.com/?q=40.7,-74.0"
            ),
            PIICase(text: "https://maps.app.goo.gl/AbCd123", type: .mapLink, value: nil),
            PIICase(text: "https://www.openstreetmap.org/#map=17/51.5/-0.12", type: .mapLink, value: nil),
            PIICase(text: "see https://maps.apple.com/?ll=51.5,-0.12&q=Home", type: .mapLink, value: nil),
            PIICase(text: "https://what3words.com/filled.count.soap", type: .mapLink, value: nil),
            PIICase(text: "///filled.count.soap", type: .mapLink, value: "///filled.count.soap"),
            PIICase(text: "logged in from 203.0.113.42 yesterday", type: .ipAddress, value: "203.0.113.42"),
            PIICase(text: "from 2001:db8::8a2e:370:7334", type: .ipAddress, value: "2001:db8::8a2e:370:7334"),
            PIICase(text: "card 4111 1111 1111 1111 exp", type: .paymentCard, value: "4111111111111111"),
            PIICase(text: "amex 3782-822463-10005", type: .paymentCard, value: "378282246310005"),
            PIICase(text: "IBAN GB82 WEST 1234 5698 7654 32", type: .iban, value: "GB82WEST12345698765432"),
            PIICase(text: "de89370400440532013000", type: .iban, value: "DE89370400440532013000"),
            PIICase(text: "SSN 078-05-1121", type: .nationalID, value: "078051121"),
            PIICase(text: "NI number AB 12 34 56 C", type: .nationalID, value: "AB123456C"),
            PIICase(text: "SIN 046 454 286", type: .nationalID, value: "046454286"),
            PIICase(text: "numéro 2 55 08 14 168 025 38", type: .nationalID, value: "255081416802538"),
            PIICase(text: "Steuer-ID 86095742719", type: .nationalID, value: "86095742719"),
            PIICase(text: "DNI 12345678Z", type: .nationalID, value: "12345678Z"),
            PIICase(text: "she lives at 1428 N Elm St, Springfield, IL 62704", type: .address, value: nil),
            PIICase(text: "flat 3, 221 Baker Street, London NW1 6XE", type: .address, value: nil),
            PIICase(text: "12 rue de la Paix, 75002 Paris", type: .address, value: nil),
            PIICase(text: "Hauptstraße 5, 10115 Berlin", type: .address, value: nil),
            PIICase(text: "10 Queen St, Sydney NSW 2000", type: .address, value: nil),
            PIICase(text: "PO Box 1234", type: .address, value: nil),
            PIICase(text: "i'm at 77 sunset drive, austin tx 78701", type: .address, value: nil),
            PIICase(text: "come to 14 Maple Way tonight", type: .address, value: nil),
            PIICase(text: "24 Sussex Drive, Ottawa, ON K1M 1M4", type: .address, value: nil),
            PIICase(text: "Unit 5, 42 Smith Street, Fitzroy VIC 3065", type: .address, value: nil),
            PIICase(text: "come to 8 Rosemary Close, Leeds LS6 2PL", type: .address, value: nil),
        ]
    )
    func finds(_ example: PIICase) throws {
        let found = Self.scanner.scan(example.text)
        let entity = try #require(found.first { $0.type == example.type }, "found \(found)")
        if let value = example.value { #expect(entity.value == example.value) }
        #expect(entity.confidence > 0.5 && entity.confidence <= 1)
        let scalars = Array(example.text.unicodeScalars)
        #expect(entity.start >= 0 && entity.end <= scalars.count && entity.start < entity.end)
    }

    @Test(
        "does not take lookalikes for personal information",
        arguments: [
            "the meeting is on 2024-11-24 at 10:30",
            "born 11/24/1990",
            "it costs $1,299.99 or €1 234 567",
            "order #123456789012 shipped",
            "Order number 9876543210 confirmed",
            "tracking 1Z999AA10123456784",
            "version 10.15.7 and v1.2.3.4",
            "released 3.14.159.265",
            "I waited 20 minutes at the bus stop",
            "ISBN 978-3-16-148410-0",
            "population 1234567890 people",
            "score 4111 1111 1111 1112",
            "invoice 4111111111111111",
            "SSN 666-12-3456",
            "room 12:30:45:00",
            "NI QQ 12 34 56 C",
            "3 dogs on the street",
            "we saw 5 guys drive past the house",
            "it takes 2 hours each way",
            "email me at home",
        ]
    )
    func ignores(_ text: String) {
        let found = Self.scanner.scan(text)
        #expect(found.isEmpty, "found \(found)")
    }

    @Test("offsets are Unicode scalars of the original text, through emoji and invisible characters")
    func offsets() throws {
        let text = "😀😀 ｍａｉｌ: a\u{200B}b@example.org"
        let entity = try #require(Self.scanner.scan(text).first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[entity.start..<entity.end])) == "a\u{200B}b@example.org")
        #expect(entity.value == "ab@example.org")
    }

    @Test("a bare pair of decimals is reported as coordinates only with low confidence")
    func bareDecimals() throws {
        let bare = try #require(Self.scanner.scan("the ratio 3.14159, 2.71828 is fine").first)
        #expect(bare.type == .coordinates && bare.confidence < 0.6)
        let placed = try #require(Self.scanner.scan("location: 3.14159, 2.71828").first)
        #expect(placed.confidence >= 0.9)
    }

    @Test("overlapping findings keep only the more certain one")
    func overlaps() {
        let found = Self.scanner.scan("https://maps.google.com/@40.712800,-74.006000,15z")
        #expect(found.map(\.type) == [.mapLink])
    }

    @Test(
        "digits glued to a word by a bracket finish and find nothing",
        arguments: ["alert(1)", "a(1", "x(1)y", "<script>alert(1)</script>", "f(12)(34)(56)", String(repeating: "a(1", count: 20_000)]
    )
    func bracketAfterWord(text: String) {
        #expect(Self.scanner.scan(text).isEmpty)
    }
}
