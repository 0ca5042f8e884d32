import Foundation
import Testing

@testable import SafeholdAnalysis

@Suite("Plain words")
struct PlainWordsTests {
    static func hash(_ word: String) -> UInt64 { FeatureExtractor.wordHash(word) }

    @Test("the shipped list is there and holds everyday words, not disguised or run-together spellings")
    func shippedList() throws {
        let list = try #require(PlainWords.shipped)
        #expect(list.count > 70_000)
        for word in ["bitcoin", "pussycat", "assistant", "therapist", "analysis", "the", "kill", "idiot"] {
            #expect(list.contains(Self.hash(word)), "\(word)")
        }
        for word in ["biatch", "killyou", "libtard", "stoopid", "bitc", "b1tch", "", "a", "Bitcoin"] {
            #expect(!list.contains(Self.hash(word)), "\(word)")
        }
    }

    @Test("a listing skips comments, blank lines, carriage returns and anything but lower-case letters")
    func listing() {
        let text = "# kill\n\nbitcoin\r\ncafé\nbook\nbook\nTwo words\nsh!t\nzebra"
        let list = PlainWords(listing: Data(text.utf8))
        #expect(list.count == 3)
        for word in ["bitcoin", "book", "zebra"] { #expect(list.contains(Self.hash(word)), "\(word)") }
        for word in ["kill", "café", "sh!t", "two", "# kill", "bitcoin\r"] {
            #expect(!list.contains(Self.hash(word)), "\(word)")
        }
        let empty = PlainWords(listing: Data())
        #expect(empty.count == 0)
        #expect(!empty.contains(Self.hash("book")))
        #expect(!empty.contains(0))
    }

    @Test("a plain word the model did not learn gives its unigram alone; a learned or disguised word keeps its n-grams")
    func features() {
        let settings = FeatureSettings(bucketBits: 12, plainWords: 1)
        let unlearned = PlainWords(hashes: [Self.hash("bitcoin"), Self.hash("pussycat")])
        let model = FeatureExtractor(settings: settings, unlearned: unlearned)
        let training = FeatureExtractor(settings: settings)
        // "bitcoin" has no word class, so without n-grams its only feature is its unigram.
        #expect(model.extract("bitcoin").buckets.count == 1)
        #expect(training.extract("bitcoin").buckets.count > 10)
        // Folding reads b1tcoin as bitcoin, so the disguise changes nothing.
        #expect(model.extract("b1tcoin").buckets == model.extract("bitcoin").buckets)
        // A learned word, and a spelling no dictionary holds, keep their n-grams ("biatch" would not do here:
        // folding reads it as "bitch").
        #expect(model.extract("assistant").buckets == training.extract("assistant").buckets)
        #expect(model.extract("libtard").buckets == training.extract("libtard").buckets)
        #expect(model.extract("libtard").buckets.count > 10)
        // Settings that name no list ignore one given.
        let off = FeatureExtractor(settings: FeatureSettings(bucketBits: 12), unlearned: unlearned)
        #expect(off.extract("bitcoin").buckets.count > 10)
    }

    @Test("training notes a word as learned when it is in enough rows, once a row; the rest are unlearned")
    func learnedBits() throws {
        let list = PlainWords(listing: Data("alpha\nbeta\ngamma\ndelta\nepsilon\nzeta\neta\ntheta\niota\n".utf8))
        #expect(list.count == 9)
        let (alpha, beta, gamma, iota) = (Self.hash("alpha"), Self.hash("beta"), Self.hash("gamma"), Self.hash("iota"))
        let rows = [[alpha, alpha, alpha], [alpha, beta], [beta, iota], [iota], [gamma, Self.hash("other")]]
        let bits = list.learned(inRows: rows, minRows: 2)
        #expect(bits == [0b0000_0011, 0b0000_0001])
        let unlearned = try #require(list.unlearned(bits))
        #expect(!unlearned.contains(alpha) && !unlearned.contains(beta) && !unlearned.contains(iota))
        #expect(unlearned.contains(gamma) && unlearned.contains(Self.hash("theta")))
        #expect(unlearned.count == 6)
        // Slurs and names of groups keep their n-grams however rare they were.
        let slurs = PlainWords(listing: Data("wetbacks\nmuslims\nbitcoin\n".utf8))
        let kept = try #require(slurs.unlearned([0]))
        #expect(kept.count == 1)
        #expect(kept.contains(Self.hash("bitcoin")) && !kept.contains(Self.hash("wetbacks")))
        #expect(!kept.contains(Self.hash("muslims")))
        // Bits for a list of another length are refused.
        #expect(list.unlearned([0xFF]) == nil)
        #expect(list.unlearned([0, 0, 0]) == nil)
    }

    @Test("only an extractor for training lists the words it read")
    func recordsWords() {
        let settings = FeatureSettings(bucketBits: 12, plainWords: 1)
        let recorder = FeatureExtractor(settings: settings, recordsWords: true)
        #expect(recorder.extract("I don't like bitcoin").wordHashes.contains(Self.hash("bitcoin")))
        #expect(recorder.extract("I don't like bitcoin").wordHashes.count >= 4)
        #expect(FeatureExtractor(settings: settings).extract("I like bitcoin").wordHashes.isEmpty)
    }

    @Test("a model file whose learned words are missing, garbled or of the wrong length is refused as damaged")
    func damagedLearnedWords() throws {
        let shipped = try AbuseModel.shipped()
        #expect(shipped.header.features.plainWords == 1)
        #expect(shipped.header.learnedPlainWords != nil)
        for learned in [nil, "", "not base64 at all!", "AAAA", String(repeating: "A", count: 40_000)] {
            var header = shipped.header
            header.learnedPlainWords = learned
            let data = try ModelFile.encode(header: header, weights: shipped.weights)
            #expect {
                try AbuseModel(data: data)
            } throws: { ($0 as? AbuseModelError)?.code == .damaged }
        }
    }

    @Test("the shipped model reads bitcoin and pussycat as the everyday words they are")
    func shippedModel() throws {
        let model = try AbuseModel.shipped()
        for text in ["the bitcoin price is crazy", "Our pussycat sleeps all day", "bitcoin", "b1tcoin"] {
            let scores = model.classify(text)
            #expect(scores.flagged.isEmpty, "\(text): \(scores.flagged)")
        }
        // The same letters in an abusive spelling are still read.
        #expect(
            model.classify("you bitch").flagged.contains(.insult)
                || model.classify("you bitch").flagged.contains(.profanity)
        )
    }

    @Test("settings naming a word list this program does not have are refused as damage")
    func unknownVersion() {
        #expect(FeatureSettings(plainWords: 1).isValid)
        #expect(!FeatureSettings(plainWords: 2).isValid)
        #expect(!FeatureSettings(plainWords: -1).isValid)
    }

    @Test("models written before the list existed read their settings without it")
    func olderSettings() throws {
        let json = #"{"bucketBits":20,"minCharGram":2,"maxCharGram":5,"charGramWordLimit":40,"normFloor":32}"#
        let settings = try JSONDecoder().decode(FeatureSettings.self, from: Data(json.utf8))
        #expect(settings.plainWords == 0)
        #expect(settings.isValid)
    }
}
