/// Reads someone else's reported words back as they were said to the writer: in a journal or a message to a
/// friend, "he said he would kill me" reports "I will kill you", and "she threatened to post my nudes" reports "I
/// will post your nudes". The rules are written from the sender to the person, so without this a reported threat
/// matched nothing; read back, it matches, and the report around it marks the match as quoted, one step lower.
struct ReportedSpeech: Sendable {
    /// The reporting verbs by word number (every one is numbered, by ``CompiledLanguage``), so that finding them
    /// compares integers only.
    private let reportingVerbs: Set<Int32>
    private let reporters: Set<String>
    private let between: Set<String>
    private let listeners: Set<String>
    private let intentVerbs: Set<String>
    private let intentAfter: String
    private let pronouns: Set<String>
    /// Each swapped word's replacement with its key, and each verb's after a pronoun that became the speaker.
    private let swaps: [String: (text: String, key: WordKeys.Key)]
    private let agreement: [String: (text: String, key: WordKeys.Key)]
    /// The word the reporter's pronouns become ("i").
    private let speaker: String?
    private let intent: [(text: String, key: WordKeys.Key)]

    init?(_ words: ReportedSpeechWords?, vocabulary: Vocabulary, keys: WordKeys) {
        guard let words else { return nil }
        reportingVerbs = Set(vocabulary.reportingVerbs.map { keys.key(of: $0).word })
        precondition(!reportingVerbs.contains(-1), "every reporting verb has a word number before reported speech")
        reporters = Set(words.reporters.map(Vocabulary.plain))
        between = Set(words.between.map(Vocabulary.plain))
        listeners = Set(words.listeners.map(Vocabulary.plain))
        intentVerbs = Set(words.intentVerbs.map(Vocabulary.plain))
        intentAfter = Vocabulary.plain(words.intentAfter)
        pronouns = Set(words.pronouns.map(Vocabulary.plain))
        var swaps: [String: (text: String, key: WordKeys.Key)] = [:]
        for (from, to) in words.swaps {
            let word = Vocabulary.plain(to)
            swaps[Vocabulary.plain(from)] = (word, keys.key(of: word))
        }
        self.swaps = swaps
        var agreement: [String: (text: String, key: WordKeys.Key)] = [:]
        for (from, to) in words.agreement ?? [:] {
            let word = Vocabulary.plain(to)
            agreement[Vocabulary.plain(from)] = (word, keys.key(of: word))
        }
        self.agreement = agreement
        speaker = words.pronouns.first.flatMap { swaps[Vocabulary.plain($0)]?.text }
        intent = words.intent.split(separator: " ").map { word in
            let plain = Vocabulary.plain(String(word))
            return (plain, keys.key(of: plain))
        }
    }

    /// The message with every reported passage read back as said, or nil when no passage speaks of the writer
    /// ("me", "my") or reports an intention ("threatened to"). A passage runs from just after the reporting verb
    /// (and a "me" or "that" after it) to the end of its sentence or to a report inside it; the words keep the
    /// places they were written at, so spans still point at the text.
    func asSaid(_ message: TokenizedMessage) -> TokenizedMessage? {
        let tokens = message.tokens
        // Most messages report no one: found without copying a token.
        guard
            tokens.indices.contains(where: {
                reportingVerbs.contains(tokens[$0].key.word) && reporter(before: $0, in: tokens) != nil
            })
        else { return nil }
        var result: [Token] = []
        result.reserveCapacity(tokens.count + 2)
        var changed = false
        var position = 0
        while position < tokens.count {
            let verb = tokens[position]
            result.append(verb)
            position += 1
            guard reportingVerbs.contains(verb.key.word), let reporter = reporter(before: position - 1, in: tokens)
            else { continue }
            if position < tokens.count, tokens[position].clause == verb.clause,
                listeners.contains(tokens[position].text)
            {
                result.append(tokens[position])
                position += 1
            }
            if intentVerbs.contains(verb.text), position < tokens.count, tokens[position].clause == verb.clause,
                tokens[position].text == intentAfter
            {
                for word in intent {
                    var token = tokens[position]
                    token.text = word.text
                    token.key = word.key
                    result.append(token)
                }
                position += 1
                changed = true
            }
            var afterSpeaker = false
            // A report inside the report ("he said that she said …") starts a passage of its own.
            while position < tokens.count, tokens[position].clause == verb.clause, !reportsNext(position, in: tokens) {
                var token = tokens[position]
                let agreeing = afterSpeaker ? agreement[token.text] : nil
                afterSpeaker = false
                if let swap = agreeing ?? swaps[token.text], !isOtherReporter(token.text, reporter: reporter) {
                    afterSpeaker = pronouns.contains(token.text) && swap.text == speaker
                    // Only the writer's own words ("me", "my") make a passage worth reading again: the rules speak
                    // to the person, so "he said he was tired" read as "I was tired" could match nothing.
                    if agreeing == nil, !afterSpeaker, swap.text != speaker { changed = true }
                    token.text = swap.text
                    token.key = swap.key
                }
                result.append(token)
                position += 1
            }
        }
        return changed ? TokenizedMessage(tokens: result, jokeSignal: message.jokeSignal) : nil
    }

    /// The third person whose words a reporting verb reports: the word just before it in its sentence, past
    /// words such as "keeps"; nil when that is not one of ``ReportedSpeechWords/reporters``.
    private func reporter(before verb: Int, in tokens: [Token]) -> String? {
        var position = verb - 1
        while position >= 0, tokens[position].clause == tokens[verb].clause, between.contains(tokens[position].text) {
            position -= 1
        }
        guard position >= 0, tokens[position].clause == tokens[verb].clause,
            reporters.contains(tokens[position].text)
        else { return nil }
        return tokens[position].text
    }

    /// Whether the word is a reporter whose own reporting verb follows it ("he" in "… he said …").
    private func reportsNext(_ position: Int, in tokens: [Token]) -> Bool {
        guard reporters.contains(tokens[position].text) else { return false }
        var next = position + 1
        while next < tokens.count, tokens[next].clause == tokens[position].clause, between.contains(tokens[next].text) {
            next += 1
        }
        return next < tokens.count && tokens[next].clause == tokens[position].clause
            && reportingVerbs.contains(tokens[next].key.word)
    }

    /// "She said he would kill me": when the reporter is one pronoun, another is someone else, not the speaker.
    private func isOtherReporter(_ word: String, reporter: String) -> Bool {
        pronouns.contains(word) && pronouns.contains(reporter) && word != reporter
    }
}
