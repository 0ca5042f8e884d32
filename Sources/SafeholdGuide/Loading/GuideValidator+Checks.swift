extension GuideValidator {
    mutating func checkQuestions() {
        let file = "assessment.json"
        let questions = content.assessment.questions
        checkIDs(questions.map(\.id), file: file, kind: "question")
        if questions.isEmpty { report(file, "questions", "there are no questions") }
        var lastSection = QuestionSection.danger
        for question in questions {
            let at = "question \(question.id)"
            require(question.prompt, file, at, "prompt")
            checkIDs(question.options.map(\.id), file: file, kind: at + " option")
            for option in question.options { require(option.label, file, at + " option \(option.id)", "label") }
            if question.kind == .yesNo && question.options.map(\.id) != Question.yesNoOptions.map(\.id) {
                report(file, at, "a yes/no question has exactly the options yes, no, not-sure")
            }
            if question.kind != .yesNo && question.options.count < 2 { report(file, at, "needs at least two options") }
            let order = QuestionSection.allCases
            if order.firstIndex(of: question.section)! < order.firstIndex(of: lastSection)! {
                report(file, at, "is out of order: danger, happening, wants, then support")
            }
            lastSection = question.section
        }
        if let first = questions.first, first.section != .danger {
            report(file, "question \(first.id)", "the first question must ask about danger")
        }
    }

    mutating func checkSteps() {
        let file = "steps.json"
        let templates = Set(content.templates.templates.map(\.id))
        checkIDs(content.steps.steps.map(\.id), file: file, kind: "step")
        for step in content.steps.steps {
            let at = "step \(step.id)"
            require(step.title, file, at, "title")
            require(step.why, file, at, "why")
            require(step.risks, file, at, "risks")
            require(step.how, file, at, "how")
            if Set(step.platformTasks).count != step.platformTasks.count { report(file, at, "lists a task twice") }
            for template in step.templates where !templates.contains(template) {
                report(file, at, "names template \(template), which does not exist")
            }
        }
    }

    mutating func checkPlatforms() {
        let file = "platforms.json"
        checkIDs(content.platforms.platforms.map(\.id), file: file, kind: "platform")
        for platform in content.platforms.platforms {
            let at = "platform \(platform.id)"
            require(platform.name, file, at, "name")
            checkSource(platform.helpCentre, file, at)
            for task in PlatformTask.allCases {
                let count = platform.howTo.filter { $0.task == task }.count
                if count != 1 { report(file, at, "has \(count) instructions for \(task.rawValue); it needs one") }
            }
            for howTo in platform.howTo {
                let place = at + " task \(howTo.task.rawValue)"
                require(howTo.text, file, place, "text")
                checkSource(howTo.source, file, place)
                if let checked = howTo.checked { checkDate(checked, file, place) }
                if howTo.checked == nil && !howTo.verify {
                    report(file, place, "has no checked date and no verify mark")
                }
            }
        }
    }

    mutating func checkTemplates() {
        let file = "templates.json"
        checkIDs(content.templates.templates.map(\.id), file: file, kind: "template")
        for template in content.templates.templates {
            let at = "template \(template.id)"
            require(template.title, file, at, "title")
            require(template.text, file, at, "text")
            let used = Set(placeholders(in: template.text))
            if used != Set(template.placeholders) {
                report(file, at, "placeholders in the text do not match the placeholders listed")
            }
        }
    }

    mutating func checkStrategies() {
        let file = "strategies.json"
        let steps = stepIDs
        checkIDs(content.strategies.strategies.map(\.id), file: file, kind: "strategy")
        for strategy in content.strategies.strategies {
            let at = "strategy \(strategy.id)"
            require(strategy.name, file, at, "name")
            if strategy.steps.isEmpty { report(file, at, "has no steps") }
            for step in strategy.steps where !steps.contains(step) {
                report(file, at, "names step \(step), which does not exist")
            }
        }
    }
}

/// The names written in braces in `text`, in order.
func placeholders(in text: String) -> [String] {
    var names = [String]()
    var current: String?
    for character in text {
        switch character {
        case "{": current = ""
        case "}":
            if let name = current { names.append(name) }
            current = nil
        default: if current != nil { current!.append(character) }
        }
    }
    return names
}
