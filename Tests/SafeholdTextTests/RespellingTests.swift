import Foundation
import SafeholdText
import Testing

@Suite("FoldedText: slips and run-together words")
struct RespellingTests {
    static func folded(_ text: String) -> String { FoldedText(text, options: .aggressive).string }

    @Test(
        "an abusive word with two letters swapped or one left out reads as the word",
        arguments: [
            ("you are a stuipd idoit", "you are a stupid idiot"), ("I will klil you", "i will kill you"),
            ("gay people are disugsting", "gay people are disgusting"),
            ("imigrants are vermin", "immigrants are vermin"),
            ("you are an idot", "you are an idiot"), ("disgustng", "disgusting"), ("pahetic", "pathetic"),
            ("jewz are rats", "jews are rats"), ("I hate gayz", "i hate gays"), ("stupid bitchez", "stupid bitches"),
            ("WORHTLESS!", "worthless!"), ("you are a biatch", "you are a bitch"), ("phuck you", "fuck you"),
            ("gay people are disgustting", "gay people are disgusting"), ("you stupiid cow", "you stupid cow"),
        ]
    )
    func slips(written: String, plain: String) {
        #expect(Self.folded(written) == plain)
    }

    @Test(
        "words run together split into the words when they hold an abusive word",
        arguments: [
            ("Iwillkillyou", "i will kill you"), ("I will killyou", "i will kill you"),
            ("gay people aredisgusting", "gay people are disgusting"), ("youarepathetic", "you are pathetic"),
            ("you are anidiot", "you are an idiot"), ("#killallmen", "#kill all men"), ("ihateu", "i hate u"),
            ("I hateimmigrants", "i hate immigrants"), ("u r a l o s e r", "ur a loser"),
            ("urastupidbitch", "ur a stupid bitch"), ("iwillfindyouandhurtyou", "i will find you and hurt you"),
            ("imgoingtokillyou", "im going to kill you"), ("you're a s l u t", "you're a slut"),
        ]
    )
    func runTogether(written: String, plain: String) {
        #expect(Self.folded(written) == plain)
    }

    @Test(
        "real words, names, handles and words that only look close stay as written",
        arguments: [
            "shot", "the moon is out", "she wore red", "a strange coke", "the refuge", "the garage",
            "therapist", "apathetic", "deadbeat", "killian", "choker", "strangler", "overkill", "skills",
            "assassin", "hitman", "something", "raed al saleh", "kil", "trashcan", "the jazz", "quiz", "blitz",
            "whiz", "killz", "jewzz",
            "washerwomen", "hill", "will", "bill", "killjoy", "beatles", "dickens", "hateful", "killer", "dickau",
            "u r a waste of space", "r u ok", "looser", "rapped", "hatted", "rastaban", "candid", "thenceforth",
        ]
    )
    func leftAlone(written: String) {
        #expect(Self.folded(written) == written)
    }

    @Test("no everyday English word is read as a slip or split into words (Debian's wamerican, as the model ships it)")
    func everydayWordsStay() throws {
        let list = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../Sources/SafeholdAnalysis/Resources/plain-words-1.txt"
        )
        let words = try String(contentsOf: list, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.map(String.init)
        #expect(words.count > 70_000)
        // A run of three letters ("xxx", "viii") is shortened by design, as in "stuuupid".
        func hasARun(_ word: String) -> Bool {
            let letters = Array(word)
            return letters.indices.dropFirst(2).contains {
                letters[$0] == letters[$0 - 1] && letters[$0] == letters[$0 - 2]
            }
        }
        let changed = words.filter { !hasARun($0) && Self.folded($0) != $0 }
        #expect(changed.isEmpty, "\(changed.prefix(40))")
    }

    @Test(
        "hate written with an 8 for its sound reads as hate; a b that was written as a b does not",
        arguments: [
            ("I h8 you", "i hate you"), ("h8ers gonna h8", "haters gonna hate"), ("so h8ful", "so hateful"),
            ("an HB pencil", "an hb pencil"), ("hbs", "hbs"), ("h8h", "hbh"),
        ]
    )
    func eights(written: String, plain: String) {
        #expect(Self.folded(written) == plain)
    }

    @Test("a handle is a name and stays whole; leet folding reads its @ as a")
    func handles() {
        #expect(Self.folded("@MurderSHE_smoke said hi") == "amurdershe_smoke said hi")
        #expect(Self.folded("@killyou and killyou") == "akillyou and kill you")
    }

    @Test("spans of a word that was repaired or split map back to exactly what was written")
    func spansMapBack() {
        let text = "ok Iwillkillyou now"
        let folded = FoldedText(text, options: .aggressive)
        #expect(folded.string == "ok i will kill you now")
        let scalars = Array(text.unicodeScalars)
        func written(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(scalars[folded.originalRange(of: range)]))
        }
        #expect(written(10..<14) == "kill")
        #expect(written(3..<18) == "Iwillkillyou")
        let slip = FoldedText("so stuipd", options: .aggressive)
        #expect(slip.string == "so stupid")
        #expect(
            String(String.UnicodeScalarView(Array("so stuipd".unicodeScalars)[slip.originalRange(of: 3..<9)]))
                == "stuipd"
        )
        let other = FoldedText("u r a biatch", options: .aggressive)
        #expect(other.string == "u r a bitch")
        #expect(other.originalRange(of: 6..<11) == 6..<12)
        let missing = FoldedText("an idot", options: .aggressive)
        #expect(missing.string == "an idiot")
        #expect(missing.originalRange(of: 3..<8) == 3..<7)
    }

    @Test("a long run of letters is left alone and costs one pass")
    func longRun() {
        let text = String(repeating: "killyou", count: 150_000)
        #expect(FoldedText(text, options: .aggressive).string == text)
        let words = Array(repeating: "iwillkillyou", count: 50_000).joined(separator: " ")
        #expect(FoldedText(words, options: .aggressive).scalars.count == words.unicodeScalars.count + 150_000)
    }
}
