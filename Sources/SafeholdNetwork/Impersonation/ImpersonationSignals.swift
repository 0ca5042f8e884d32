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

    func reasons() -> [Reason] {
        if own.platform == candidate.platform && own.handle.plain == candidate.handle.plain {
            return [Reason(code: .ownAccount, sentence: "This is your own account \(yours).", weight: 0)]
        }
        var reasons = handleReasons()
        let looksAlike = !reasons.isEmpty
        reasons += nameReasons(hasWord: reasons.contains { $0.code == .impersonationWord })
        reasons += bioAndAvatarReasons()
        if looksAlike || !reasons.isEmpty { reasons += accountReasons() }
        if looksAlike && (candidate.handle.hidden || candidate.name?.hidden == true) {
            reasons.append(
                Reason(
                    code: .hiddenCharacters,
                    sentence:
                        "Its handle or name uses invisible characters or letters from another alphabet: \(theirs).",
                    weight: weights.hiddenCharacters
                )
            )
        }
        return reasons
    }

    private func handleReasons() -> [Reason] {
        let mine = own.handle
        let other = candidate.handle
        if mine.plain == other.plain {
            return [
                Reason(
                    code: .sameHandleOtherPlatform,
                    sentence: "It uses your handle \(yours) on \(candidate.profile.platform). If this is your own "
                        + "account, add it as yours.",
                    weight: weights.sameHandleOtherPlatform
                )
            ]
        }
        if mine.skeletonKey == other.skeletonKey {
            return [
                Reason(
                    code: .sameHandleSkeleton,
                    sentence:
                        "Its handle \(theirs) looks the same as your handle \(yours), with look-alike characters.",
                    weight: weights.sameHandleSkeleton
                )
            ]
        }
        if mine.letters.count >= 3 && mine.letters == other.letters {
            return [
                Reason(
                    code: .sameHandleCore,
                    sentence: "Its handle \(theirs) is your handle \(yours) with only punctuation or numbers changed.",
                    weight: weights.sameHandleCore
                )
            ] + separatorAndDigitReasons()
        }
        if let added = ImpersonationWords.around(mine.letters, in: other.letters) {
            return [
                Reason(
                    code: .sameHandleCore,
                    sentence: "Its handle \(theirs) is your handle \(yours) with words added.",
                    weight: weights.sameHandleCore
                ),
                wordReason(added),
            ] + separatorAndDigitReasons()
        }
        if let name = own.name, name.letters.count >= 5, name.letters == other.letters {
            return [
                Reason(
                    code: .handleSpellsYourName,
                    sentence: "Its handle \(theirs) spells your display name.",
                    weight: weights.handleSpellsYourName
                )
            ]
        }
        return nearHandleReasons()
    }

    private func nearHandleReasons() -> [Reason] {
        let mine = own.handle.letters
        let other = candidate.handle.letters
        guard mine.count >= 5 else { return [] }
        let distance = EditDistance.between(mine, other, limit: 2)
        if distance == 1 {
            return [
                Reason(
                    code: .handleOneEditAway,
                    sentence: "Its handle \(theirs) differs from your handle \(yours) by one letter.",
                    weight: weights.handleOneEdit
                )
            ]
        }
        if distance == 2 && mine.count >= 8 {
            return [
                Reason(
                    code: .handleTwoEditsAway,
                    sentence: "Its handle \(theirs) differs from your handle \(yours) by two letters.",
                    weight: weights.handleTwoEdits
                )
            ]
        }
        if other.count > mine.count && other.count <= 64
            && String(String.UnicodeScalarView(other)).contains(String(String.UnicodeScalarView(mine)))
        {
            return [
                Reason(
                    code: .handleContainsYours,
                    sentence: "Its handle \(theirs) contains your handle \(yours).",
                    weight: weights.handleContainsYours
                )
            ]
        }
        return []
    }

    private func separatorAndDigitReasons() -> [Reason] {
        var reasons: [Reason] = []
        if own.handle.separators != candidate.handle.separators {
            reasons.append(
                Reason(
                    code: .separatorsChanged,
                    sentence: "Dots, underscores or dashes were added, removed or swapped.",
                    weight: 0
                )
            )
        }
        if !candidate.handle.digits.isEmpty && candidate.handle.digits != own.handle.digits {
            reasons.append(Reason(code: .digitsAdded, sentence: "Numbers were added to the handle.", weight: 0))
        }
        return reasons
    }

    private func wordReason(_ words: [String]) -> Reason {
        let list = words.map { "“\($0)”" }.joined(separator: ", ")
        return Reason(
            code: .impersonationWord,
            sentence: "It adds \(words.count == 1 ? "the word" : "the words") \(list), which accounts pretending to "
                + "be someone often use.",
            weight: weights.impersonationWord
        )
    }

    private func nameReasons(hasWord: Bool) -> [Reason] {
        guard let mine = own.name, let other = candidate.name, mine.letters.count >= 3 else { return [] }
        var reasons: [Reason] = []
        let wordsAround = ImpersonationWords.around(mine.letters, in: other.letters)
        if mine.letters == other.letters || wordsAround != nil || mine.skeletonKey == other.skeletonKey {
            reasons.append(
                Reason(
                    code: .sameNameSkeleton,
                    sentence: "Its display name looks the same as yours.",
                    weight: weights.sameName
                )
            )
        } else if mine.letters.count >= 5,
            EditDistance.between(mine.letters, other.letters, limit: 2) <= (mine.letters.count >= 8 ? 2 : 1)
        {
            reasons.append(
                Reason(
                    code: .nameNearlySame,
                    sentence: "Its display name is nearly the same as yours.",
                    weight: weights.nameNearlySame
                )
            )
        }
        let words = wordsAround ?? candidate.nameWords
        if !reasons.isEmpty && !words.isEmpty && !hasWord { reasons.append(wordReason(words)) }
        return reasons
    }
}
