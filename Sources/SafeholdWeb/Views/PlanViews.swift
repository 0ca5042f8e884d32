import Foundation
import Safehold
import SafeholdCore
import SafeholdGuide

/// The questions page.
struct QuestionsModel {
    let questions: [QuestionView]
}

/// One question with its options, the earlier answer already chosen.
struct QuestionView {
    struct Option {
        let name: String
        let value: String
        let label: String
        let inputID: String
        let checked: Bool
    }

    let id: String
    let prompt: String
    let help: String?
    let multiple: Bool
    let options: [Option]
    let skipID: String
    let skipped: Bool

    init(_ question: Question, answers: Answers) {
        id = question.id.rawValue
        prompt = question.prompt
        help = question.help
        multiple = question.kind == .multiple
        let picked = Set(answers.picked(question.id))
        let key = "q.\(question.id.rawValue)"
        options = question.options.map { option in
            Option(
                name: question.kind == .multiple ? "\(key).\(option.id.rawValue)" : key,
                value: option.id.rawValue,
                label: option.label,
                inputID: "\(key).\(option.id.rawValue)",
                checked: picked.contains(option.id)
            )
        }
        skipID = "\(key).skip"
        skipped = picked.isEmpty
    }
}

/// The plan page.
struct PlanModel {
    let hasPlan: Bool
    let urgent: Bool
    let emergency: [EmergencyView]
    let help: [String]
    let sections: [SectionView]
    let changes: ChangesView?
    let evidence: [EvidenceNoteView]
    let hasEvidence: Bool

    static let empty = PlanModel(hasPlan: false, urgent: false, emergency: [], help: [], sections: [], changes: nil)

    init(hasPlan: Bool, urgent: Bool, emergency: [EmergencyView], help: [String], sections: [SectionView], changes: ChangesView?) {
        self.hasPlan = hasPlan
        self.urgent = urgent
        self.emergency = emergency
        self.help = help
        self.sections = sections
        self.changes = changes
        evidence = []
        hasEvidence = false
    }

    init(plan: Plan, guide: Guide, progress: [StepID: StepProgress], changes: ChangesView?, evidence: [EvidenceNoteView]) {
        self.evidence = evidence
        hasEvidence = !evidence.isEmpty
        hasPlan = true
        urgent = plan.urgent
        emergency = (plan.help?.emergency ?? []).map(EmergencyView.init)
        help = (plan.help?.entries ?? []).compactMap { guide.entry($0) }.prefix(4).map { entry in
            ([entry.name] + entry.contacts.prefix(2).map(\.value)).joined(separator: " · ")
        }
        sections = PlanSection.allCases.compactMap { section in
            let items = plan.items(in: section)
            guard !items.isEmpty else { return nil }
            return SectionView(
                title: GuideWords.section(section),
                steps: items.compactMap { item in
                    guide.step(item.stepID).map {
                        StepView($0, item: item, guide: guide, platforms: plan.platforms, progress: progress[item.stepID])
                    }
                })
        }
        self.changes = changes
    }
}

/// Something the findings added to the answers, with links to its items.
struct EvidenceNoteView {
    let sentence: String
    let items: [String]

    init(_ note: PlanEvidence.Note) {
        sentence = note.sentence
        items = note.items.map(\.description)
    }
}

/// Now, this week or later.
struct SectionView {
    let title: String
    let steps: [StepView]
}

/// One step with why it helps, what to keep in mind, how on each platform, and its progress.
struct StepView {
    let id: String
    let title: String
    let why: String
    let risks: String
    let how: String
    let reasons: [String]
    let status: String
    let note: String
    let statuses: [Choice]
    let instructions: [Field]
    let hasInstructions: Bool
    let templates: [Field]
    let actionPath: String?
    let actionLabel: String?

    init(_ step: Step, item: PlanItem, guide: Guide, platforms: [PlatformID], progress: StepProgress?) {
        id = step.id.rawValue
        title = step.title
        why = step.why
        risks = step.risks
        how = step.how
        reasons = item.reasons
        let current = progress?.status ?? .notStarted
        status = Self.words(current)
        note = progress?.note ?? ""
        statuses = StepProgress.Status.allCases.map { Choice(value: $0.rawValue, label: Self.words($0), selected: $0 == current) }
        instructions = guide.instructions(for: step.id, on: platforms).map { instruction in
            let checked = instruction.howTo.verify ? "not yet confirmed" : "checked \(instruction.howTo.checked ?? "")"
            return Field(label: instruction.platformName, value: "\(instruction.howTo.text) (\(checked); \(instruction.howTo.source))")
        }
        hasInstructions = !instructions.isEmpty
        templates = guide.templates(for: step.id).map { Field(label: $0.title, value: $0.text) }
        let page = GuideWords.page(step.action)
        actionPath = page?.path
        actionLabel = page?.label
    }

    static func words(_ status: StepProgress.Status) -> String {
        switch status {
        case .notStarted: "not started"
        case .doing: "doing"
        case .done: "done"
        case .skipped: "skipped"
        }
    }
}

/// What changed since the last answers.
struct ChangesView {
    let lines: [String]
    let none: Bool

    init(_ diff: PlanDiff, guide: Guide) {
        func title(_ id: StepID) -> String { guide.step(id)?.title ?? id.rawValue }
        var lines = diff.added.map { "New: \(title($0.stepID))" }
        lines += diff.removed.map { "No longer needed: \(title($0.stepID))" }
        lines += diff.moved.map { "Moved to \(GuideWords.section($0.to).lowercased()): \(title($0.stepID))" }
        if diff.isUrgent && !diff.wasUrgent { lines.insert("Your answers say you may be in danger: help now comes first.", at: 0) }
        self.lines = lines
        none = lines.isEmpty
    }
}
