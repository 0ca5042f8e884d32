/// Swear words, obscenities and slurs, written for Safehold: the words that make a text profane.
///
/// Profanity is a matter of words. The model learned its profanity label mostly from Davidson's "offensive"
/// tweets, and with it words that merely travel with swearing there ("don't", "number", "night"), so it read
/// "I don't hate you" as profane. A profanity flag is therefore set aside when the text holds none of these words
/// (``AbuseScores/hasProfaneWord``). On the held-out Davidson tweets this keeps 1,822 of 1,826 true flags and
/// drops 6 of 21 false ones; on Toxic Spans it drops 42 of 85 false flags and 5 of 63 true ones (BENCHMARKS.md).
///
/// Words are in their folded form (lower case, `f*ck` and `sh1t` already read as plain words). Compounds
/// ("horseshit", "fuckface", "bitchass") count through ``parts`` and ``beginnings``.
enum ProfaneWords {
    /// Whole words.
    static let words: Set<String> = Set(
        [
            "fuck fucks fucked fucker fuckers fucking fuckin fuk fuking fck fcking fkn fking fu motherfucker "
                + "motherfuckers mofo mf wtf stfu gtfo shit shits shitty shitting shite bullshit crap crappy "
                + "damn damned dammit goddamn hell bloody bollocks bugger piss pissed pissing suck sucks sucker",
            "bitch bitches bitchy bitchin biatch cunt cunts slut sluts slutty whore whores hoe hoes ho thot thots "
                + "skank skanks twat twats wanker wankers prick pricks bastard bastards douche douchebag jackass "
                + "dumbass smartass asshole assholes ass asses arse arsehole dick dicks dickhead cock cocks pussy "
                + "pussies tits titties boobs cum jizz retard retards retarded",
            "nigga niggas nigger niggers niggah nigguh nicca niccas nig nigs fag fags faggot faggots dyke dykes "
                + "tranny trannies kike kikes spic spics coon coons wetback wetbacks chink chinks beaner beaners "
                + "towelhead raghead gook gooks paki pakis wigger wigga homo homos negro negros negroes nigra jap "
                + "japs japped",
            // Milder swearing, and obscene words for bodies and sex.
            "screw screwed sob af freaking frickin friggin effing butt butts butthole penis penises vagina "
                + "vaginas anus anal boner dildo blowjob handjob horny porn porno orgasm erection genitals "
                + "testicles semen",
        ].joined(separator: " ").split(separator: " ").map(String.init)
    )

    /// Parts of words that are profane wherever they stand in a word ("horseshit", "motherfucking").
    static let parts: [String] = ["fuck", "shit", "bitch"]

    /// Beginnings of words that are profane ("cuntish", "whorehouse"); only beginnings, so that "Scunthorpe" and
    /// "sniggering" stay clean.
    static let beginnings: [String] = ["cunt", "nigg", "fagg", "whore", "slut", "twat", "wank", "masturbat"]

    private static let partScalars = parts.map { Array($0.unicodeScalars) }
    private static let beginningScalars = beginnings.map { Array($0.unicodeScalars) }

    /// Whether a folded word longer than four letters holds a profane part or begins with a profane beginning.
    static func isCompound(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.count > 4 else { return false }
        if beginningScalars.contains(where: { word.starts(with: $0) }) { return true }
        for start in word.indices {
            for part in partScalars where word[start...].starts(with: part) { return true }
        }
        return false
    }

    /// Whether one folded word is profane: a whole word of ``words``, or a compound (``isCompound(_:)``).
    static func contains(_ word: Substring) -> Bool {
        words.contains(String(word)) || isCompound(Array(word.unicodeScalars)[...])
    }
}
