import Foundation
import Safehold
import SafeholdCore
import SafeholdGuide

/// The plan as the terminal shows it, and as `--json` prints it.
enum PlanOutput {
    struct StepOutput: Encodable {
        var id: String
        var section: String
        var title: String
        var why: String
        var risks: String
        var how: String
        var action: String
        var reasons: [String]
        var status: String
        var instructions: [PlatformInstruction]
    }

    struct Output: Encodable {
        var urgent: Bool
        var emergency: [EmergencyNumbers]
        var help: [HelpEntry]
        var steps: [StepOutput]
        /// What the vault's findings added to the answers.
        var found: [PlanEvidence.Note]
    }

    static func show(
        _ plan: SafeholdGuide.Plan, guide: Guide, progress: [StepID: StepProgress], json: Bool,
        found: [PlanEvidence.Note] = []
    ) throws {
        let steps = plan.items.compactMap { item -> StepOutput? in
            guard let step = guide.step(item.stepID) else { return nil }
            return StepOutput(
                id: step.id.rawValue, section: item.section.rawValue, title: step.title, why: step.why, risks: step.risks,
                how: step.how, action: step.action.rawValue, reasons: item.reasons,
                status: (progress[step.id]?.status ?? .notStarted).cliName,
                instructions: guide.instructions(for: step.id, on: plan.platforms))
        }
        let help = plan.help?.entries.compactMap { guide.entry($0) } ?? []
        if json {
            return try Terminal.printJSON(
                Output(urgent: plan.urgent, emergency: plan.help?.emergency ?? [], help: help, steps: steps, found: found))
        }
        for note in found {
            Terminal.print(note.sentence + " (items " + note.items.map(\.description).joined(separator: ", ") + ")")
        }
        if !found.isEmpty { Terminal.print("") }
        if plan.urgent {
            Terminal.print("First, your safety.")
            for numbers in plan.help?.emergency ?? [] { Terminal.print("  " + GuideText.emergency(numbers)) }
            for entry in help.prefix(4) { Terminal.print(GuideText.entry(entry, guide: guide)) }
            Terminal.print("")
        }
        for section in PlanSection.allCases {
            let inSection = steps.filter { $0.section == section.rawValue }
            guard !inSection.isEmpty else { continue }
            Terminal.print(title(section))
            for step in inSection {
                let mark = step.status == "done" ? "[done] " : step.status == "doing" ? "[doing] " : ""
                Terminal.print("  \(mark)\(step.title)  (id: \(step.id))")
                Terminal.print("    Why: \(step.why)")
                Terminal.print("    Keep in mind: \(step.risks)")
                for reason in step.reasons.prefix(2) { Terminal.print("    \(reason)") }
            }
            Terminal.print("")
        }
        Terminal.print("Mark a step with `safehold plan step ID --status done`. `safehold plan show --json` gives every detail, with platform instructions.")
    }

    static func showChanges(_ diff: PlanDiff, guide: Guide) {
        guard !diff.isEmpty else { return Terminal.print("Nothing changed since your last answers.") }
        Terminal.print("Since your last answers:")
        for item in diff.added { Terminal.print("  New: \(guide.step(item.stepID)?.title ?? item.stepID.rawValue)") }
        for item in diff.removed { Terminal.print("  No longer needed: \(guide.step(item.stepID)?.title ?? item.stepID.rawValue)") }
        for move in diff.moved {
            Terminal.print("  Moved to \(title(move.to).lowercased()): \(guide.step(move.stepID)?.title ?? move.stepID.rawValue)")
        }
    }

    static func title(_ section: PlanSection) -> String {
        switch section {
        case .now: "Now"
        case .thisWeek: "This week"
        case .later: "Later"
        }
    }
}

/// Asks the assessment's questions at the terminal, one at a time; works in tmux and over a plain pipe.
enum AssessmentPrompt {
    /// Runs until the questions are done (true) or the person types `q` or input ends (false).
    static func run(_ session: inout AssessmentSession) -> Bool {
        Terminal.print("Press Enter to skip any question. Type b to go back, q to save and stop.\n")
        var warnedAboutHelp = session.needsHelpNow
        while let question = session.current {
            Terminal.print("Question \(session.position + 1) of \(session.count)")
            Terminal.print(question.prompt)
            if let help = question.help { Terminal.print("  " + help) }
            for (index, option) in question.options.enumerated() { Terminal.print("  \(index + 1). \(option.label)") }
            if question.kind == .multiple { Terminal.print("  (Pick any: type the numbers with spaces between them.)") }
            FileHandle.standardError.write(Data("> ".utf8))
            guard let line = readLine()?.trimmingCharacters(in: .whitespaces) else { return false }
            switch line.lowercased() {
            case "q": return false
            case "b": session.back()
            case "": session.skip()
            default:
                let picked = line.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Int($0) }
                let options = picked.compactMap { $0 >= 1 && $0 <= question.options.count ? question.options[$0 - 1].id : nil }
                guard !options.isEmpty, options.count == picked.count, (try? session.answer(options)) != nil else {
                    Terminal.print("Please type one of the numbers shown (or press Enter to skip).\n")
                    continue
                }
            }
            if session.needsHelpNow && !warnedAboutHelp {
                warnedAboutHelp = true
                Terminal.print("\nIf you are in danger now, call your local emergency number. Your plan will list who can help.")
            }
            Terminal.print("")
        }
        return true
    }
}
