import Foundation

/// The signals between one of the person's profiles and one candidate, each as a reason with its weight.
struct ImpersonationSignals {
    let own: PreparedProfile
    let candidate: PreparedProfile
    let weights: ImpersonationWeights
    let now: Date

    typealias Reason = ImpersonationScore.Reason

    /// The person's handle as shown in sentences (computed only when a sentence needs it).
    var yours: String { "@" + VisibleName.render(own.profile.handle, limit: 64) }
    /// The candidate's handle as shown in sentences.
    var theirs: String { "@" + VisibleName.render(candidate.profile.handle, limit: 64) }

    func reason(_ code: ImpersonationScore.Code, _ weight: Double, _ sentence: String) -> Reason {
        Reason(code: code, sentence: sentence, weight: weight)
    }

    func reasons() -> [Reason] {
        if own.platform == candidate.platform && own.handle.plain == candidate.handle.plain {
            return [reason(.ownAccount, 0, "This is your own account \(yours).")]
        }
        var reasons = handleReasons()
        let looksAlike = !reasons.isEmpty
        reasons += nameReasons(hasWord: reasons.contains { $0.code == .impersonationWord })
        reasons += bioAndAvatarReasons()
        if looksAlike || !reasons.isEmpty { reasons += accountReasons() }
        if looksAlike && (candidate.handle.hidden || candidate.name?.hidden == true) {
            let sentence = "Its handle or name uses invisible characters or letters from another alphabet: \(theirs)."
            reasons.append(reason(.hiddenCharacters, weights.hiddenCharacters, sentence))
        }
        return reasons
    }

    private func handleReasons() -> [Reason] {
        let mine = own.handle
        let other = candidate.handle
        if mine.plain == other.plain {
            let sentence =
                "It uses your handle \(yours) on \(candidate.profile.platform). If this is your own account, add it as yours."
            return [reason(.sameHandleOtherPlatform, weights.sameHandleOtherPlatform, sentence)]
        }
        if mine.skeletonKey == other.skeletonKey {
            let sentence = "Its handle \(theirs) looks the same as your handle \(yours), with look-alike characters."
            return [reason(.sameHandleSkeleton, weights.sameHandleSkeleton, sentence)]
        }
        if mine.letters.count >= 3 && mine.letters == other.letters {
            let sentence = "Its handle \(theirs) is your handle \(yours) with only punctuation or numbers changed."
            return [reason(.sameHandleCore, weights.sameHandleCore, sentence)] + separatorAndDigitReasons()
        }
        if let added = ImpersonationWords.around(mine.letters, in: other.letters) {
            let sentence = "Its handle \(theirs) is your handle \(yours) with words added."
            return [reason(.sameHandleCore, weights.sameHandleCore, sentence), wordReason(added)]
                + separatorAndDigitReasons()
        }
        if let name = own.name, name.letters.count >= 5, name.letters == other.letters {
            let sentence = "Its handle \(theirs) spells your display name."
            return [reason(.handleSpellsYourName, weights.handleSpellsYourName, sentence)]
        }
        return nearHandleReasons()
    }

    private func nearHandleReasons() -> [Reason] {
        let mine = own.handle.letters
        let other = candidate.handle.letters
        guard mine.count >= 5 else { return [] }
        let distance = EditDistance.between(mine, other, limit: 2)
        if distance == 1 {
            let sentence = "Its handle \(theirs) differs from your handle \(yours) by one letter."
            return [reason(.handleOneEditAway, weights.handleOneEdit, sentence)]
        }
        if distance == 2 && mine.count >= 8 {
            let sentence = "Its handle \(theirs) differs from your handle \(yours) by two letters."
            return [reason(.handleTwoEditsAway, weights.handleTwoEdits, sentence)]
        }
        let mineText = String(String.UnicodeScalarView(mine))
        if other.count > mine.count && other.count <= 64 && String(String.UnicodeScalarView(other)).contains(mineText) {
            let sentence = "Its handle \(theirs) contains your handle \(yours)."
            return [reason(.handleContainsYours, weights.handleContainsYours, sentence)]
        }
        return []
    }

    private func separatorAndDigitReasons() -> [Reason] {
        var reasons: [Reason] = []
        if own.handle.separators != candidate.handle.separators {
            reasons.append(reason(.separatorsChanged, 0, "Dots, underscores or dashes were added, removed or swapped."))
        }
        if !candidate.handle.digits.isEmpty && candidate.handle.digits != own.handle.digits {
            reasons.append(reason(.digitsAdded, 0, "Numbers were added to the handle."))
        }
        return reasons
    }

    func wordReason(_ words: [String]) -> Reason {
        let list = words.map { "“\($0)”" }.joined(separator: ", ")
        let noun = words.count == 1 ? "the word" : "the words"
        let sentence = "It adds \(noun) \(list), which accounts pretending to be someone often use."
        return reason(.impersonationWord, weights.impersonationWord, sentence)
    }

    private func nameReasons(hasWord: Bool) -> [Reason] {
        guard let mine = own.name, let other = candidate.name, mine.letters.count >= 3 else { return [] }
        var reasons: [Reason] = []
        let wordsAround = ImpersonationWords.around(mine.letters, in: other.letters)
        if mine.letters == other.letters || wordsAround != nil || mine.skeletonKey == other.skeletonKey {
            reasons.append(reason(.sameNameSkeleton, weights.sameName, "Its display name looks the same as yours."))
        } else if mine.letters.count >= 5,
            EditDistance.between(mine.letters, other.letters, limit: 2) <= (mine.letters.count >= 8 ? 2 : 1)
        {
            reasons.append(
                reason(.nameNearlySame, weights.nameNearlySame, "Its display name is nearly the same as yours.")
            )
        }
        let words = wordsAround ?? candidate.nameWords
        if !reasons.isEmpty && !words.isEmpty && !hasWord { reasons.append(wordReason(words)) }
        return reasons
    }
}
