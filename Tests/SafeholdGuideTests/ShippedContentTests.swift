import Foundation
import Testing

@testable import SafeholdGuide

@Suite("The content shipped with Safehold")
struct ShippedContentTests {
    let guide: Guide

    init() throws { guide = try Guide.shipped() }

    /// The strategies the reference guide names, as ids of strategies.json. Removing one must fail a test.
    static let guideStrategies: [StrategyID] = [
        "assess-your-safety", "make-accounts-private", "manage-privacy-settings", "report-to-the-platform",
        "report-so-platform-keeps-a-record", "support-from-friends-and-family", "crisis-helpline",
        "threats-of-violence", "collect-evidence", "screenshots-before-deletion", "back-up-your-data",
        "review-friends-and-followers", "ask-friends-to-withhold", "discourage-tagging", "block-or-unfriend",
        "ignore-comment-sections", "report-public-attacks", "social-media-hiatus", "secure-your-accounts",
        "dont-denounce-fake-accounts", "report-impersonation", "friends-report-too",
        "accounts-opened-with-your-information", "doxxing-report", "doxxing-no-visibility",
        "doxxing-evidence-for-legal-action", "intimate-images-shared", "domestic-violence-organizations",
        "mindfulness-and-self-care",
    ]
    static let platforms: [PlatformID] = [
        "facebook", "instagram", "x", "tiktok", "youtube", "snapchat", "reddit", "discord", "telegram", "whatsapp",
        "mastodon", "bluesky", "linkedin",
    ]
    static let countries: [CountryCode] = ["US", "GB", "CA", "AU", "IE", "NZ", "DE", "FR", "ES", "IN"]

    @Test("every file of the shipped folder passes the schema and the validator")
    func everyFileValidates() throws {
        let folder = try #require(Guide.resourceFolder)
        let reloaded = try Guide.load(from: folder)
        #expect(reloaded.steps.count == guide.steps.count)
        for name in Guide.fileNames {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(name)))
            #expect((object as? [String: Any])?["schemaVersion"] as? Int == Guide.schemaVersion, "\(name)")
        }
    }

    @Test("every strategy of the guide is reachable as a step that some plan can contain", arguments: guideStrategies)
    func strategyReachable(_ id: StrategyID) throws {
        let strategy = try #require(guide.strategies.first { $0.id == id })
        #expect(!strategy.steps.isEmpty)
        let reachable = Set(guide.rules.flatMap { $0.add.map(\.step) })
        for step in strategy.steps { #expect(reachable.contains(step), "\(step)") }
    }

    @Test("every listed platform explains every task, with a source and a date or a verify mark", arguments: platforms)
    func platformHasEveryTask(_ id: PlatformID) throws {
        let platform = try #require(guide.platform(id))
        for task in PlatformTask.allCases {
            let howTo = try #require(platform.howTo(task), "\(id) \(task)")
            #expect(howTo.source.hasPrefix("https://"))
            #expect(howTo.checked != nil || howTo.verify)
        }
        let steps = guide.steps.filter { !$0.platformTasks.isEmpty }
        #expect(steps.allSatisfy { $0.platformTasks.allSatisfy { platform.howTo($0) != nil } })
    }

    @Test("every platform task is used by at least one step")
    func everyTaskHasAStep() {
        let used = Set(guide.steps.flatMap(\.platformTasks))
        #expect(used == Set(PlatformTask.allCases))
    }

    @Test("every step names an action, why it helps, what it risks and how")
    func everyStepIsComplete() throws {
        let data = try Data(contentsOf: #require(Guide.resourceFolder).appendingPathComponent("steps.json"))
        let raw = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])["steps"] as? [[String: Any]]
        for step in try #require(raw) {
            let action = step["action"] as? String
            #expect(action.flatMap(SafeholdAction.init(rawValue:)) != nil, "\(step["id"] ?? "?")")
        }
        for step in guide.steps {
            #expect(![step.title, step.why, step.risks, step.how].contains { $0.isEmpty }, "\(step.id)")
        }
    }

    @Test("every organization has a source, a check date, a need and a way in")
    func everyEntryHasSourceAndDate() {
        for entry in guide.directory {
            #expect(entry.source.hasPrefix("https://"), "\(entry.id)")
            #expect(isCalendarDate(entry.checked), "\(entry.id)")
            #expect(!entry.needs.isEmpty && !entry.languages.isEmpty, "\(entry.id)")
            #expect(entry.status == .closed || !entry.contacts.isEmpty, "\(entry.id)")
        }
    }

    @Test("closed entries stay listed, say why, and point to open alternatives")
    func closedEntriesHaveAlternatives() throws {
        let closed = guide.directory.filter { $0.status == .closed }
        #expect(closed.contains { $0.id == "int-crash-override-network" })
        for entry in closed {
            #expect(!(entry.statusNote ?? "").isEmpty)
            #expect(!entry.alternatives.isEmpty)
            for id in entry.alternatives { #expect(guide.entry(id)?.status == .open, "\(entry.id) → \(id)") }
        }
    }

    @Test(
        "each country of the brief has emergency numbers and help for crisis and domestic abuse",
        arguments: countries
    )
    func countryCovered(_ country: CountryCode) throws {
        let numbers = try #require(guide.emergencyNumbers(country: country.rawValue))
        #expect(!numbers.numbers.isEmpty)
        for need in [HelpNeed.crisis, .domesticAbuse] {
            #expect(guide.directory(country: country, need: need).contains { $0.countries.contains(country) })
        }
    }

    @Test("every need has international help")
    func everyNeedHasInternationalHelp() {
        for need in HelpNeed.allCases where need != .legal && need != .domesticAbuse {
            #expect(guide.directory(country: CountryCode.international, need: need).contains { $0.status == .open })
        }
    }

    @Test("the assessment asks about danger first and covers every section")
    func assessmentOrder() {
        #expect(guide.questions.first?.id == "safe-now")
        #expect(guide.questions.prefix(4).allSatisfy { $0.section == .danger })
        #expect(Set(guide.questions.map(\.section)) == Set(QuestionSection.allCases))
        #expect(Set(guide.questions.map(\.kind)) == [.single, .multiple, .yesNo])
    }

    @Test("every template's placeholders are listed and every step's templates exist")
    func templatesResolve() {
        #expect(guide.templates.count >= 8)
        for template in guide.templates { #expect(Set(placeholders(in: template.text)) == Set(template.placeholders)) }
        for step in guide.steps { #expect(step.templates.allSatisfy { guide.template($0) != nil }) }
    }
}
