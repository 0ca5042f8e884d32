import Foundation
import Hummingbird
import Safehold
import SafeholdCore
import SafeholdGuide
import SafeholdVault

/// The safety assessment and the plan: questions that can all be skipped, then what to do now, this
/// week and later, with the reasons and the person's progress, sealed in the vault.
struct PlanController: Sendable {
    let services: WebServices
    let guide: Guide

    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("/plan", use: show)
        group.get("/plan/questions", use: questions)
        group.post("/plan/questions", use: answer)
        group.post("/plan/steps/:step", use: progress)
    }

    @Sendable func show(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await planPage(context: context, changes: nil)
    }

    @Sendable func questions(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let saved = try await Blocking.run { try CaseNotes(vault: vault).savedAnswers() } ?? Answers()
        let model = QuestionsModel(questions: guide.questions.map { QuestionView($0, answers: saved) })
        return services.pages.page("plan-questions", model, context: context)
    }

    @Sendable func answer(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let answers = Self.answers(from: context.form, guide: guide)
        try guide.validate(answers)
        let (earlier, now) = try await Blocking.run { () -> (Answers?, Answers) in
            let notes = CaseNotes(vault: vault)
            let earlier = try notes.savedAnswers()
            try notes.saveAnswers(answers)
            return (try earlier.map { try notes.answersWithEvidence($0).answers }, try notes.answersWithEvidence(answers).answers)
        }
        let changes = earlier.map { guide.changes(from: guide.plan(for: $0), to: guide.plan(for: now)) }
        return try await planPage(context: context, changes: changes.map { ChangesView($0, guide: guide) })
    }

    @Sendable func progress(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let step = StepID(context.parameters.get("step") ?? "")
        guard guide.step(step) != nil else { throw WebError.notFound }
        guard let status = StepProgress.Status(rawValue: context.form["status"] ?? "") else {
            throw WebError(status: .badRequest, message: "Choose how far along this step is.")
        }
        let note = FormText.lines(context.form["note"], limit: 4000)
        let progress = StepProgress(stepID: step, status: status, note: note, updatedAt: Date())
        try await Blocking.run { try CaseNotes(vault: vault).saveProgress(progress) }
        return .redirect(to: "/plan#step-\(step.rawValue)")
    }

    /// Answers from the form: `q.ID` holds the one option picked, `q.ID.OPTION` marks each option
    /// ticked. Unknown questions and options are ignored; anything not answered counts as skipped.
    static func answers(from form: [String: String], guide: Guide) -> Answers {
        var values: [QuestionID: Answer] = [:]
        var skipped = Set<QuestionID>()
        for question in guide.questions {
            let key = "q.\(question.id.rawValue)"
            switch question.kind {
            case .multiple:
                let ticked = question.options.filter { form["\(key).\($0.id.rawValue)"] != nil }.map(\.id)
                if ticked.isEmpty { skipped.insert(question.id) } else { values[question.id] = .many(ticked) }
            default:
                if let picked = form[key], let option = question.option(OptionID(picked)) {
                    values[question.id] = .one(option.id)
                } else {
                    skipped.insert(question.id)
                }
            }
        }
        return Answers(values, skipped: skipped)
    }

    private func planPage(context: WebRequestContext, changes: ChangesView?) async throws -> Response {
        let vault = try context.vault()
        let (evidence, progress) = try await Blocking.run { () -> (PlanEvidence?, [StepID: StepProgress]) in
            let notes = CaseNotes(vault: vault)
            return (try notes.savedAnswers().map { try notes.answersWithEvidence($0) }, try notes.progress())
        }
        guard let evidence else {
            return services.pages.page("plan", PlanModel.empty, context: context)
        }
        let model = PlanModel(
            plan: guide.plan(for: evidence.answers), guide: guide, progress: progress, changes: changes,
            evidence: evidence.notes.map(EvidenceNoteView.init))
        return services.pages.page("plan", model, context: context)
    }
}
