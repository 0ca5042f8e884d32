import Testing

@testable import SafeholdFacts

@Suite("PhoneMetadata")
struct PhoneMetadataTests {
    @Test("the shipped numbering plans load and validate numbers by region")
    func shipped() throws {
        let metadata = try #require(PhoneMetadata.shipped)
        #expect(metadata.regions.count > 240)
        #expect(metadata.callingCodes.isSuperset(of: ["1", "44", "33", "49", "61", "353"]))
        let britain = try #require(metadata.regions(callingCode: "44").first)
        #expect(britain.id == "GB")
        #expect(metadata.lineType(of: "7400123456", in: britain) == "mobile")
        #expect(metadata.lineType(of: "7400123", in: britain) == nil)
        let america = try #require(metadata.regions(callingCode: "1").first)
        #expect(america.id == "US")
        #expect(metadata.lineType(of: "5551234567", in: america) == nil)
    }

    @Test("a damaged line is reported with its number and no content")
    func damaged() {
        let text = "# comment\nXX\t99\t0\t1\tmobile|9|[0-9]{9}\nYY\t98\n"
        #expect(throws: PIIResourceError.self) { try PhoneMetadata(tsv: text) }
        do {
            _ = try PhoneMetadata(tsv: text)
        } catch let error as PIIResourceError {
            #expect(error.line == 3)
            #expect(error.description.contains("line 3"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("a small plan of the project's own reads as written")
    func small() throws {
        let metadata = try PhoneMetadata(tsv: "ZZ\t999\t0\t1\tmobile|6|7[0-9]{5}\tfixedLine|5,6|[2-6][0-9]{4,5}\n")
        let region = try #require(metadata.regions(callingCode: "999").first)
        #expect(metadata.lineType(of: "712345", in: region) == "mobile")
        #expect(metadata.lineType(of: "23456", in: region) == "fixedLine")
        #expect(metadata.lineType(of: "812345", in: region) == nil)
    }
}

@Suite("Checksums")
struct ChecksumsTests {
    @Test("Luhn accepts valid card numbers and rejects one changed digit")
    func luhn() {
        #expect(Checksums.luhn([4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]))
        #expect(!Checksums.luhn([4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]))
        #expect(!Checksums.luhn([]))
    }

    @Test(
        "IBAN mod 97",
        arguments: [
            ("GB82WEST12345698765432", true), ("GB82WEST12345698765433", false), ("DE89370400440532013000", true),
            ("FR1420041010050500013M02606", true),
        ]
    )
    func iban(_ example: (String, Bool)) {
        #expect(Checksums.ibanIsValid(example.0) == example.1)
    }

    @Test("German tax id check digit (ISO 7064 MOD 11,10)")
    func germanTaxID() {
        #expect(Checksums.mod11_10([8, 6, 0, 9, 5, 7, 4, 2, 7, 1, 9]))
        #expect(!Checksums.mod11_10([8, 6, 0, 9, 5, 7, 4, 2, 7, 1, 8]))
    }

    @Test("UK National Insurance and Spanish DNI/NIE rules")
    func letteredIDs() {
        #expect(NationalIDFinder.isNINO("AB123456C"))
        #expect(!NationalIDFinder.isNINO("QQ123456C"))
        #expect(!NationalIDFinder.isNINO("GB123456A"))
        #expect(!NationalIDFinder.isNINO("AB123456E"))
        #expect(NationalIDFinder.isSpanishID("12345678Z"))
        #expect(!NationalIDFinder.isSpanishID("12345678A"))
        #expect(NationalIDFinder.isSpanishID("X1234567L"))
    }
}
