import Foundation
import SafeholdCore
import SafeholdTestSupport
import Testing

@testable import SafeholdImport

@Suite("SMSBackupImporter")
struct SMSBackupImporterTests {
    static let jordan = AccountRef(id: "+15555550123", displayName: "Jordan Reece")

    static func records() throws -> [ImportedRecord] {
        try MessageFixture.records(SMSBackupImporter(), fixture: "sms")
    }

    /// Records read from a backup written to a temporary folder, and the error that stopped the reading, if any.
    static func read(_ xml: String) throws -> ([ImportedRecord], ImportError?) {
        let directory = try TemporaryDirectory()
        try Data(xml.utf8).write(to: directory.path("sms-test.xml"))
        let source = try ExportSources.open(directory.url)
        var records = [ImportedRecord]()
        do {
            for planned in try SMSBackupImporter().plan(source) where planned.role == .records {
                try SMSBackupImporter().parse(planned.file, from: source) { records.append($0) }
            }
            return (records, nil)
        } catch let error as ImportError {
            return (records, error)
        }
    }

    static let header = "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"1\">\n"

    @Test("every sms and mms element becomes a message record whose bytes are the element exactly")
    func everyElement() throws {
        let source = try ExportSources.open(MessageFixture.url("sms"))
        #expect(SMSBackupImporter().recognizes(source))
        #expect(try SMSBackupImporter().plan(source).map(\.role) == [.records])
        let records = try Self.records()
        #expect(MessageFixture.counts(records) == [.message: 6])
        #expect(try records.allSatisfy { try MessageFixture.bytesMatch($0, in: MessageFixture.url("sms")) })
        #expect(records.map(\.record.location.line) == [5, 6, 7, 8, 9, 20])
        #expect(
            records.allSatisfy {
                $0.record.platform == Platform("sms") && $0.record.flags?.contains("unreadable-xml") == false
            }
        )
        #expect(String(decoding: records[0].bytes, as: UTF8.self).hasPrefix("<sms protocol=\"0\""))
        #expect(String(decoding: records[4].bytes, as: UTF8.self).hasSuffix("</mms>"))
    }

    @Test("a received text names the other number as author and a sent one names the phone's owner")
    func direction() throws {
        let records = try Self.records().map(\.record)
        #expect(records[0].author == Self.jordan)
        #expect(records[0].recipients == [SMSBackupImporter.phoneOwner])
        #expect(records[0].createdAt?.rfc3339 == "2024-03-02T21:54:05Z")
        #expect(records[0].text == "You can't ignore me forever.")
        #expect(records[0].conversationID == "+15555550123")
        #expect(records[0].conversationTitle == "Jordan Reece")
        #expect(records[0].flags == ["direction:received"])
        #expect(records[1].author == SMSBackupImporter.phoneOwner)
        #expect(records[1].recipients == [Self.jordan])
        #expect(records[1].flags == ["direction:sent"])
        #expect(records[3].author == AccountRef(id: "+15555550199"))
        #expect(records[3].conversationTitle == nil)
    }

    @Test("character references are decoded, including emoji written as two UTF-16 halves")
    func references() throws {
        let text = try Self.records()[2].record.text
        #expect(text == "I know where you park.\nEvery night. & don't say <leave me alone> again 😡")
    }

    @Test("a picture message lists its photo by name and type, and its base64 stays out of the record")
    func pictureMessage() throws {
        let imported = try Self.records()[4]
        let message = imported.record
        #expect(message.author == Self.jordan)
        #expect(message.recipients == [AccountRef(id: "+15555550100")])
        #expect(message.text == "Nice new place. Ground floor, easy to get in.")
        #expect(message.media == [MediaRef(path: "IMG_0412.jpg", mediaType: "image/jpeg")])
        #expect(message.platformID == "MMS-0001@mmsc.example")
        #expect(message.createdAt?.rfc3339 == "2024-03-03T21:06:40Z")
        #expect(message.flags == ["direction:received", "attachments-inside-message"])
        let encoded = String(decoding: try JSONEncoder().encode(message), as: UTF8.self)
        #expect(!encoded.contains("/9j/"))
        #expect(String(decoding: imported.bytes, as: UTF8.self).contains("data=\"/9j/"))
    }

    @Test("a group message sent by the owner lists every recipient")
    func groupMessage() throws {
        let message = try Self.records()[5].record
        #expect(message.author == SMSBackupImporter.phoneOwner)
        #expect(message.recipients == [AccountRef(id: "+15555550123"), AccountRef(id: "+15555550188")])
        #expect(message.conversationTitle == "Jordan Reece, Sam Okafor")
        #expect(message.media == nil)
    }

    @Test("a billion-laughs DOCTYPE is never expanded: the message is kept small and flagged")
    func billionLaughs() throws {
        var entities = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let xml =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE smses [\(entities)]>\n<smses count=\"1\">\n"
            + "<sms address=\"+15555550123\" date=\"1709416445000\" type=\"1\" body=\"&lol9;\" />\n</smses>\n"
        let (records, error) = try Self.read(xml)
        #expect(error == nil)
        let record = try #require(records.first)
        #expect(record.record.flags?.contains("unreadable-xml") == true)
        #expect((record.record.text?.count ?? 0) < 100)
        #expect(record.bytes.count < 200)
    }

    @Test("external entities are never fetched")
    func externalEntity() throws {
        let xml =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE smses [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<smses><sms address=\"1\" date=\"1\" type=\"1\" body=\"&x;\" /></smses>"
        let (records, _) = try Self.read(xml)
        #expect(records.first?.record.text?.contains("root:") != true)
        #expect(records.first?.record.flags?.contains("unreadable-xml") == true)
    }

    @Test("elements nested far deeper than any backup stop the reading with a plain error")
    func deepNesting() throws {
        let nested = String(repeating: "<part>", count: 200) + String(repeating: "</part>", count: 200)
        let xml = Self.header + "<mms date=\"1\" msg_box=\"1\"><parts>\(nested)</parts></mms>\n</smses>\n"
        let (records, error) = try Self.read(xml)
        #expect(records.isEmpty)
        #expect(error?.code == .malformed)
    }

    @Test("a backup cut short keeps the messages before the cut and says what happened")
    func cutShort() throws {
        let xml =
            Self.header + "<sms address=\"1\" date=\"1709416445000\" type=\"1\" body=\"first\" />\n"
            + "<sms address=\"1\" date=\"1709416445000\" type=\"1\" body=\"seco"
        let (records, error) = try Self.read(xml)
        #expect(records.map(\.record.text) == ["first"])
        #expect(error?.code == .malformed)
        #expect(error?.message.contains("cut short") == true)
    }

    @Test("a picture of several megabytes is read without its base64 reaching the record")
    func largePicture() throws {
        let data = String(repeating: "QUJD", count: 1_500_000)
        let xml =
            Self.header + "<mms date=\"1709500000000\" msg_box=\"1\" address=\"+15555550123\"><parts>"
            + "<part ct=\"image/png\" name=\"big.png\" data=\"\(data)\" /><part ct=\"text/plain\" text=\"look\" />"
            + "</parts><addrs><addr address=\"+15555550123\" type=\"137\" /></addrs></mms>\n</smses>\n"
        let (records, error) = try Self.read(xml)
        #expect(error == nil)
        let record = try #require(records.first)
        #expect(record.bytes.count > 6_000_000)
        #expect(record.record.text == "look")
        #expect(record.record.media == [MediaRef(path: "big.png", mediaType: "image/png")])
        #expect(try JSONEncoder().encode(record.record).count < 2000)
    }

    @Test("angle brackets and quotes inside attribute values do not end an element early")
    func quotedMarkup() throws {
        let xml =
            Self.header
            + "<!-- a comment <sms> -->\n<sms address=\"1\" date=\"1\" type=\"1\" body='a > b &lt; \"c\" /&gt;' />\n</smses>\n"
        let (records, error) = try Self.read(xml)
        #expect(error == nil)
        #expect(records.map(\.record.text) == ["a > b < \"c\" />"])
    }
}
