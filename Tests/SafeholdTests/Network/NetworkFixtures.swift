import Foundation
import SafeholdCore
import SafeholdTestSupport
import SafeholdVault

@testable import Safehold

/// Records of a small case written for these tests: the person's own Instagram export and a few messages.
enum NetworkFixtures {
    static let owner = AccountRef(handle: "sam.rivera", displayName: "Sam Rivera")

    /// Seals one record as if an importer had read it from an export.
    @discardableResult
    static func seal(_ record: NormalizedRecord, in vault: Vault, note: String = "") throws -> EvidenceID {
        let bytes = Array((note + "\(record.kind.rawValue) \(UUID().uuidString)").utf8)
        let source = ItemSource(kind: .export, fileName: "export.zip", importer: "test", importerVersion: "1")
        let item = NewItem(
            content: .bytes(bytes),
            mediaType: .plainText,
            source: source,
            details: ItemDetails(),
            record: record
        )
        return try vault.seal([item])[0].record.id
    }

    static func record(_ kind: RecordKind, platform: String = "instagram") -> NormalizedRecord {
        NormalizedRecord(kind: kind, platform: Platform(platform)!, location: RecordLocation(path: "fixture.json"))
    }

    /// A follower, following or friend of the person.
    static func relationship(
        _ kind: RelationshipKind,
        _ handle: String,
        id: String? = nil,
        platform: String = "instagram"
    )
        -> NormalizedRecord
    {
        var record = record(.relationship, platform: platform)
        record.relationship = kind
        record.author = owner
        record.recipients = [AccountRef(id: id, handle: handle)]
        return record
    }

    /// A message from `from` to `to`.
    static func message(from: AccountRef, to: AccountRef, text: String = "hello", platform: String = "instagram")
        -> NormalizedRecord
    {
        var record = record(.message, platform: platform)
        record.author = from
        record.recipients = [to]
        record.text = text
        return record
    }

    /// The person's own profile record, as an import reads it.
    static func ownProfile(bio: String = "Photos of the coast. Runner.", platform: String = "instagram")
        -> NormalizedRecord
    {
        var record = record(.profile, platform: platform)
        record.author = owner
        record.text = bio
        return record
    }

    /// A finding on an item, as the analysis workflow seals it.
    static func flag(_ id: EvidenceID, severity: Severity = .high, in vault: Vault) throws {
        let finding = Finding(
            analyzers: [],
            scores: [:],
            labels: ["threat"],
            spans: [],
            rules: [],
            people: [],
            facts: [],
            personalInfo: nil,
            severity: severity,
            reason: "A threat.",
            help: nil,
            textSource: "message"
        )
        try CaseNotes(vault: vault).save(finding, key: "item:\(id)", about: [id])
    }
}

/// A grey PNG written without any image library: stored (uncompressed) deflate blocks, CRC-32 and Adler-32.
enum TinyPNG {
    static func make(width: Int, height: Int, pixel: (Int, Int) -> UInt8) -> Data {
        var raw: [UInt8] = []
        for y in 0..<height {
            raw.append(0)
            for x in 0..<width { raw.append(pixel(x, y)) }
        }
        var zlib: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let length = min(65_535, raw.count - offset)
            let last: UInt8 = offset + length == raw.count ? 1 : 0
            zlib += [
                last, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF),
            ]
            zlib += raw[offset..<offset + length]
            offset += length
        } while offset < raw.count
        zlib += bigEndian(adler32(raw))
        var header = bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [8, 0, 0, 0, 0]
        return Data(
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IDAT", zlib)
                + chunk("IEND", [])
        )
    }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return (b << 16) | a
    }
}
