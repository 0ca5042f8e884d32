import SafeholdText

/// Finds personal information in any text: phone numbers, emails, street addresses, coordinates and map
/// links, IP addresses, payment cards, IBANs and national identity numbers.
///
/// Each finder reads the text once, in time linear in its length; regular expressions (libphonenumber's
/// patterns) only ever check one candidate number. Where two findings overlap, the more certain one (then
/// the longer one) is kept. The scanner is immutable and can be shared between threads.
public struct PIIScanner: Sendable {
    private let phones: PhoneFinder

    /// The scanner with the phone numbering plans shipped in the module.
    /// - Throws: ``PIIResourceError`` when the shipped resource is missing or damaged.
    public static func shipped() throws -> PIIScanner {
        guard let metadata = PhoneMetadata.shipped else {
            throw PIIResourceError(resource: "phone-metadata.tsv", line: 0)
        }
        return PIIScanner(metadata: metadata)
    }

    init(metadata: PhoneMetadata) {
        phones = PhoneFinder(metadata: metadata)
    }

    /// Every piece of personal information in a text.
    /// - Parameter text: Text someone else wrote.
    /// - Returns: Entities sorted by where they start, never overlapping; offsets are Unicode scalars of
    ///   `text`, end exclusive.
    public func scan(_ text: String) -> [PIIEntity] {
        let scanText = ScanText(text)
        let runs = scanText.digitRuns()
        let tokens = TokenList.make(scanText.folded)
        let emails = EmailFinder()
        var found = emails.find(in: scanText) + emails.obfuscated(in: tokens, text: scanText)
        found += phones.find(in: scanText, runs: runs)
        found += AddressFinder(original: scanText.folded.original).find(in: AddressTokens.make(tokens))
        found += LocationFinder().find(in: scanText)
        found += NetworkFinder().find(in: scanText)
        let payments = PaymentFinder()
        found += payments.cards(in: scanText, runs: runs) + payments.ibans(in: scanText)
        found += NationalIDFinder().find(in: scanText, runs: runs)
        return Self.resolve(found)
    }

    /// Keeps the most certain (then longest) of overlapping entities, cluster by cluster so that the cost
    /// stays linear when a text holds many entities.
    static func resolve(_ entities: [PIIEntity]) -> [PIIEntity] {
        let byStart = entities.filter { $0.end > $0.start }.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var kept: [PIIEntity] = []
        var cluster: [PIIEntity] = []
        var reach = Int.min
        for entity in byStart {
            if entity.start >= reach, !cluster.isEmpty {
                kept += best(of: cluster)
                cluster = []
            }
            cluster.append(entity)
            reach = max(reach, entity.end)
        }
        kept += best(of: cluster)
        return kept.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    private static func best(of cluster: [PIIEntity]) -> [PIIEntity] {
        guard cluster.count > 1 else { return cluster }
        guard cluster.count <= 256 else { return firstComeFirstKept(cluster) }
        let ranked = cluster.sorted {
            ($0.confidence, $0.end - $0.start, -$0.start) > ($1.confidence, $1.end - $1.start, -$1.start)
        }
        var kept: [PIIEntity] = []
        for entity in ranked where !kept.contains(where: { $0.start < entity.end && entity.start < $0.end }) {
            kept.append(entity)
        }
        return kept
    }

    /// For a crafted text where hundreds of findings overlap in a chain: keep each that starts after the last
    /// kept one ends, so that the cost stays linear.
    private static func firstComeFirstKept(_ cluster: [PIIEntity]) -> [PIIEntity] {
        var kept: [PIIEntity] = []
        for entity in cluster where entity.start >= (kept.last?.end ?? Int.min) { kept.append(entity) }
        return kept
    }
}
