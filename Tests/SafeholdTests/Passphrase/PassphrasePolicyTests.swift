import Testing

@testable import Safehold

@Suite("PassphrasePolicy")
struct PassphrasePolicyTests {
    let policy = PassphrasePolicy()

    func reasons(_ passphrase: String, policy: PassphrasePolicy? = nil) -> [PassphraseProblem.Reason] {
        (policy ?? self.policy).problems(with: passphrase).map(\.reason)
    }

    @Test("A strong passphrase is accepted with no problems", arguments: Examples.strong)
    func strongPassphraseIsAccepted(passphrase: String) {
        #expect(reasons(passphrase) == [])
    }

    @Test("A passphrase in any script is accepted when it is long and varied", arguments: Examples.otherScripts)
    func otherScriptsAreJudgedFairly(passphrase: String) {
        #expect(reasons(passphrase) == [])
    }

    @Test("A twenty-character random string is accepted", arguments: 0..<25)
    func randomStringIsAccepted(seed: Int) {
        var generator = SplitMix(seed: UInt64(seed))
        let alphabet = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%&*+=?")
        let passphrase = String((0..<20).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
        #expect(reasons(passphrase) == [], "\(passphrase)")
    }

    @Test("A passphrase under 15 characters is refused as too short", arguments: Examples.tooShort)
    func shortPassphraseIsRefused(passphrase: String) {
        #expect(reasons(passphrase).first == .tooShort)
    }

    @Test("The minimum length is 15 characters")
    func minimumLengthIsFifteen() {
        #expect(PassphrasePolicy.minimumLength == 15)
        #expect(reasons("kettle plum mos").contains(.tooShort) == false)
        #expect(reasons("kettle plum mo").contains(.tooShort))
    }

    @Test("Length counts the characters a person sees, not bytes or code points")
    func lengthCountsCharacters() {
        // 14 visible characters, but far more code points and UTF-8 bytes.
        let family = "👩‍👩‍👧‍👦"
        let fourteen = "🌙" + family + " moss kettle"
        #expect(fourteen.count == 14)
        #expect(fourteen.unicodeScalars.count > 14)
        #expect(reasons(fourteen).contains(.tooShort))
        #expect(reasons(fourteen + "z").contains(.tooShort) == false)
    }

    @Test("Whitespace around the passphrase is not counted")
    func outerWhitespaceIsTrimmed() {
        #expect(reasons("     kettle plum mo     ").contains(.tooShort))
    }

    @Test("A short passphrase in another script is refused only for its length")
    func shortOtherScriptOnlyTooShort() {
        #expect(reasons("私の秘密の合言葉はりんご") == [.tooShort])
        #expect(reasons("бумажный кот") == [.tooShort])
    }

    @Test(
        "The same passphrase in NFC and NFD spelling gets the same verdict",
        arguments: [
            "naïve café noël gifts", "crème brûlée façade élan", "Ångström öl på ön",
        ]
    )
    func normalisationDoesNotChangeTheVerdict(passphrase: String) {
        let nfd = String(String.UnicodeScalarView(passphrase.decomposedScalars))
        #expect(nfd.unicodeScalars.count > passphrase.unicodeScalars.count)
        #expect(reasons(nfd) == reasons(passphrase))
        #expect(reasons(nfd).contains(.tooShort) == false)
    }

    @Test(
        "A common passphrase is refused, even with digits, symbols or look-alike letters added",
        arguments: Examples.common
    )
    func commonPassphraseIsRefused(passphrase: String) {
        #expect(reasons(passphrase).contains(.commonPassphrase))
    }

    @Test("A common word with strong random padding is not called common")
    func commonWordWithRandomPaddingIsNotCommon() {
        #expect(reasons("dog 8472910563829104").contains(.commonPassphrase) == false)
    }

    @Test("Repeating one character or a short chunk is refused", arguments: Examples.repeated)
    func repetitionIsRefused(passphrase: String) {
        #expect(reasons(passphrase).contains(.repeatedPattern))
    }

    @Test("Runs along the keyboard, the alphabet or the digits are refused", arguments: Examples.sequences)
    func sequenceIsRefused(passphrase: String) {
        #expect(reasons(passphrase).contains(.sequence))
    }

    @Test("One word padded out with digits or symbols is refused", arguments: Examples.oneWordPadded)
    func paddedWordIsRefused(passphrase: String) {
        #expect(reasons(passphrase).contains(.mostlyOneWordAndNumbers))
    }

    @Test("A date that could be a birthday or an anniversary is refused", arguments: Examples.dates)
    func dateIsRefused(passphrase: String) {
        #expect(reasons(passphrase).contains(.containsDate))
    }

    @Test("Numbers that are not dates are not taken for dates", arguments: Examples.notDates)
    func nonDateIsNotRefusedAsDate(passphrase: String) {
        #expect(reasons(passphrase).contains(.containsDate) == false)
    }

    @Test("Each problem is reported once, with the standard message for its reason")
    func problemsAreUniqueAndUseStandardMessages() {
        let problems = policy.problems(with: "p@ssw0rdp@ssw0rd")
        #expect(Set(problems.map(\.reason)).count == problems.count)
        for problem in problems {
            #expect(problem.message == PassphraseProblem.standardMessage(for: problem.reason))
        }
    }

    @Test("A custom list is used instead of the bundled one")
    func customListIsUsed() {
        let custom = PassphrasePolicy(commonPassphrases: ["Marmalade Skyline", "velvetharbour"])
        #expect(reasons("marmalade skyline", policy: custom).contains(.commonPassphrase))
        #expect(reasons("Velvet Harbour 2024", policy: custom).contains(.commonPassphrase))
        #expect(reasons("v3lv3t-h@rb0ur-v3lv3t", policy: custom).contains(.commonPassphrase) == false)
        #expect(reasons("copper lantern walks quietly north", policy: custom) == [])
        #expect(reasons("Password1234567!", policy: custom).contains(.commonPassphrase) == false)
    }

    @Test("A very long passphrase of many words is accepted")
    func longPassphraseIsAccepted() {
        let words = ["copper", "lantern", "walks", "quietly", "north", "orchid", "tram", "velvet", "harbour"]
        let passphrase = (0..<300).map { words[($0 * 7 + $0 / 4) % words.count] }.joined(separator: " ")
        #expect(reasons(passphrase) == [])
    }

    @Test("Two default policies share one loaded list and agree")
    func defaultPoliciesAgree() {
        let first = PassphrasePolicy().problems(with: "sunshine12345678")
        let second = PassphrasePolicy().problems(with: "sunshine12345678")
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test("An empty custom list refuses nothing for being common", arguments: Examples.common)
    func emptyCustomListRefusesNothingAsCommon(passphrase: String) {
        #expect(
            reasons(passphrase, policy: PassphrasePolicy(commonPassphrases: [])).contains(.commonPassphrase) == false
        )
    }
}

/// A small deterministic generator, so the "random" strings are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension String {
    /// Canonical decomposition (NFD) without Foundation, for building test input.
    var decomposedScalars: [Unicode.Scalar] {
        unicodeScalars.flatMap { scalar -> [Unicode.Scalar] in
            switch scalar {
            case "ï": ["i", "\u{308}"]
            case "é": ["e", "\u{301}"]
            case "ë": ["e", "\u{308}"]
            case "è": ["e", "\u{300}"]
            case "û": ["u", "\u{302}"]
            case "ç": ["c", "\u{327}"]
            case "Å": ["A", "\u{30A}"]
            case "å": ["a", "\u{30A}"]
            case "ö": ["o", "\u{308}"]
            default: [scalar]
            }
        }
    }
}
