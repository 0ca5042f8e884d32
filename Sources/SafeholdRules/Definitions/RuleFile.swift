/// One language's rules as written in a `rules-<language>.json` resource; see the folder's README.txt.
struct RuleFile: Sendable, Decodable {
    /// The language's code, such as `en`.
    var language: String
    /// Changes whenever a pattern, marker or explanation changes, so findings can say which rules made them.
    var version: String
    /// Texting shorthand and contractions read as the words they stand for (`u` to `you`, `ima` to `i am going to`).
    var shorthand: [String: String]
    /// Contractions whose letters, once the apostrophe is dropped, spell another word (`he'll` and `hell`), read
    /// as the words they stand for only when written with the apostrophe; absent means none.
    var contractions: [String: String]?
    /// Words skipped while matching (`really`, `fucking`), so that they do not break a pattern.
    var ignored: [String]
    /// Words that mark a joke between friends; also skipped while matching.
    var jokeWords: [String]
    /// Beginnings of words that mark a joke (`haha`, `lmao`).
    var jokePrefixes: [String]
    /// Emoji that mark a joke.
    var jokeEmoji: [String]
    /// Emoji read as a word of their own, so that patterns can name them (🔪 as `knife`); absent means none.
    var emojiWords: [String: String]?
    /// Words that negate what follows (`not`, `never`).
    var negators: [String]
    /// Words that may stand between a negation and the words it negates (`do`, `would`, `ever`).
    var auxiliaries: [String]
    /// Verbs that report what someone else said (`said`, `texted`).
    var reportingVerbs: [String]
    /// Pronouns by which the writer speaks of themself; reporting their own words is not quoting.
    var firstPerson: [String]
    /// How to read someone else's words, reported, as they were said to the writer ("he said he would kill me" as
    /// "I would kill you"); absent means reported words are matched only as written.
    var reportedSpeech: ReportedSpeechWords?
    /// Named lists of alternatives that patterns refer to as `@NAME`.
    var lexicon: [String: [String]]
    /// Named lists of patterns that set context: `counter-speech`, `defiance`, `joke`, and any named in `needs`.
    var markers: [String: [String]]
    /// The rules.
    var rules: [RuleEntry]
}

/// The words that turn reported speech back into what was said (see ``ReportedSpeech``).
struct ReportedSpeechWords: Sendable, Decodable {
    /// Who may be reported: a third person ("he", "she", "ex", "husband"), as the word just before the verb.
    var reporters: [String]
    /// Words allowed between the reporter and the verb ("keeps", "has").
    var between: [String]
    /// Words after the verb that name the writer as the one told ("me"), and "that", skipped.
    var listeners: [String]
    /// Within what is reported, each word and what it was when said: the writer's "me" was "you", the reporter's
    /// "he" was "I".
    var swaps: [String: String]
    /// A verb just after a pronoun read back as the speaker's own, and what it was said as ("knows" after "he" was
    /// "know" after "I"); absent means none.
    var agreement: [String: String]?
    /// Third-person pronouns: one of them in the passage is the reporter's own "I" unless the reporter is another
    /// of them ("she said he would kill me": "he" is someone else).
    var pronouns: [String]
    /// Verbs that report a threat as an intention ("threatened to post"), and the word after them ("to") that
    /// reads as `intent` ("I will").
    var intentVerbs: [String]
    var intentAfter: String
    var intent: String
}

/// One rule in a rule file.
struct RuleEntry: Sendable, Decodable {
    var id: String
    var name: String
    var explanation: String
    /// How many steps a joking tone lowers this rule's severity; 1 when absent.
    var jokeDowngrade: Int?
    /// True for rules that read an opinion of the person or of a group (a put-down, an attack on a group,
    /// sexism): a denial of that opinion just before a match ("nobody thinks you're a bad mum") takes the match
    /// back. Absent means false, as for threats: "I don't think you'll live to see Christmas" still threatens.
    var deniable: Bool?
    var patterns: [PatternGroup]
}

/// Patterns that share a severity and the markers they need elsewhere in the message.
struct PatternGroup: Sendable, Decodable {
    var severity: RuleSeverity
    /// Marker lists of which at least one must match outside the pattern's own words.
    var needs: [String]?
    /// Marker lists of which at least one must match in the sentence just before the pattern's own, for
    /// patterns whose "they" or "them" points back at what that sentence named ("Trans people? They are all
    /// freaks.").
    var needsBefore: [String]?
    /// Marker lists of which none may match anywhere in the message (a moderator's "last warning" beside
    /// "the group rules" is not coercion).
    var unless: [String]?
    /// In how many sentences of the message the group's patterns must match for any of them to fire (1 when
    /// absent): a demand said again and again ("Pick up. Pick up. PICK UP.") is pressure, said once it is not.
    var times: Int?
    var match: [String]

    /// The most sentences a group may ask for.
    static let mostTimes = 10
}
