import SafeholdText
import Testing

@Suite("FoldedText")
struct FoldedTextTests {
    @Test(
        "disguised words fold to the plain word",
        arguments: [
            ("k!ll", "kill"), ("i d i o t", "idiot"), ("i.d.i.o.t", "idiot"), ("stuuuupid", "stupid"),
            ("1d10t", "idiot"), ("WH0RE", "whore"), ("ki\u{200B}ll", "kill"), ("\u{0456}d\u{0456}\u{043E}t", "idiot"),
            ("Ｉｄｉｏｔ", "idiot"), ("José", "jose"), ("b!tch", "bitch"), ("$lut", "slut"),
            ("sooo i d i o t", "so idiot"), ("a b c and x y", "abc and x y"), ("h\u{03BC}rt", "hurt"),
            ("h\u{00B5}rt", "hurt"), ("\u{03C9}h\u{03BF}re", "whore"), ("ki11", "kill"), ("kiII", "kill"),
            ("ki||", "kill"), ("wiII you", "will you"), ("I KILL", "i kill"), ("Iris", "iris"), ("I'll", "i'll"),
            ("III", "i"), ("b***h", "bitch"), ("you i***t!", "you idiot!"), ("f*ck", "fuck"), ("st*pid", "stupid"),
            ("s**t", "shit"), ("f***", "fuck"), ("**bold**", "**bold**"), ("a*b", "a*b"), ("5*3", "5*3"),
            ("#metoo", "#metoo"), ("w*******s", "worthless"), ("a**hole", "asshole"),
            ("a11 of you", "all of you"),
            // Broken by dots, dashes or underscores into pieces that spell a listed word; group names behind masks.
            ("I will kil.l you", "i will kill you"), ("b-itch", "bitch"), ("st_upid", "stupid"), ("id.i.ot", "idiot"),
            ("stu.pdi", "stupid"), ("m*slims are vermin", "muslims are vermin"), ("j*ws", "jews"), ("g*y", "gay"),
            ("wh*re", "whore"), ("@kil_l", "akil_l"), ("I will ķíłł you", "i will kill you"), ("møron", "moron"),
            ("ŁOSER", "loser"),
            // Small capitals and the kra; spaced letters with up to three marks between; every letter pressed twice.
            ("I will ᴋɪʟʟ you", "i will kill you"), ("ʏᴏᴜ ɪᴅɪᴏᴛ", "you idiot"), ("I will ĸill you", "i will kill you"),
            ("I will k . i . l . l you", "i will kill you"), ("k - i - l - l", "kill"), ("i  d  i  o  t", "idiot"),
            ("I will kkiillll you", "i will kill you"), ("ssttuuppiidd", "stupid"), ("wwhhoorree", "whore"),
            // Different marks between the letters are not one word spelled out.
            ("a . b c", "a . b c"), ("x  y z", "x  y z"),
        ]
    )
    func disguisedWordsFold(written: String, plain: String) {
        #expect(FoldedText(written, options: .aggressive).string == plain)
    }

    @Test(
        "words broken by dots, dashes or underscores stay as written unless they spell a listed word",
        arguments: [
            "e.g. this", "re-read it", "file_name.txt", "site.kill.com", "kill.me now", "well-being", "x-ray",
            "die-hard fan", "the dead-end road", "e-mail", "a kill-joy", "kil.l2", "kil.l.er",
        ]
    )
    func brokenWordsStay(written: String) {
        #expect(FoldedText(written, options: .aggressive).string == FoldedText(written, options: .standard).string)
    }

    @Test("numbers without letters keep their digits")
    func numbersKeepDigits() {
        #expect(FoldedText("call 555 0134 at 5!", options: .aggressive).string == "call 555 0134 at 5!")
    }

    @Test("a sentence keeps its ordinary words and punctuation")
    func sentenceKeepsPunctuation() {
        #expect(FoldedText("I see you. Really!", options: .aggressive).string == "i see you. really!")
    }

    @Test("spans map back to the characters that were written")
    func spansMapBack() {
        let text = "you \u{200B}i d \u{0456} o t!"
        let folded = FoldedText(text, options: .aggressive)
        #expect(folded.string == "you idiot!")
        let range = folded.originalRange(of: 4..<9)
        let scalars = Array(text.unicodeScalars)
        var written = ""
        written.unicodeScalars.append(contentsOf: scalars[range])
        #expect(written == "i d \u{0456} o t")
    }

    @Test("offsets count Unicode scalars, so emoji before a word do not shift it")
    func offsetsCountScalars() {
        let folded = FoldedText("😡😡 die", options: .standard)
        #expect(folded.string == "😡😡 die")
        #expect(folded.originalRange(of: 3..<6) == 3..<6)
    }

    @Test("words are runs of letters and digits")
    func wordsAreRuns() {
        let folded = FoldedText("Hi, it's 5pm.", options: .standard)
        let words = folded.words().map { range in String(String.UnicodeScalarView(folded.scalars[range])) }
        #expect(words == ["hi", "it", "s", "5pm"])
    }

    @Test("an empty text folds to nothing")
    func emptyText() {
        let folded = FoldedText("", options: .aggressive)
        #expect(folded.scalars.isEmpty)
        #expect(folded.originalRange(of: 0..<0) == 0..<0)
    }
}
