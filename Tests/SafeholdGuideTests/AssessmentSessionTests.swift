import Testing

@testable import SafeholdGuide

@Suite("Walking through the assessment")
struct AssessmentSessionTests {
    let guide: Guide

    init() throws { guide = try Guide.shipped() }

    @Test("questions come in order and every one can be skipped")
    func skipAll() {
        var session = AssessmentSession(guide: guide)
        var asked = [QuestionID]()
        while let question = session.current {
            asked.append(question.id)
            session.skip()
        }
        #expect(asked == guide.questions.map(\.id))
        #expect(session.isFinished)
        #expect(session.answers.skipped == Set(asked))
        #expect(guide.plan(for: session.answers) == guide.plan(for: Profile.skipsEverything.answers))
    }

    @Test("answering moves on; a wrong answer changes nothing")
    func answerAndRefuse() throws {
        var session = AssessmentSession(guide: guide)
        #expect(session.current?.id == "safe-now")
        #expect(throws: GuideError.self) { try session.answer(["maybe"]) }
        #expect(throws: GuideError.self) { try session.answer(.many(["yes", "no"])) }
        #expect(session.current?.id == "safe-now" && session.answers.values.isEmpty)
        try session.answer(["yes"])
        #expect(session.current?.id == "threats")
        #expect(session.answers.values["safe-now"] == .one("yes"))
    }

    @Test("going back shows the earlier answer, and a skip replaces it")
    func back() throws {
        var session = AssessmentSession(guide: guide)
        try session.answer(["no"])
        session.back()
        #expect(session.current?.id == "safe-now")
        #expect(session.currentAnswer == .one("no"))
        session.skip()
        #expect(session.answers.values["safe-now"] == nil && session.answers.skipped == ["safe-now"])
        session.back()
        session.back()
        #expect(session.position == 0)
    }

    @Test("help is flagged as soon as a danger answer is given")
    func helpAtOnce() throws {
        var session = AssessmentSession(guide: guide)
        #expect(!session.needsHelpNow)
        try session.answer(["not-sure"])
        #expect(session.needsHelpNow)
    }

    @Test("a session resumes at the first question neither answered nor skipped")
    func resume() throws {
        let answers = Answers(["safe-now": .one("yes")], skipped: ["threats"])
        var session = AssessmentSession(guide: guide, resuming: answers)
        #expect(session.current?.id == "knows-address")
        try session.answer(["no"])
        #expect(session.answers.picked("knows-address") == ["no"])
        let done = AssessmentSession(guide: guide, resuming: Profile.skipsEverything.answers)
        #expect(done.isFinished && done.current == nil)
    }

    @Test("multiple-choice answers take a list; a finished session refuses answers")
    func multiple() throws {
        var session = AssessmentSession(
            guide: guide,
            resuming: Answers(skipped: Set(guide.questions.prefix(5).map(\.id)))
        )
        #expect(session.current?.kind == .multiple)
        try session.answer(["messages", "impersonation"])
        #expect(session.answers.picked("happening") == ["messages", "impersonation"])
        while !session.isFinished { session.skip() }
        #expect(throws: GuideError.self) { try session.answer(["yes"]) }
        session.skip()
        #expect(session.isFinished)
    }
}
