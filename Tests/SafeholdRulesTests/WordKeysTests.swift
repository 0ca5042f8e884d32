@testable import SafeholdRules
import Testing

/// The numbers the tokenizer gives each word: the matcher and the anchors trust them instead of comparing
/// strings, so a wrong number would silently lose a match.
@Suite("Rules: word and word-beginning numbers")
struct WordKeysTests {
    @Test("an exact word gets its number, and any other word none")
    func exactWords() {
        var keys = WordKeys()
        let kill = keys.number(ofWord: "kill")
        let you = keys.number(ofWord: "you")
        #expect(kill != you)
        #expect(keys.number(ofWord: "kill") == kill)
        #expect(keys.key(of: "kill").word == kill)
        #expect(keys.key(of: "you").word == you)
        #expect(keys.key(of: "killed").word == -1)
        #expect(keys.key(of: "").word == -1)
    }

    @Test("a word gets every beginning it starts with, nested ones included, whatever order they were added in")
    func beginnings() {
        var keys = WordKeys()
        let killer = keys.number(ofStem: "killer")
        let kill = keys.number(ofStem: "kill")
        let post = keys.number(ofStem: "post")
        #expect(keys.number(ofStem: "kill") == kill)
        #expect(Set(keys.key(of: "killers").stems) == [kill, killer])
        #expect(Set(keys.key(of: "killer").stems) == [kill, killer])
        #expect(keys.key(of: "killed").stems == [kill])
        #expect(keys.key(of: "kill").stems == [kill])
        #expect(keys.key(of: "kil").stems.isEmpty)
        #expect(keys.key(of: "skill").stems.isEmpty)
        #expect(keys.key(of: "posting").stems == [post])
        #expect(keys.key(of: "").stems.isEmpty)
    }

    @Test("beginnings written in other scripts are walked byte by byte")
    func otherScripts() {
        var keys = WordKeys()
        let tuer = keys.number(ofStem: "tuer")
        let ubersetz = keys.number(ofStem: "übersetz")
        #expect(keys.key(of: "tuerai").stems == [tuer])
        #expect(keys.key(of: "übersetzen").stems == [ubersetz])
        #expect(keys.key(of: "über").stems.isEmpty)
        #expect(keys.key(of: "usersetzen").stems.isEmpty)
    }

    @Test("a word and a beginning with the same letters are told apart")
    func wordAndBeginning() {
        var keys = WordKeys()
        let word = keys.number(ofWord: "kill")
        let stem = keys.number(ofStem: "kill")
        let key = keys.key(of: "kill")
        #expect(key.word == word)
        #expect(key.stems == [stem])
        #expect(keys.key(of: "kills").word == -1)
        #expect(keys.key(of: "kills").stems == [stem])
    }
}
