import ArgumentParser
import Foundation
import Safehold
import SafeholdCore
import SafeholdGuide

extension SafeholdCommand {
    /// `safehold plan`: the safety assessment and the plan that follows from it.
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "Answer a few questions and get a plan: what to do now, this week and later.",
            discussion: """
                Every question can be skipped. Your answers and your progress are sealed in the vault, so you \
                can stop at any time (type q) and carry on later.
                """,
            subcommands: [Assess.self, Show.self, Step.self],
            defaultSubcommand: Assess.self
        )

        struct Assess: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "assess",
                abstract: "Go through the questions (or read answers from a file) and show the plan.")

            @Option(help: ArgumentHelp("Read the answers from this JSON file instead of asking; no vault is needed.", valueName: "file"))
            var answers: String?

            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func run() throws {
                try reportingErrors(json: output.json) {
                    let guide = try Guide.shipped()
                    if let answers {
                        let data = try PlanFiles.read(answers)
                        let plan = guide.plan(for: try guide.answers(from: data))
                        return try PlanOutput.show(plan, guide: guide, progress: [:], json: output.json)
                    }
                    let notes = CaseNotes(vault: try vaultOptions.unlock())
                    let earlier = try notes.savedAnswers()
                    var session = AssessmentSession(guide: guide, resuming: earlier ?? Answers())
                    let finished = AssessmentPrompt.run(&session)
                    try notes.saveAnswers(session.answers)
                    guard finished else {
                        return Terminal.print("Your answers are saved. Run `safehold plan` again to carry on.")
                    }
                    let evidence = try notes.answersWithEvidence(session.answers)
                    let plan = guide.plan(for: evidence.answers)
                    try PlanOutput.show(
                        plan, guide: guide, progress: try notes.progress(), json: output.json, found: evidence.notes)
                    if let earlier, !output.json {
                        let before = guide.plan(for: try notes.answersWithEvidence(earlier).answers)
                        PlanOutput.showChanges(guide.changes(from: before, to: plan), guide: guide)
                    }
                }
            }
        }

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "show",
                abstract: "Show the plan from your saved answers, with your progress."
            )

            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func run() throws {
                try reportingErrors(json: output.json) {
                    let guide = try Guide.shipped()
                    let notes = CaseNotes(vault: try vaultOptions.unlock())
                    guard let answers = try notes.savedAnswers() else {
                        throw SafeholdError(.notFound, "There are no saved answers yet. Run `safehold plan` to answer the questions.")
                    }
                    let evidence = try notes.answersWithEvidence(answers)
                    try PlanOutput.show(
                        guide.plan(for: evidence.answers), guide: guide, progress: try notes.progress(), json: output.json,
                        found: evidence.notes)
                }
            }
        }

        struct Step: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "step",
                abstract: "Record your progress on one step of the plan."
            )

            @Argument(help: ArgumentHelp("The step's id, as `safehold plan show` lists it.", valueName: "step"))
            var step: String

            @Option(help: ArgumentHelp("not-started, doing, done or skipped.", valueName: "status"))
            var status: String

            @Option(help: ArgumentHelp("A short note for yourself.", valueName: "text"))
            var note: String?

            @OptionGroup var vaultOptions: VaultOptions
            @OptionGroup var output: OutputOptions

            func validate() throws {
                guard StepProgress.Status(cliName: status) != nil else {
                    throw ValidationError("The status should be not-started, doing, done or skipped.")
                }
                if let note, note.utf8.count > 4096 { throw ValidationError("The note is too long; keep it under 4,000 characters.") }
            }

            func run() throws {
                try reportingErrors(json: output.json) {
                    let guide = try Guide.shipped()
                    guard guide.step(StepID(step)) != nil else {
                        throw SafeholdError(.notFound, "There is no step \(DisplaySafe.text(step)). `safehold plan show` lists the steps.")
                    }
                    let progress = StepProgress(
                        stepID: StepID(step), status: StepProgress.Status(cliName: status) ?? .doing, note: note, updatedAt: Date())
                    try CaseNotes(vault: try vaultOptions.unlock()).saveProgress(progress)
                    if output.json { return try Terminal.printJSON(progress) }
                    Terminal.print("Saved: \(guide.step(StepID(step))?.title ?? step) is \(progress.status.cliName).")
                }
            }
        }
    }
}

enum PlanFiles {
    /// Reads an answers file, refusing one far larger than any real answers.
    static func read(_ path: String) throws -> Data {
        let url = URL(fileURLWithPath: path)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        guard let size else {
            throw SafeholdError(.fileAccess, "Safehold could not open \(DisplaySafe.text(path)). Check the name and try again.")
        }
        guard size <= Answers.maximumFileSize else {
            throw SafeholdError(.invalidInput, "\(DisplaySafe.text(path)) is larger than any answers file (64 KB at most).")
        }
        do { return try Data(contentsOf: url) } catch {
            throw SafeholdError(.fileAccess, "Safehold could not read \(DisplaySafe.text(path)).", cause: error)
        }
    }
}

extension StepProgress.Status {
    init?(cliName: String) {
        switch cliName.lowercased() {
        case "not-started", "notstarted": self = .notStarted
        case "doing": self = .doing
        case "done": self = .done
        case "skipped": self = .skipped
        default: return nil
        }
    }

    var cliName: String { self == .notStarted ? "not-started" : rawValue }
}
