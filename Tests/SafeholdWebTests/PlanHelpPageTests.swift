import Foundation
import HTTPTypes
import HummingbirdTesting
import Safehold
import SafeholdCore
import SafeholdGuide
import SafeholdTestSupport
import SafeholdVault
import Testing

@testable import SafeholdWeb

@Suite("Pages: the plan and the directory of help")
struct PlanHelpPageTests {
    @Test("answers become a plan with help first when in danger; changing them says what changed")
    func assessment() async throws {
        let vault = try TestVault()
        try await WebFixture(vault: vault).runUnlocked { browser in
            #expect(try await browser.get("/plan").text.contains("Answer the questions"))
            let questions = try await browser.get("/plan/questions").text
            #expect(questions.contains("Skip this question"))
            #expect(PageChecks.fieldsAreLabelled(questions))
            #expect(PageChecks.formsCarryToken(questions, token: await browser.csrf))
            let first = try await browser.post(
                "/plan/questions",
                ["q.safe-now": "no", "q.threats": "yes", "q.country": "gb", "q.happening.messages": "on",
                 "q.happening.impersonation": "on", "q.platforms.instagram": "on", "q.unknown": "x", "q.visibility": "<b>"])
            #expect(first.status == .ok)
            #expect(first.text.contains("First, your safety"))
            #expect(first.text.contains("Emergency in"))
            #expect(!first.text.contains("Since your last answers"))
            #expect(PageChecks.formsCarryToken(first.text, token: await browser.csrf))
            #expect(PageChecks.fieldsAreLabelled(first.text))
            let again = try await browser.post("/plan/questions", ["q.safe-now": "yes", "q.threats": "no"])
            #expect(again.text.contains("Since your last answers"))
            #expect(again.text.contains("No longer needed") || again.text.contains("Moved to"))
            #expect(!again.text.contains("First, your safety"))
            let filled = try await browser.get("/plan/questions").text
            #expect(filled.contains("value=\"yes\" id=\"q.safe-now.yes\" checked"))
        }
        let saved = try #require(try CaseNotes(vault: try vault.reopen()).savedAnswers())
        #expect(saved.picked(QuestionID("safe-now")) == [OptionID("yes")])
        #expect(saved.skipped.contains(QuestionID("visibility")))
    }

    @Test("a threat found in the vault puts safety first even when every question was skipped, and names the item")
    func evidence() async throws {
        let vault = try TestVault()
        let threat = try vault.addText("I will kill you")
        try await WebFixture(vault: vault).runUnlocked { browser in
            _ = try await browser.post("/analyze")
            let plan = try await browser.post("/plan/questions", [:])
            #expect(plan.text.contains("What Safehold found adds to your answers"))
            #expect(plan.text.contains("/items/\(threat.id)"))
            #expect(plan.text.contains("First, your safety"))
        }
    }

    @Test("progress on a step is sealed; an unknown step or status changes nothing")
    func progress() async throws {
        let vault = try TestVault()
        let guide = try Guide.shipped()
        let step = try #require(guide.steps.first).id.rawValue
        try await WebFixture(vault: vault).runUnlocked { browser in
            _ = try await browser.post("/plan/questions", ["q.threats": "yes"])
            let saved = try await browser.post("/plan/steps/\(step)", ["status": "done", "note": "called them\u{202E}"])
            #expect(saved.headers[.location] == "/plan#step-\(step)")
            #expect(try await browser.post("/plan/steps/no-such-step", ["status": "done"]).status == .notFound)
            #expect(try await browser.post("/plan/steps/\(step)", ["status": "finished"]).status == .badRequest)
        }
        let progress = try CaseNotes(vault: try vault.reopen()).progress()
        #expect(progress[StepID(step)]?.status == .done)
        #expect(progress[StepID(step)]?.note == "called them")
    }

    @Test("the directory opens without unlocking, filters by country and need, and keeps closed services marked")
    func directory() async throws {
        let fixture = try WebFixture()
        try await fixture.run { browser in
            let all = try await browser.get("/help")
            #expect(all.status == .ok)
            #expect(all.text.contains("(closed)"))
            #expect(all.text.contains("Instead:"))
            #expect(PageChecks.fieldsAreLabelled(all.text))
            let gb = try await browser.get("/help?country=gb&need=domestic-abuse").text
            #expect(gb.contains("Emergency in"))
            #expect(gb.contains("value=\"GB\" selected"))
            let odd = try await browser.get("/help?country=%3Cscript%3E&need=%22%3E")
            #expect(odd.status == .ok)
            #expect(!odd.text.contains("<script>"))
        }
    }

    @Test("answers from a form ignore unknown questions and options and count the rest as skipped")
    func formAnswers() throws {
        let guide = try Guide.shipped()
        let answers = PlanController.answers(
            from: ["q.threats": "maybe", "q.happening.nonsense": "on", "q.country": "us", "zzz": "1"], guide: guide)
        #expect(answers.values[QuestionID("threats")] == nil)
        #expect(answers.values[QuestionID("happening")] == nil)
        #expect(answers.values[QuestionID("country")] == .one(OptionID("us")))
        #expect(answers.skipped.count == guide.questions.count - 1)
    }
}
