import Safehold
import SafeholdAnalysis
import SafeholdRules
import Testing

/// The labels Safehold reports: the model's, raised where a partner-abuse rule names them.
@Suite("Rules raise the labels they name")
struct RuleLabelsTests {
    static let analyzer = Result { try TextAnalyzer.shipped() }

    func line(_ text: String) throws -> ClassifiedLine {
        LineClassifier(analyzer: try Self.analyzer.get()).classify(TextLine(id: nil, text: text))
    }

    @Test(
        "a threat the rules catch is flagged as a threat, with the rule's words as its span",
        arguments: [
            "I will find you and hurt you", "I'm coming for you tonight, you won't see it coming",
            "I'll post your nudes everywhere",
        ]
    )
    func threats(_ text: String) throws {
        let result = try line(text)
        #expect(result.flagged.contains("threat"), "\(text)")
        #expect((result.labels["threat"] ?? 0) >= 0.9)
        #expect(result.spans.contains { $0.label == "threat" })
        #expect(result.labels["threat"]! >= result.model["threat"]!)
    }

    @Test(
        "sexual harassment the rules catch is flagged as sexual_harassment",
        arguments: ["send me nudes", "show me your tits", "I want to rip your clothes off", "nice ass, send more"]
    )
    func sexualHarassment(_ text: String) throws {
        let result = try line(text)
        #expect(result.flagged.contains("sexual_harassment"), "\(text)")
        #expect((result.model["sexual_harassment"] ?? 1) < (result.labels["sexual_harassment"] ?? 0))
    }

    @Test(
        "sexist abuse the rules catch is flagged as sexism, with the rule's words as its span",
        arguments: [
            "women drivers, always a disaster", "she must have slept her way to the top", "get back in the kitchen",
        ]
    )
    func sexistAbuse(_ text: String) throws {
        let result = try line(text)
        #expect(result.rules.contains { $0.id == "sexist-abuse" }, "\(text)")
        #expect(result.flagged.contains("sexism"), "\(text)")
        #expect(result.spans.contains { $0.label == "sexism" })
    }

    @Test("without a rule the labels are the model's own", arguments: ["the bus leaves at nine", "you are an idiot"])
    func modelOnly(_ text: String) throws {
        let result = try line(text)
        #expect(result.rules.isEmpty)
        #expect(result.labels == result.model)
    }

    @Test("a quoted match, or a joking one below the rule's level, leaves the label alone")
    func loweredMatches() {
        let scores = AbuseScores(scores: [.threat: 0.1], flagged: [], spans: [])
        let joking = RuleMatch(
            ruleID: RuleID("threat-of-violence"),
            severity: .medium,
            baseSeverity: .urgent,
            spans: [ScalarSpan(start: 0, end: 4)]
        )
        let combined = RuleLabels.combine(scores, with: [joking])
        #expect(combined[.threat] == 0.1)
        #expect(!combined.flagged.contains(.threat))
        #expect(combined.flagged == [.toxicity])
        let quoted = RuleMatch(
            ruleID: RuleID("threat-of-violence"),
            severity: .high,
            baseSeverity: .urgent,
            spans: [ScalarSpan(start: 0, end: 4)],
            quoted: true
        )
        #expect(RuleLabels.combine(scores, with: [quoted]) == scores)
        let unknown = RuleMatch(ruleID: RuleID("no-such-rule"), severity: .urgent, baseSeverity: .urgent, spans: [])
        #expect(RuleLabels.combine(scores, with: [unknown]) == scores)
    }

    @Test("the vault's findings carry the same labels as classify")
    func findingsAgree() throws {
        let analysis = try Self.analyzer.get().analyze("send me nudes")
        #expect(analysis.labels.flagged.contains(.sexualHarassment))
        #expect(!analysis.scores.flagged.contains(.sexualHarassment))
    }

    @Test(
        "a threat the model reads only in an everyday phrase is set aside, and triage does not raise it",
        arguments: [
            "I killed it at the gym today", "this traffic is killing me", "that joke killed me lol",
            "This soup is to die for.", "I killed the spider in the bath.", "He killed a rat with a shovel.",
        ]
    )
    func everydayPhrases(_ text: String) throws {
        let analyzer = try Self.analyzer.get()
        let analysis = analyzer.analyze(text)
        #expect(!analysis.labels.flagged.contains(.threat), "\(text)")
        #expect(analysis.labels[.threat] < analyzer.model.threshold(for: .threat))
        let result = try line(text)
        #expect(!["urgent", "high"].contains(result.severity), "\(text)")
    }

    @Test(
        "any label the model reads only in an everyday phrase is set aside",
        arguments: [
            "I hate Mondays", "I could kill for a pizza right now", "Happy birthday, I hope you have a lovely day",
            "I hate that we argue in front of the kids", "Holy shit, I passed my exam",
            "You beautiful human, thank you",
            "That concert was fucking amazing",
        ]
    )
    func everydayOtherLabels(_ text: String) throws {
        try expectSetAside(text)
    }

    @Test("profanity is reported only when the text holds a swear word, obscenity or slur")
    func profanityNeedsAProfaneWord() throws {
        let analyzer = try Self.analyzer.get()
        let plain = analyzer.analyze("I don't hate you")
        #expect(plain.scores.flagged.contains(.profanity), "the model alone reads profanity")
        #expect(!plain.labels.flagged.contains(.profanity))
        #expect(plain.labels[.profanity] < analyzer.model.threshold(for: .profanity))
        #expect(analyzer.analyze("this is fucking great").labels.flagged.contains(.profanity))
        #expect(analyzer.analyze("what a load of horseshit").labels.flagged.contains(.profanity))
    }

    @Test(
        "sexism is reported only when the text speaks of women, men or gender, or a rule reads it",
        arguments: ["Just finished painting the kitchen, my arms are dead", "Beat the butter and sugar until fluffy"]
    )
    func sexismNeedsGender(_ text: String) throws {
        let analyzer = try Self.analyzer.get()
        let analysis = analyzer.analyze(text)
        #expect(analysis.scores.flagged.contains(.sexism), "the model alone reads sexism in \(text)")
        #expect(!analysis.scores.speaksOfGender)
        #expect(!analysis.labels.flagged.contains(.sexism), "\(text)")
        #expect(analysis.labels[.sexism] < analyzer.model.threshold(for: .sexism))
    }

    @Test("a threat the model barely reads, in a text with no word of harm, weapons or death, is set aside")
    func bareThreat() throws {
        let analyzer = try Self.analyzer.get()
        let bare = analyzer.analyze("I hate it when the bus is late")
        #expect(bare.scores.flagged.contains(.threat), "the model alone reads a threat")
        #expect(!bare.scores.speaksOfViolence)
        #expect(bare.scores[.threat] < analyzer.model.threshold(for: .threat) + TextAnalyzer.bareThreatMargin)
        #expect(!bare.labels.flagged.contains(.threat))
        // Further over the threshold, or with a word of harm, the model's threat stays.
        let veiled = analyzer.analyze("I'd sleep with the lights on if I were you")
        #expect(!veiled.scores.speaksOfViolence)
        #expect(veiled.scores[.threat] >= analyzer.model.threshold(for: .threat) + TextAnalyzer.bareThreatMargin)
        #expect(veiled.labels.flagged.contains(.threat))
        let harm = analyzer.analyze("shoot the messenger")
        #expect(harm.scores.speaksOfViolence)
        #expect(harm.labels.flagged.contains(.threat))
    }

    @Test("an identity attack the model reads near its threshold, in a text with no hostile word, is set aside")
    func calmGroupMention() throws {
        let analyzer = try Self.analyzer.get()
        let calm = analyzer.analyze("We need more support for trans people in our schools")
        #expect(calm.scores.flagged.contains(.identityAttack), "the model alone reads an identity attack")
        #expect(!calm.scores.speaksWithHostility)
        #expect(
            calm.scores[.identityAttack]
                < analyzer.model.threshold(for: .identityAttack) + TextAnalyzer.calmGroupMargin
        )
        #expect(!calm.labels.flagged.contains(.identityAttack))
        // One hostile word keeps it, though it is not what the model leaned on.
        let hostile = analyzer.analyze("We need more support for trans people in our awful schools")
        #expect(hostile.scores.speaksWithHostility)
        #expect(hostile.labels.flagged.contains(.identityAttack))
    }

    @Test(
        "sexism said with a word of gender, or read by a rule, stays",
        arguments: [
            "women are too emotional to lead", "she should stay home and cook for her husband",
            "you belong in the kitchen", "go make me a sandwich",
        ]
    )
    func sexismWithGenderStays(_ text: String) throws {
        #expect(try Self.analyzer.get().analyze(text).labels.flagged.contains(.sexism), "\(text)")
    }

    /// The model alone flags the text, and what Safehold reports keeps no label but profanity.
    func expectSetAside(_ text: String) throws {
        let analysis = try Self.analyzer.get().analyze(text)
        #expect(!analysis.scores.flagged.isEmpty, "the model alone flags \(text)")
        #expect(analysis.labels.flagged.subtracting([.profanity]).isEmpty, "\(text)")
    }

    @Test("a threat to one person is not an attack on who they are, unless it names who they are")
    func threatIsNotIdentityAttack() throws {
        let analyzer = try Self.analyzer.get()
        let toOne = analyzer.analyze("I will kill you")
        #expect(toOne.scores.flagged.contains(.identityAttack), "the model alone reads an identity attack")
        #expect(!toOne.labels.flagged.contains(.identityAttack))
        #expect(toOne.labels.flagged.contains(.threat))
        #expect(analyzer.analyze("I will kill all muslims").labels.flagged.contains(.identityAttack))
    }

    @Test(
        "what the model flags in a sentence that speaks against abuse is set aside",
        arguments: ["Threatening to kill someone is never ok", "Saying women belong in the kitchen is sexist"]
    )
    func counterSpeech(_ text: String) throws {
        let analyzer = try Self.analyzer.get()
        let analysis = analyzer.analyze(text)
        #expect(!analysis.scores.flagged.isEmpty, "the model alone flags \(text)")
        #expect(analysis.labels.flagged.subtracting([.profanity]).isEmpty, "\(text)")
        #expect(!["urgent", "high", "medium"].contains(try line(text).severity), "\(text)")
    }

    @Test(
        "an insult the writer aims at themselves is set aside",
        arguments: [
            "I'm so stupid, I left my keys in the car again.", "I'm such an idiot, I forgot her birthday.",
            "I am a moron.", "What an idiot I am.", "Noted! I'm an idiot, lol.", "I am a moron", "What an idiot I am",
        ]
    )
    func selfTalk(_ text: String) throws {
        let analysis = try Self.analyzer.get().analyze(text)
        #expect(analysis.scores.flagged.contains(.insult), "the model alone flags \(text)")
        #expect(!analysis.labels.flagged.contains(.insult), "\(text)")
        #expect(!["urgent", "high", "medium"].contains(try line(text).severity), "\(text)")
    }

    @Test(
        "an insult the model reads on a plain word, with no hostile word in the text, is set aside",
        arguments: ["Our department is hiring two junior analysts, please share.", "I agree."]
    )
    func calmInsult(_ text: String) throws {
        let analysis = try Self.analyzer.get().analyze(text)
        #expect(analysis.scores.flagged.contains(.insult), "the model alone flags \(text)")
        #expect(!analysis.labels.flagged.contains(.insult), "\(text)")
    }

    @Test(
        "an insult with a word that runs someone down keeps its label",
        arguments: ["Troll.", "More drivel from this ditzy silly woman.", "You must be a Communist China troll."]
    )
    func namedInsult(_ text: String) throws {
        #expect(try line(text).flagged.contains("insult"), "\(text)")
    }

    @Test(
        "an insult at someone else beside the writer's own keeps its label",
        arguments: [
            "I am so stupid and you are a cunt.", "You think I'm stupid? You're the idiot here.",
            "You're stupid and I am too.", "I am, you moron.", "I'm stupid? Look at yourself, you fat pig.",
            "Who do you think I am, bitch?", "Cyril must really think we're stupid.",
        ]
    )
    func insultBesideSelfTalk(_ text: String) throws {
        #expect(try line(text).flagged.contains("insult"), "\(text)")
    }

    @Test(
        "a threat beside counter-speech, in a sentence of its own, still counts",
        arguments: [
            "Threatening people is a crime. I will kill you anyway", "I will kill you. Threatening to is never ok",
            // In the same sentence, after the phrase that speaks against abuse: the threat is said, not judged.
            "Calling me that is hateful, I will kill you", "What you did is abuse, so I will kill you",
        ]
    )
    func threatBesideCounterSpeech(_ text: String) throws {
        let result = try line(text)
        #expect(result.flagged.contains("threat"), "\(text)")
        #expect(result.severity == "urgent", "\(text)")
    }

    @Test(
        "a real threat beside an everyday phrase still counts",
        arguments: ["I killed it at the gym today and next I will kill you", "you are killing me, I will shoot you"]
    )
    func threatsStay(_ text: String) throws {
        let result = try line(text)
        #expect(result.flagged.contains("threat"), "\(text)")
        #expect(result.severity == "urgent", "\(text)")
    }

    @Test(
        "an insult the text reports or mentions rather than says is set aside",
        arguments: [
            "He keeps telling me I'm stupid. Is that abuse?", "calling someone a moron is not ok",
            "It is not okay to tell a woman she is worthless",
            "\"Gay people are disgusting\" is a horrible thing to say",
            "\"You're pathetic\" is something no partner should ever say", "It's ignorant to say Jews are useless",
            "Calling Jews morons is just hateful",
        ]
    )
    func reportedInsult(_ text: String) throws {
        let analyzer = try Self.analyzer.get()
        let analysis = analyzer.analyze(text)
        #expect(analysis.scores.flagged.contains(.insult), "the model alone flags \(text)")
        #expect(analysis.labels.flagged.subtracting([.profanity]).isEmpty, "\(text)")
    }

    @Test(
        "what the model flags in words the text denies is set aside",
        arguments: [
            // safehold-abuse-8 no longer flags "you are not stupid" or "you're no loser" at all.
            "you are no idiot", "no, you are not a fucking idiot", "you are far from stupid",
            "I don't think you're a bitch",
            "I would never slit your throat", "I don't hate gay people at all",
            // Denials of an opinion (en-2026.12.47).
            "Nobody here would ever call you stupid",
        ]
    )
    func deniedInsult(_ text: String) throws {
        try expectSetAside(text)
    }

    @Test(
        "an insult beside a denial, or a threat however it is denied, still counts",
        arguments: [
            ("you are not a moron but a total idiot", "insult"),
            ("you are not a good mother, you are a stupid bitch", "insult"),
            ("you're not trying hard enough bitch", "insult"), ("don't think I won't kill you", "threat"),
        ]
    )
    func insultBesideDenial(_ text: String, _ label: String) throws {
        let result = try line(text)
        #expect(result.flagged.contains(label), "\(text): \(result.flagged)")
    }

    @Test(
        "an insult said outright beside a reported one still counts",
        arguments: [
            "he told me I was fine, you are a pathetic idiot", "You are stupid. She said so too",
            "\"Gay people are disgusting\" is a horrible thing to say, you pathetic idiot",
        ]
    )
    func insultBesideReported(_ text: String) throws {
        let result = try line(text)
        #expect(result.flagged.contains("insult"), "\(text)")
    }
}

@Suite("Attacks on women are sexism")
struct AttacksOnWomenTests {
    static let analyzer = Result { try TextAnalyzer.shipped() }

    @Test(
        "an attack on a group that names women raises sexism with the attack",
        arguments: [
            "I hate women.", "women are evil", "This is why women shouldn't be allowed to vote",
            "a womans place is under her husband",
        ]
    )
    func raisesSexism(_ text: String) throws {
        let labels = try Self.analyzer.get().analyze(text).labels
        #expect(labels.flagged.contains(.sexism), "\(text): \(labels.flagged)")
        #expect(labels.flagged.contains(.identityAttack), "\(text): \(labels.flagged)")
    }

    @Test(
        "an attack on another group, or one reported, raises no sexism",
        arguments: ["I hate gay people", "he said women are evil", "muslims are vermin"]
    )
    func othersRaiseNone(_ text: String) throws {
        let analysis = try Self.analyzer.get().analyze(text)
        #expect(analysis.attacksOnWomen.isEmpty, "\(text)")
        #expect(!analysis.labels.flagged.contains(.sexism) || analysis.scores.flagged.contains(.sexism), "\(text)")
    }
}
