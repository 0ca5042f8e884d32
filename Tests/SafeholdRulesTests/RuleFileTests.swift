import Foundation
import SafeholdRules
import Testing

/// A small rule file, with patterns given per test.
func ruleFile(
    language: String = "xx",
    patterns: [String],
    lexicon: [String: [String]] = [:],
    needs: [String] = [],
    needsBefore: [String] = [],
    unless: [String] = [],
    times: Int? = nil,
    markers: [String: [String]] = [:]
) -> (name: String, data: Data) {
    var group: [String: Any] = [
        "severity": "high", "needs": needs, "needsBefore": needsBefore, "unless": unless, "match": patterns,
    ]
    if let times { group["times"] = times }
    let object: [String: Any] = [
        "language": language, "version": "1", "shorthand": ["u": "you"], "ignored": ["really"], "jokeWords": ["lol"],
        "jokePrefixes": [], "jokeEmoji": [], "negators": ["not"], "auxiliaries": ["do"], "reportingVerbs": ["said"],
        "firstPerson": ["i"], "lexicon": lexicon, "markers": markers,
        "rules": [
            [
                "id": "surveillance", "name": "Test", "explanation": "Test.",
                "patterns": [group],
            ]
        ],
    ]
    return ("rules-\(language).json", try! JSONSerialization.data(withJSONObject: object))
}

@Suite("Rule files and pattern syntax")
struct RuleFileTests {
    func fires(_ patterns: [String], on text: String, lexicon: [String: [String]] = [:]) throws -> Bool {
        try !PartnerAbuseRules(files: [ruleFile(patterns: patterns, lexicon: lexicon)]).evaluate(text).isEmpty
    }

    @Test(
        "the pattern syntax matches what it says",
        arguments: [
            ("aa bb", "xx aa bb yy", true), ("aa bb", "aa xx bb", false), ("kill~ you", "killing you", true),
            ("[aa|bb cc] dd", "bb cc dd", true), ("[aa|bb cc] dd", "bb dd", false), ("aa [bb]? cc", "aa cc", true),
            ("aa bb? cc", "aa bb cc", true), ("aa * cc", "aa xx yy zz cc", true),
            ("aa * cc", "aa ww xx yy zz cc", false),
            ("aa ** cc", "aa one two three four five six seven eight cc", true), ("aa * cc", "aa not cc", false),
            ("aa * cc", "aa xx. cc", false), ("aa * cc", "aa xx, cc", true), ("^ aa", "xx, aa", true),
            ("^ aa", "xx aa", false),
            ("aa $", "aa, bb", true), ("aa $", "aa bb", false), ("aa $$", "aa. bb", true), ("aa $$", "aa", true),
            ("aa $$", "aa, bb", false), ("aa $$", "aa bb", false), ("aa $$", "aa? bb", true), ("@X bb", "qq bb", true),
            ("@X bb", "rr ss bb", true),
            ("aa u", "aa you", true), ("aa bb", "aa really bb", true), ("don't go", "dont go", true),
            ("aa bb", "AA\u{200B}BB", false), ("aabb", "AA\u{200B}BB", true), ("kill", "k!ll", true),
            ("kill", "kіll", true),
            ("kill", "k i l l", true), ("aa bb", "aa lol bb", true),
        ]
    )
    func syntax(_ pattern: String, _ text: String, _ expected: Bool) throws {
        #expect(try fires([pattern], on: text, lexicon: ["X": ["qq", "rr ss"]]) == expected, "\(pattern) on \(text)")
    }

    @Test("a pattern reaching far matches words far apart, through gaps and a shared choice")
    func farReach() throws {
        // 15 gaps of up to eight words: the pattern reaches 122 words, near the matcher's limit of 127.
        let pattern = "aa " + String(repeating: "** ", count: 15) + "@X"
        func words(_ count: Int) -> String { (0..<count).map { "w\($0)" }.joined(separator: " ") }
        #expect(try fires([pattern], on: "aa \(words(70)) qq", lexicon: ["X": ["qq", "rr ss"]]))
        #expect(try fires([pattern], on: "aa \(words(119)) rr ss", lexicon: ["X": ["qq", "rr ss"]]))
        #expect(try !fires([pattern], on: "aa \(words(121)) rr ss", lexicon: ["X": ["qq", "rr ss"]]))
        #expect(try !fires([pattern], on: "aa \(words(70)). qq", lexicon: ["X": ["qq", "rr ss"]]))
    }

    @Test(
        "a broken pattern names the file, the rule and the problem",
        arguments: [
            ("* a", "gap"), ("[a", "never closed"), ("a ]", "unbalanced"), ("@MISSING", "no lexicon entry"),
            ("@LOOP", "refers to itself"), ("a?", "at least one word"), ("$ a", "begin with $"),
            ("$$ a", "begin with $"), ("!!!", "no letters"),
            ("a " + String(repeating: "** ", count: 16) + "b", "reach at most 127 words"),
            ("really bad", "rules ignore"), ("[really|very] bad", "rules ignore"), ("really? bad", "rules ignore"),
        ]
    )
    func brokenPattern(_ pattern: String, _ problem: String) {
        do {
            _ = try PartnerAbuseRules(files: [ruleFile(patterns: [pattern], lexicon: ["LOOP": ["x @LOOP"]])])
            Issue.record("\(pattern) compiled")
        } catch let error as RulesError {
            #expect(error.file == "rules-xx.json")
            #expect(error.message.contains("surveillance"), "\(error)")
            #expect(error.message.contains(problem), "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("a file that is not a rule file, or needs an unknown marker, is refused")
    func invalidFiles() {
        #expect(throws: RulesError.self) { try PartnerAbuseRules(files: [("rules-xx.json", Data("{".utf8))]) }
        #expect(throws: RulesError.self) { try PartnerAbuseRules(files: [ruleFile(patterns: ["a"], needs: ["nope"])]) }
        #expect(throws: RulesError.self) { try PartnerAbuseRules(files: [ruleFile(patterns: ["a"], unless: ["nope"])]) }
        #expect(throws: RulesError.self) {
            try PartnerAbuseRules(files: [ruleFile(patterns: ["a"], needsBefore: ["nope"])])
        }
    }

    @Test("needsBefore: a pattern fires only when its marker matches in the sentence just before its own")
    func needsBeforeMarkers() throws {
        let file = ruleFile(
            patterns: ["they are rats"],
            needsBefore: ["named"],
            markers: ["named": ["^ the neighbours"]]
        )
        let rules = try PartnerAbuseRules(files: [file])
        #expect(!rules.evaluate("The neighbours? They are rats.").isEmpty)
        #expect(rules.evaluate("They are rats.").isEmpty)
        #expect(rules.evaluate("They are rats. The neighbours agree.").isEmpty)
        #expect(rules.evaluate("The neighbours came. It rained. They are rats.").isEmpty)
        #expect(rules.evaluate("I met the neighbours. They are rats.").isEmpty)
    }

    @Test("unless: a pattern fires only when its marker matches nowhere in the message")
    func unlessMarkers() throws {
        let file = ruleFile(patterns: ["last warning"], unless: ["moderation"], markers: ["moderation": ["rules"]])
        let rules = try PartnerAbuseRules(files: [file])
        #expect(!rules.evaluate("last warning").isEmpty)
        #expect(rules.evaluate("last warning, read the rules").isEmpty)
        #expect(rules.evaluate("the rules. Later: last warning").isEmpty)
    }

    @Test("times: a group fires only when its patterns match in that many sentences, counted across its patterns")
    func timesSentences() throws {
        let rules = try PartnerAbuseRules(files: [ruleFile(patterns: ["^ pick up $$", "^ answer me $$"], times: 3)])
        #expect(!rules.evaluate("Pick up. Pick up. PICK UP.").isEmpty)
        #expect(!rules.evaluate("Pick up! Answer me! Pick up!").isEmpty)
        #expect(rules.evaluate("Pick up. Pick up.").isEmpty)
        #expect(rules.evaluate("Pick up pick up pick up").isEmpty)
        #expect(rules.evaluate("Pick up milk. Pick up bread. Pick up the kids.").isEmpty)
        let spans = try #require(rules.evaluate("Pick up. Pick up. Pick up.").first).spans
        #expect(spans.count == 3)
    }

    @Test("times: a group must ask for 1 to 10 sentences")
    func timesRange() {
        for times in [0, -1, 11] {
            #expect(throws: RulesError.self) { try PartnerAbuseRules(files: [ruleFile(patterns: ["a"], times: times)]) }
        }
        #expect(throws: Never.self) { try PartnerAbuseRules(files: [ruleFile(patterns: ["a"], times: 10)]) }
    }

    @Test("needs: a pattern fires only when its marker matches outside its own words")
    func needsMarkers() throws {
        let file = ruleFile(patterns: ["saw you"], needs: ["menace"], markers: ["menace": ["again", "saw"]])
        let rules = try PartnerAbuseRules(files: [file])
        #expect(rules.evaluate("saw you").isEmpty)
        #expect(!rules.evaluate("saw you again").isEmpty)
    }

    @Test("another language is another file; its matches merge with the same rule")
    func secondLanguage() throws {
        let english = try PartnerAbuseRules.shipped()
        let german = ruleFile(language: "de", patterns: ["ich weiss wo du wohnst"])
        let both = try PartnerAbuseRules(files: PartnerAbuseRules.shippedFiles() + [german])
        #expect(both.version == "\(english.version)+de-1")
        #expect(both.rules.count == english.rules.count)
        #expect(both.evaluate("Ich weiss, wo du wohnst").first?.ruleID == RuleID("surveillance"))
        #expect(both.evaluate("I know where you live. Ich weiss wo du wohnst").first?.spans.count == 2)
    }
}
