import Testing

@testable import SafeholdAnalysis

@Suite("Profane words")
struct ProfaneWordsTests {
    @Test(
        "swear words, slurs, obscenities and their compounds are profane",
        arguments: [
            "fuck", "shit", "horseshit", "motherfucking", "fuckface", "bitchass", "cunts", "whorehouse", "ass",
            "damn", "wtf", "penis", "masturbating",
        ]
    )
    func profane(_ word: String) {
        #expect(ProfaneWords.contains(word[...]))
    }

    @Test(
        "ordinary words that hold the letters of one are not",
        arguments: [
            "scunthorpe", "sniggering", "assess", "class", "hello", "shell", "number", "dont", "night",
            "cocktail", "dickens", "passion", "butter",
        ]
    )
    func clean(_ word: String) {
        #expect(!ProfaneWords.contains(word[...]))
    }

    @Test("the model marks whether a text with profanity flagged holds a profane word")
    func scoresSayIt() throws {
        let model = try AbuseModel.shipped()
        let sworn = model.classify("fuck this shit, you stupid bitch")
        #expect(sworn.flagged.contains(.profanity))
        #expect(sworn.hasProfaneWord)
        let plain = model.classify("I don't hate you")
        #expect(plain.flagged.contains(.profanity), "the model alone reads profanity in \(plain.scores)")
        #expect(!plain.hasProfaneWord)
    }
}
