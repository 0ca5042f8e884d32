import Foundation
import SafeholdCore
import SafeholdTestSupport
import Testing

@testable import SafeholdImport

@Suite("EmailImporter")
struct EmailImporterTests {
    static func records() throws -> [ImportedRecord] {
        try MessageFixture.records(EmailImporter(), fixture: "email")
    }

    static func record(_ id: String) throws -> NormalizedRecord {
        try #require(try records().first { $0.record.platformID == id }).record
    }

    @Test("every .eml and every message of the mbox becomes one message record with its exact bytes")
    func everyMessage() throws {
        let source = try ExportSources.open(MessageFixture.url("email"))
        #expect(EmailImporter().recognizes(source))
        #expect(try EmailImporter().plan(source).allSatisfy { $0.role == .records })
        let records = try Self.records()
        #expect(MessageFixture.counts(records) == [.message: 8])
        #expect(records.allSatisfy { $0.record.platform == Platform("email") })
        #expect(try records.allSatisfy { try MessageFixture.bytesMatch($0, in: MessageFixture.url("email")) })
        let whole = try Data(contentsOf: MessageFixture.url("email/01-plain.eml"))
        #expect(records.first { $0.record.location.path == "01-plain.eml" }?.bytes == Array(whole))
    }

    @Test("a plain message keeps its sender, recipient, time with its offset, id, subject and text")
    func plain() throws {
        let message = try Self.record("20240302221405.4411@mail.example.net")
        #expect(message.kind == .message)
        #expect(message.author == AccountRef(handle: "jordan.reece@example.net", displayName: "Jordan Reece"))
        #expect(message.recipients == [AccountRef(handle: "maya.lindqvist@example.org", displayName: "Maya Lindqvist")])
        #expect(message.createdAt?.rfc3339 == "2024-03-02T22:14:05+01:00")
        #expect(message.conversationTitle == "We need to talk")
        #expect(message.conversationID == "20240302221405.4411@mail.example.net")
        #expect(message.text?.hasPrefix("Maya,\n\nYou blocked my number") == true)
        #expect(message.text?.hasSuffix("Tuesdays.\n\nJordan") == true)
        #expect(message.flags == nil)
    }

    @Test("multipart/alternative gives the quoted-printable plain text, and encoded words are decoded")
    func alternative() throws {
        let message = try Self.record("20240303093000.5521@mail.example.net")
        #expect(message.conversationTitle == "Du är inte säker på något")
        #expect(message.author?.displayName == "Reece, Jordan")
        #expect(
            message.recipients == [
                AccountRef(handle: "maya.lindqvist@example.org", displayName: "Maya Lindqvist"),
                AccountRef(handle: "lena.bjork@example.org", displayName: "Lena Björk"),
            ]
        )
        #expect(
            message.text?.contains("Du är inte säker på att han stannar hos dig. Jag såg er två på kaféet igår") == true
        )
        #expect(message.text?.contains("<p>") == false)
        #expect(message.createdAt?.rfc3339 == "2024-03-03T09:30:00-05:00")
        #expect(message.inReplyTo == "20240302221405.4411@mail.example.net")
        #expect(message.conversationID == "20240302221405.4411@mail.example.net")
        #expect(message.flags == nil)
    }

    @Test("an ISO-8859-1 subject and body are decoded")
    func latin1() throws {
        let message = try Self.record("20240304180211.6610@mail.example.net")
        #expect(message.conversationTitle == "Café Ölandia igen")
        #expect(message.text == "Du var på Café Ölandia igen. Jag ser allt du gör.")
    }

    @Test("an HTML-only mail is reduced to its visible text: no script, style, comment or markup survives")
    func htmlOnly() throws {
        let message = try Self.record("20240305234500.7788@mail.example.net")
        let text = try #require(message.text)
        for hidden in [
            "document.location", "cookie", "fetch", "beacon", "color: red", "comment", "Tracking pixel", "onload",
            "<p>", "<a ",
        ] {
            #expect(!text.contains(hidden), "\(hidden) leaked into the text")
        }
        #expect(text.contains("Maya & her \"new friend\" think they're clever."))
        #expect(text.contains("See what I posted about you: this <https://social.example/@jreece/1099>."))
        #expect(text.contains("Write 5 < 6 if you’re reading this.\nBye for now."))
        #expect(message.flags == ["text-from-html"])
        #expect(message.createdAt?.rfc3339 == "2024-03-05T23:45:00+01:00")
        #expect(message.recipients == [AccountRef(handle: "maya.lindqvist@example.org")])
    }

    @Test("attachments are listed by name and type without their data, and nested parts are walked")
    func attachments() throws {
        let message = try Self.record("20240306071530.9901@mail.example.net")
        #expect(
            message.media == [
                MediaRef(path: "parked-car.jpg", url: "cid:car-photo@example.net", mediaType: "image/jpeg"),
                MediaRef(path: "körkort.pdf", mediaType: "application/pdf"),
            ]
        )
        #expect(
            message.text
                == "Your car was parked outside Lena's again last night. Photo attached,\nso you know I am not making it up."
        )
        #expect(message.conversationTitle == "Din bil, igår")
        #expect(message.createdAt?.rfc3339 == "2024-03-06T07:15:30+01:00")
        #expect(message.recipients?.count == 2)
        #expect(message.conversationID == "20240302221405.4411@mail.example.net")
        #expect(message.flags == ["attachments-inside-message"])
    }

    @Test("an mbox is split at its From lines, quoting is undone in the text but kept in the bytes")
    func mailbox() throws {
        let records = try Self.records().filter { $0.record.location.path == "mailbox.mbox" }
        try #require(records.count == 3)
        #expect(records.map(\.record.location.line) == [2, 12, 23])
        #expect(records[0].record.text == "I am not going away.\nFrom now on I will write every day.")
        #expect(String(decoding: records[0].bytes, as: UTF8.self).contains("\n>From now on"))
        #expect(String(decoding: records[0].bytes, as: UTF8.self).hasSuffix("every day.\n"))
        #expect(records[1].record.text == ">From a friend I heard you moved. I will find the address.")
        #expect(records[2].record.author?.handle == "maya.lindqvist@example.org")
        #expect(records[2].record.conversationID == "mbox-1@mail.example.net")
        #expect(records[2].bytes.last == 0x0A && records[2].bytes.suffix(2) != [0x0A, 0x0A])
    }

    @Test("a message cut off inside its MIME parts keeps what was there and is flagged")
    func truncated() throws {
        let directory = try TemporaryDirectory()
        let mail = """
            From: Jordan Reece <jordan.reece@example.net>\r
            Subject: cut\r
            Content-Type: multipart/mixed; boundary="b1"\r
            \r
            --b1\r
            Content-Type: text/plain\r
            \r
            I will be outside at eight.\r
            --b1\r
            Content-Type: image/png; name="half.png"\r
            Content-Transfer-Encoding: base64\r
            \r
            iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB
            """
        try Data(mail.utf8).write(to: directory.path("cut.eml"))
        let records = try MessageFixture.records(EmailImporter(), from: try ExportSources.open(directory.url))
        let message = try #require(records.first).record
        #expect(message.text == "I will be outside at eight.")
        #expect(message.media == [MediaRef(path: "half.png", mediaType: "image/png")])
        #expect(message.flags?.contains("mime-truncated") == true)
        #expect(message.createdAt == nil)
    }

    @Test("multiparts nested hundreds deep are read to a limit without running out of stack")
    func deepNesting() throws {
        let directory = try TemporaryDirectory()
        var mail = "From: x@example.net\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n"
        for level in 0..<300 {
            mail += "--b\(level)\r\nContent-Type: multipart/mixed; boundary=\"b\(level + 1)\"\r\n\r\n"
        }
        mail += "--b300\r\nContent-Type: text/plain\r\n\r\ndeep\r\n"
        try Data(mail.utf8).write(to: directory.path("deep.eml"))
        let records = try MessageFixture.records(EmailImporter(), from: try ExportSources.open(directory.url))
        #expect(records.count == 1)
        #expect(records.first?.record.flags?.contains("mime-truncated") == true)
    }

    @Test("a 10 MB line stops the import with a plain error rather than filling memory")
    func hugeLine() throws {
        let directory = try TemporaryDirectory()
        var mail = Data("From: x@example.net\r\nSubject: big\r\n\r\n".utf8)
        mail.append(Data(repeating: 0x41, count: 10 << 20))
        try mail.write(to: directory.path("big.eml"))
        let error = try #require(throws: ImportError.self) {
            try MessageFixture.records(EmailImporter(), from: try ExportSources.open(directory.url))
        }
        #expect(error.code == .tooLarge)
        #expect(error.message.contains("Line 4"))
    }

    @Test("a subject folded over 200,000 lines of encoded words is read quickly and capped")
    func foldedHeader() throws {
        let directory = try TemporaryDirectory()
        var mail = "From: x@example.net\r\nSubject: start\r\n"
        mail += String(repeating: " =?UTF-8?Q?ab?=\r\n", count: 200_000)
        mail += "\r\nbody\r\n"
        try Data(mail.utf8).write(to: directory.path("folded.eml"))
        let started = Date()
        let records = try MessageFixture.records(EmailImporter(), from: try ExportSources.open(directory.url))
        #expect(Date().timeIntervalSince(started) < 20)
        let subject = try #require(records.first?.record.conversationTitle)
        #expect(subject.hasPrefix("start abab"))
        #expect(subject.utf8.count <= EmailHeaders.maximumFieldLength)
        #expect(records.first?.record.text == "body")
    }

    @Test("a folder without mail is not taken for mail")
    func notMail() throws {
        #expect(!EmailImporter().recognizes(try ExportSources.open(MessageFixture.url("whatsapp-android"))))
    }
}

@Suite("Email text decoding")
struct EmailTextDecodingTests {
    @Test(
        "quoted-printable decodes escapes and soft breaks and keeps damaged escapes",
        arguments: [
            ("caf=C3=A9 =\r\nol=\nand", "café oland"),
            ("100 =3D 100\nnext", "100 = 100\nnext"),
            ("broken =ZZ and = end", "broken =ZZ and = end"),
        ]
    )
    func quotedPrintable(_ encoded: String, _ decoded: String) {
        #expect(String(decoding: QuotedPrintable.decode(body: Array(encoded.utf8)), as: UTF8.self) == decoded)
    }

    @Test("base64 decodes across pieces, skipping line breaks, with or without padding")
    func base64() {
        var decoder = Base64Decoder()
        var output = [UInt8]()
        for piece in ["SGVsbG8s", "IE1h\r\n", "eWE"] { decoder.feed(Array(piece.utf8), into: &output) }
        decoder.finish(into: &output)
        #expect(String(decoding: output, as: UTF8.self) == "Hello, Maya")
        #expect(Base64Decoder.decode(Array("SGk=".utf8)) == Array("Hi".utf8))
    }

    @Test(
        "encoded words decode in UTF-8 and ISO-8859-1, join across words and leave plain text alone",
        arguments: [
            ("=?UTF-8?Q?Caf=C3=A9?= time", "Café time"),
            ("=?iso-8859-1?q?J=F6rdan?=", "Jördan"),
            ("=?UTF-8?B?8J+Y?= =?UTF-8?B?oQ==?=", "😡"),
            ("Re: =?UTF-8?Q?a?=  =?UTF-8?Q?b?= c", "Re: ab c"),
            ("no =?words here", "no =?words here"),
            ("=?x-unknown?Q?plain?=", "plain"),
        ]
    )
    func encodedWords(_ encoded: String, _ decoded: String) {
        #expect(EncodedWords.decode(encoded) == decoded)
    }

    @Test("character sets are decoded through Foundation, with Windows-1252 for mislabelled Latin-1")
    func charsets() {
        #expect(TextCharset.decode([0x63, 0x61, 0x66, 0xE9], charset: "latin1").text == "café")
        #expect(TextCharset.decode([0x93, 0x68, 0x69, 0x94], charset: "ISO-8859-1").text == "“hi”")
        #expect(TextCharset.decode([0x80], charset: "windows-1252").text == "€")
        let guessed = TextCharset.decode([0xE9], charset: "utf-8")
        #expect(guessed.text == "é" && !guessed.usedNamedCharset)
    }

    @Test(
        "HTML becomes text without scripts, styles or comments, even when a script is never closed",
        arguments: [
            ("<p>a</p><script>evil()</script><p>b</p>", "a\n\nb"),
            ("<style>x{}</style>x &lt;b&gt; y", "x <b> y"),
            ("<!-- hidden -->shown<SCRIPT src=x>alert(1)</SCRIPT >", "shown"),
            ("text<script>never closed", "text"),
            ("a < b and c > d", "a < b and c > d"),
            ("<ul><li>one<li>two</ul>", "- one\n- two"),
            ("&#128545; &#x1F621; &bogus; &", "😡 😡 &bogus; &"),
        ]
    )
    func html(_ html: String, _ text: String) {
        #expect(HTMLText.plainText(html) == text)
    }
}
