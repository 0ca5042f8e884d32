import Foundation
import Hummingbird
import Safehold
import SafeholdCore
import SafeholdGuide
import SafeholdVault

/// The home page: this week at a glance, what is urgent, and what to do next.
struct HomeController: Sendable {
    let services: WebServices
    let guide: Guide

    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("/", use: home)
    }

    @Sendable func home(_ request: Request, context: WebRequestContext) async throws -> Response {
        let vault = try context.vault()
        let snapshot = try await services.snapshots.snapshot(of: vault)
        let (answers, progress) = try await Blocking.run { () -> (Answers?, [StepID: StepProgress]) in
            let notes = CaseNotes(vault: vault)
            return (try notes.savedAnswers().map { try notes.answersWithEvidence($0).answers }, try notes.progress())
        }
        let now = services.configuration.clock()
        let open = snapshot.queue.filter { $0.decision == nil }
        let recent = snapshot.queue.filter { $0.decision != .dismissed && ($0.postedAt ?? $0.capturedAt).date > now.addingTimeInterval(-7 * 86_400) }
        let week = Severity.allCases.compactMap { severity -> Count? in
            let count = recent.filter { $0.severity == severity }.count
            return count > 0 ? Count(name: severity.rawValue, count: count) : nil
        }
        let serious = open.filter { $0.severity >= .high }
        let chart = IncidentChart.counts(
            snapshot.queue.filter { $0.decision != .dismissed }.map { (($0.postedAt ?? $0.capturedAt).date, $0.severity) },
            now: now)
        let model = HomeModel(
            total: snapshot.rows.count,
            counts: snapshot.kinds,
            platforms: snapshot.platforms.isEmpty ? nil : snapshot.platforms.map(Platform.displayName(of:)).joined(separator: ", "),
            damaged: vault.problems.contains { $0.severity == .damage },
            week: week,
            quietWeek: week.isEmpty,
            serious: serious.prefix(5).map(TriageRow.init),
            hasSerious: !serious.isEmpty,
            urgent: serious.contains { $0.severity == .urgent },
            openCount: open.isEmpty ? nil : open.count,
            next: answers.map { nextSteps(guide.plan(for: $0), progress: progress) },
            chart: snapshot.queue.isEmpty ? nil : IncidentChart.model(chart)
        )
        return services.pages.page("home", model, context: context)
    }

    /// The first steps of the plan the person has not finished or skipped.
    func nextSteps(_ plan: Plan, progress: [StepID: StepProgress]) -> [Field] {
        plan.items.filter { item in
            let status = progress[item.stepID]?.status ?? .notStarted
            return status == .notStarted || status == .doing
        }.prefix(3).compactMap { item in
            guide.step(item.stepID).map { Field(label: $0.id.rawValue, value: $0.title) }
        }
    }
}

/// The home page's figures.
struct HomeModel {
    let total: Int
    let counts: [Count]
    let platforms: String?
    let damaged: Bool
    let week: [Count]
    let quietWeek: Bool
    let serious: [TriageRow]
    let hasSerious: Bool
    let urgent: Bool
    let openCount: Int?
    let next: [Field]?
    let chart: ChartModel?
}

/// How many of one kind.
struct Count {
    let name: String
    let count: Int
}
