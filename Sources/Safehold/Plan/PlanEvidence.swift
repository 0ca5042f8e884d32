import Foundation
public import SafeholdCore
public import SafeholdGuide

/// What the vault's findings add to the person's answers before the plan is made.
///
/// A person may skip the question "does the abuser know where you live?" while Safehold has found their
/// home address in a post. The findings answer yes-or-no questions only where the person gave no answer
/// (an answer they gave always stands), and may add to "what is happening" but never take away from it.
/// Each addition is said in plain words with its items, so the plan's reasons can be traced.
public struct PlanEvidence: Sendable, Equatable {
    /// One thing the findings added, with the items it rests on.
    public struct Note: Sendable, Equatable, Codable {
        /// The sentence shown to the person.
        public var sentence: String
        /// The items it comes from, oldest first (at most ten are named).
        public var items: [EvidenceID]
    }

    /// The answers with the findings' additions.
    public var answers: Answers
    /// What was added, for the person to read.
    public var notes: [Note]

    /// Adds what `findings` show to `answers`.
    /// - Parameters:
    ///   - answers: The person's own answers (never overridden).
    ///   - findings: Each finding with the item it is about; findings the person set aside are left out by the caller.
    public init(answers: Answers, findings: [(id: EvidenceID, finding: Finding)]) {
        var merged = answers
        var notes: [Note] = []
        func items(_ test: (Finding) -> Bool) -> [EvidenceID] {
            findings.filter { test($0.finding) }.map(\.id).sorted().prefix(10).map { $0 }
        }
        let address = items { $0.facts.contains { $0.kind == "address" } }
        let personal = items { finding in
            !finding.facts.isEmpty || !(finding.personalInfo ?? []).isEmpty
                || finding.rules.contains { $0.id == "sharing-your-details" && !$0.quoted }
        }
        let threats = items { finding in
            finding.rules.contains { $0.id == "threat-of-violence" && !$0.quoted } || finding.labels.contains("threat")
        }
        let images = items { $0.rules.contains { $0.id == "intimate-image-threat" } }
        func fill(_ question: String, yes: [EvidenceID], _ sentence: String) {
            let id = QuestionID(question)
            guard !yes.isEmpty, merged.values[id] == nil else { return }
            merged.values[id] = .one(OptionID("yes"))
            merged.skipped.remove(id)
            notes.append(Note(sentence: sentence, items: yes))
        }
        fill("knows-address", yes: address, "Your home address was found in what you imported, so the plan treats it as known.")
        fill("threats", yes: threats, "Messages that look like threats were found, so the plan puts your safety first.")
        func add(_ option: String, _ found: [EvidenceID], _ sentence: String) {
            let id = QuestionID("happening")
            guard !found.isEmpty else { return }
            var picked = merged.picked(id)
            guard !picked.contains(OptionID(option)) else { return }
            picked.append(OptionID(option))
            merged.values[id] = .many(picked)
            merged.skipped.remove(id)
            notes.append(Note(sentence: sentence, items: found))
        }
        add(
            "personal-info", personal,
            "Your personal details were found in posts or messages, or a message says they were spread, so the plan includes steps about them."
        )
        add("intimate-images", images, "A threat to share intimate images was found, so the plan includes steps about it.")
        self.answers = merged
        self.notes = notes
    }
}
