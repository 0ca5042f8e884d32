/// A kind of personal information the ``PIIScanner`` recognizes.
public enum PIIType: String, Codable, CaseIterable, Sendable {
    /// A phone number, checked against libphonenumber's numbering plans.
    case phone
    /// An email address.
    case email
    /// A street address or post office box.
    case address
    /// Latitude and longitude, in decimal degrees or degrees, minutes and seconds.
    case coordinates
    /// A link to a place on a map (Google Maps, Apple Maps, OpenStreetMap, what3words, Waze, Bing).
    case mapLink
    /// An IPv4 or IPv6 address.
    case ipAddress
    /// A payment card number that passes the Luhn check and has a known issuer prefix and length.
    case paymentCard
    /// An international bank account number with a valid check.
    case iban
    /// A national identity number: US SSN, UK National Insurance, Canadian SIN, French NIR, German tax id,
    /// Spanish DNI/NIE.
    case nationalID
}

/// One piece of personal information found in a text.
public struct PIIEntity: Sendable, Hashable, Codable {
    /// What kind of information it is.
    public var type: PIIType
    /// The first Unicode scalar, in the original text.
    public var start: Int
    /// One past the last Unicode scalar, in the original text.
    public var end: Int
    /// The value in a normal form: E.164 for phones (`+14155550134`), lower case for emails, digits only for
    /// cards and national ids, upper case without spaces for IBANs, `lat,lon` for coordinates.
    public var value: String
    /// How sure the scanner is, from 0 to 1.
    public var confidence: Double

    /// Makes an entity.
    /// - Parameters:
    ///   - type: What kind of information it is.
    ///   - start: The first Unicode scalar in the original text.
    ///   - end: One past the last Unicode scalar.
    ///   - value: The value in its normal form.
    ///   - confidence: How sure the scanner is, from 0 to 1.
    public init(type: PIIType, start: Int, end: Int, value: String, confidence: Double) {
        self.type = type
        self.start = start
        self.end = end
        self.value = value
        self.confidence = confidence
    }
}
