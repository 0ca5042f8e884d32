import Foundation
import SafeholdFacts

/// `safehold-resources evaluate-addresses`: recall of the PIIScanner on the usaddress labelled US addresses
/// (each put inside a sentence), and precision over those sentences plus the project's own sentences that
/// hold no address. The data is only read, never copied into the repository.
enum AddressEvaluation {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// One labelled address: its text, and where its number and street end inside that text.
    struct Labelled {
        var text: String
        var tags: [(tag: String, range: Range<Int>)]
    }

    static let files = [
        "training_labeled.xml", "training_us50_messiest_manual_label.xml", "training_us50_train_tagged.xml",
        "training_multi_word_state_addresses.xml",
    ]

    static func run(source: URL) throws {
        let scanner = try PIIScanner.shipped()
        var streets = 0
        var boxes = 0
        var skipped = 0
        var found = 0
        var falsePositives = 0
        var truePositives = 0
        var missed: [String] = []
        for name in files {
            let url = source.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw Failure(description: "\(url.path) is not there; this command needs the usaddress reference data.")
            }
            for address in parse(text) {
                let names = Set(address.tags.map(\.tag))
                guard !names.contains("NotAddress"), !names.contains("IntersectionSeparator"),
                    (names.contains("AddressNumber") && names.contains("StreetName")) || names.contains("USPSBoxID")
                else {
                    skipped += 1
                    continue
                }
                if names.contains("USPSBoxID") { boxes += 1 } else { streets += 1 }
                let prefix = "Please send it to "
                let sentence = prefix + address.text + " by Friday."
                let offset = prefix.unicodeScalars.count
                let core = address.tags.filter {
                    ["AddressNumber", "StreetName", "StreetNamePostType", "USPSBoxID", "USPSBoxType"].contains($0.tag)
                }
                let low = offset + (core.map(\.range.lowerBound).min() ?? 0)
                let high = offset + (core.map(\.range.upperBound).max() ?? 0)
                let whole = offset..<(offset + address.text.unicodeScalars.count)
                let entities = scanner.scan(sentence).filter { $0.type == .address }
                if entities.contains(where: { $0.start <= low && $0.end >= high }) {
                    found += 1
                } else if missed.count < 25 {
                    missed.append(address.text)
                }
                for entity in entities {
                    if whole.overlaps(entity.start..<entity.end) { truePositives += 1 } else { falsePositives += 1 }
                }
            }
        }
        let negatives = negativeFalsePositives(scanner)
        let total = streets + boxes
        print(
            "usaddress: \(total) addresses with a number and street or a PO box (\(streets) streets, \(boxes) boxes); \(skipped) intersections, landmarks and fragments left out"
        )
        print(
            String(
                format: "recall (number through street type covered): %.3f (%d of %d)",
                Double(found) / Double(max(total, 1)),
                found,
                total
            )
        )
        print(
            "false positives: \(falsePositives) in the address sentences, \(negatives) in \(negativeSentences.count) sentences without an address"
        )
        print(
            String(
                format: "precision: %.3f",
                Double(truePositives) / Double(max(truePositives + falsePositives + negatives, 1))
            )
        )
        print("some misses:")
        for text in missed { print("  " + text) }
    }

    /// Parses `<AddressString><Tag>text</Tag> <Tag>text</Tag></AddressString>` lines.
    static func parse(_ xml: String) -> [Labelled] {
        var result: [Labelled] = []
        for line in xml.components(separatedBy: "\n") {
            guard let open = line.range(of: "<AddressString>"), let close = line.range(of: "</AddressString>") else {
                continue
            }
            var body = Substring(line[open.upperBound..<close.lowerBound])
            var text = ""
            var tags: [(String, Range<Int>)] = []
            while let start = body.firstIndex(of: "<") {
                text += unescape(String(body[..<start]))
                guard let end = body[start...].firstIndex(of: ">") else { break }
                let tag = String(body[body.index(after: start)..<end])
                body = body[body.index(after: end)...]
                guard !tag.hasPrefix("/"), let closing = body.range(of: "</\(tag)>") else { continue }
                let value = unescape(String(body[..<closing.lowerBound]))
                let begin = text.unicodeScalars.count
                text += value
                let trailing = value.unicodeScalars.reversed().prefix { ".,;:#".unicodeScalars.contains($0) }.count
                tags.append((tag, begin..<max(begin, text.unicodeScalars.count - trailing)))
                body = body[closing.upperBound...]
            }
            text += unescape(String(body))
            result.append(Labelled(text: text, tags: tags))
        }
        return result
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&#39;", with: "'")
    }

    static func negativeFalsePositives(_ scanner: PIIScanner) -> Int {
        negativeSentences.reduce(0) { $0 + scanner.scan($1).filter { $0.type == .address }.count }
    }

    /// Sentences the project wrote with numbers next to words, none of them an address.
    static let negativeSentences = [
        "I waited 20 minutes at the bus stop on the corner",
        "we have 3 dogs and 2 cats at home",
        "the 5 best places to eat downtown",
        "she walked 10 miles down the road yesterday",
        "Room 204 is on the second floor",
        "he scored 12 points in the last game",
        "I paid 45 dollars for the street food tour",
        "meet me at 7 at the park",
        "there are 100 ways to say no",
        "the 2 of us drove 300 km on the highway",
        "flight 815 lands at gate 23",
        "chapter 11 talks about the court case",
        "order 66 was the worst",
        "I have 2 court dates next month",
        "after 9 pm the lane is closed",
        "page 42 of the drive manual",
        "top 10 street artists this year",
        "we lost 3 games in a row",
        "it took 4 hours to drive there",
        "she is 16 years old",
        "call me in 5 min",
        "the 405 was jammed again",
        "I counted 12 cars on the way",
        "version 2 of the app is out",
        "bought 6 eggs and 1 loaf at the store",
        "my score was 98 out of 100",
        "the class of 2019 reunion",
        "it is 3 blocks from the station",
        "there were 50 people at the party",
        "I slept 8 hours last night",
        "we saw 5 guys drive past the house",
        "it takes 2 hours each way",
        "the 3 kids run home after school",
        "only 4 cars made it to the final lap",
        "I ate 2 slices of pizza in the car",
        "she has 3 brothers and 1 sister",
        "we need 10 more chairs for the hall",
        "4 friends came over to watch the game",
        "see you in 15",
        "5 new messages from mom",
    ]
}
