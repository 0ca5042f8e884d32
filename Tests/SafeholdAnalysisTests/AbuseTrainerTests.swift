import Foundation
import SafeholdAnalysis
import Testing

@Suite("AbuseTrainer")
struct AbuseTrainerTests {
    /// Small, so that a test trains in well under a second.
    static let settings = TrainingSettings(
        version: "fixture-1",
        features: FeatureSettings(bucketBits: 12),
        epochs: 8,
        learningRate: 0.2
    )

    /// A tiny labelled set the project wrote: hostile sentences and friendly ones, with the same kind of words.
    static let rows: [TrainingExample] = {
        let hostile = [
            "you are a worthless idiot", "shut up you stupid loser", "you pathetic moron", "what an idiot you are",
            "nobody likes you, loser", "you are so stupid", "stupid idiot go away", "you dumb loser",
        ]
        let friendly = [
            "thanks for the lovely dinner", "see you at the park tomorrow", "the kids loved the film",
            "happy birthday, have a great day", "can you pick up bread", "the meeting moved to noon",
            "lovely photos from the trip", "good luck with the exam",
        ]
        var result: [TrainingExample] = []
        for round in 0..<3 {
            let portion: SplitPortion = round < 2 ? .train : .calibration
            result += hostile.map {
                TrainingExample(
                    source: "fixture",
                    text: "\($0) \(round)",
                    labels: [.insult: true, .toxicity: true],
                    portion: portion
                )
            }
            result += friendly.map {
                TrainingExample(
                    source: "fixture",
                    text: "\($0) \(round)",
                    labels: [.insult: false, .toxicity: false],
                    portion: portion
                )
            }
        }
        return result
    }()

    @Test("training twice on the same rows gives the same bytes")
    func deterministic() throws {
        let first = try AbuseTrainer(settings: Self.settings).train(Self.rows).fileData()
        let second = try AbuseTrainer(settings: Self.settings).train(Self.rows).fileData()
        #expect(first == second)
        #expect(first.count < 64 * 1024)
    }

    @Test("the trained fixture model tells its hostile examples from its friendly ones")
    func separates() {
        let model = AbuseTrainer(settings: Self.settings).train(Self.rows)
        #expect(model.version == "fixture-1")
        let hostile = model.classify("you stupid idiot")
        let friendly = model.classify("have a lovely day at the park")
        #expect(hostile[.insult] > friendly[.insult] + 0.3)
        #expect(hostile.flagged.contains(.insult))
        #expect(!friendly.flagged.contains(.insult))
    }

    @Test("a label no row speaks about is not learned as a no")
    func unknownLabelsAreMasked() {
        let model = AbuseTrainer(settings: Self.settings).train(Self.rows)
        let threat = model.classify("you stupid idiot")[.threat]
        let calm = model.classify("thanks for the lovely dinner")[.threat]
        #expect(abs(threat - calm) < 0.05)
    }

    @Test("test rows are never trained on")
    func ignoresTestRows() throws {
        var poisoned = Self.rows
        poisoned += (0..<20).map {
            TrainingExample(source: "fixture", text: "lovely dinner \($0)", labels: [.insult: true], portion: .test)
        }
        let clean = try AbuseTrainer(settings: Self.settings).train(Self.rows).fileData()
        #expect(try AbuseTrainer(settings: Self.settings).train(poisoned).fileData() == clean)
    }

    @Test("buckets seen in fewer training rows than minFeatureRows get no weight")
    func rareBucketsArePruned() {
        var kept = Self.settings
        kept.minFeatureRows = 1
        var pruned = Self.settings
        pruned.minFeatureRows = Self.rows.count + 1
        let plain = AbuseTrainer(settings: kept).train(Self.rows)
        let empty = AbuseTrainer(settings: pruned).train(Self.rows)
        #expect(plain.classify("you stupid idiot")[.insult] > plain.classify("")[.insult] + 0.2)
        #expect(empty.classify("you stupid idiot")[.insult] == empty.classify("")[.insult])
    }

    @Test("settings written before minFeatureRows existed still read, counting every bucket")
    func oldSettingsRead() throws {
        var settings = TrainingSettings()
        settings.minFeatureRows = 7
        var object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(settings)) as! [String: Any]
        #expect(object["minFeatureRows"] as? Int == 7)
        object["minFeatureRows"] = nil
        let old = try JSONDecoder().decode(TrainingSettings.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.minFeatureRows == 1)
        #expect(TrainingSettings().minFeatureRows == 10)
    }

    /// Hostile sentences with their insults marked, as SemEval-2021 Task 5 marks toxic words.
    static let markedRows: [TrainingExample] = {
        let sentences = [
            "you are a worthless idiot", "shut up you stupid loser", "what an idiot you are", "you dumb loser",
            "nobody likes you, loser", "stupid idiot go away", "thanks for the lovely dinner", "see you at the park",
        ]
        let marked: Set<String> = ["worthless", "idiot", "stupid", "loser", "dumb"]
        var result: [TrainingExample] = []
        for round in 0..<4 {
            for sentence in sentences {
                let text = "\(sentence) \(round)"
                var offsets: [Int] = []
                var position = 0
                for word in text.split(separator: " ", omittingEmptySubsequences: false) {
                    let bare = word.trimmingCharacters(in: .punctuationCharacters)
                    if marked.contains(bare) { offsets += position..<(position + bare.unicodeScalars.count) }
                    position += word.unicodeScalars.count + 1
                }
                result.append(
                    TrainingExample(
                        source: "semeval2021-train",
                        text: text,
                        labels: [:],
                        spans: offsets,
                        portion: round < 3 ? .train : .calibration
                    )
                )
            }
        }
        return result
    }()

    @Test("the word model learns which words are marked, and spans keep to them")
    func wordModel() throws {
        let model = AbuseTrainer(settings: Self.settings).train(Self.rows + Self.markedRows)
        #expect(try model.fileData()[8] == 2)
        let text = "you are a stupid idiot"
        let result = model.classify(text)
        #expect(result.flagged.contains(.insult))
        let scalars = Array(text.unicodeScalars)
        let words = Set(
            result.spans(for: .insult).map { span in
                String(String.UnicodeScalarView(scalars[span.start..<span.end]))
            }
        )
        #expect(words == ["stupid idiot"])
    }
}
