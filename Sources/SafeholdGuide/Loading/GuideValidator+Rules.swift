extension GuideValidator {
    mutating func checkDirectory() {
        let file = "directory.json"
        let entries = content.directory.entries
        checkIDs(entries.map(\.id), file: file, kind: "entry")
        let open = Set(entries.filter { $0.status == .open }.map(\.id))
        for entry in entries {
            let at = "entry \(entry.id)"
            require(entry.name, file, at, "name")
            require(entry.summary, file, at, "summary")
            require(entry.hours, file, at, "hours")
            checkSource(entry.source, file, at)
            checkDate(entry.checked, file, at)
            if entry.countries.isEmpty || !entry.countries.allSatisfy(\.isWellFormed) {
                report(file, at, "countries must be two-letter codes or INT")
            }
            if entry.needs.isEmpty { report(file, at, "has no needs") }
            if entry.languages.isEmpty { report(file, at, "has no languages") }
            if entry.status == .open && entry.contacts.isEmpty { report(file, at, "an open entry needs a contact") }
            for contact in entry.contacts { require(contact.value, file, at, "a contact value") }
            if entry.status == .closed {
                require(entry.statusNote, file, at, "statusNote of a closed entry")
                if entry.alternatives.isEmpty { report(file, at, "a closed entry needs alternatives") }
            }
            for alternative in entry.alternatives where !open.contains(alternative) {
                report(file, at, "alternative \(alternative) is not an open entry")
            }
        }
        checkEmergency(file)
    }

    private mutating func checkEmergency(_ file: String) {
        var seen = Set<CountryCode>()
        for country in content.directory.emergency {
            let at = "emergency \(country.country)"
            if !country.country.isWellFormed { report(file, at, "is not a two-letter country code") }
            if !seen.insert(country.country).inserted { report(file, at, "is listed twice") }
            if country.numbers.isEmpty { report(file, at, "has no numbers") }
            require(country.name, file, at, "name")
            checkSource(country.source, file, at)
            checkDate(country.checked, file, at)
        }
    }

    mutating func checkRules() {
        let file = "rules.json"
        let rules = content.rules
        let steps = stepIDs
        checkIDs(rules.rules.map(\.id), file: file, kind: "rule")
        if !steps.contains(rules.helpStep) {
            report(file, "helpStep", "names step \(rules.helpStep), which does not exist")
        }
        for rule in rules.rules {
            let at = "rule \(rule.id)"
            require(rule.reason, file, at, "reason")
            if rule.add.isEmpty { report(file, at, "adds no steps") }
            for addition in rule.add where !steps.contains(addition.step) {
                report(file, at, "adds step \(addition.step), which does not exist")
            }
            if rule.urgent && !rule.add.contains(where: { $0.step == rules.helpStep && $0.section == .now }) {
                report(file, at, "an urgent rule must add the help step now")
            }
            for condition in rule.when { checkCondition(condition, file, at) }
        }
        let added = Set(rules.rules.flatMap { $0.add.map(\.step) })
        for step in content.steps.steps where !added.contains(step.id) {
            report(file, "step \(step.id)", "no rule adds it, so no plan can reach it")
        }
        checkBindings(file)
    }

    private mutating func checkCondition(_ condition: RuleCondition, _ file: String, _ at: String) {
        guard let question = content.assessment.questions.first(where: { $0.id == condition.question }) else {
            return report(file, at, "tests question \(condition.question), which does not exist")
        }
        let options = (condition.anyOf ?? []) + (condition.noneOf ?? [])
        if (condition.anyOf ?? []).isEmpty == (condition.noneOf ?? []).isEmpty {
            report(file, at, "each condition needs either anyOf or noneOf")
        }
        for option in options where question.option(option) == nil {
            report(file, at, "question \(question.id) has no option \(option)")
        }
    }

    private mutating func checkBindings(_ file: String) {
        let questions = content.assessment.questions
        let countries = Set(content.directory.emergency.map(\.country))
        let platforms = Set(content.platforms.platforms.map(\.id))
        if let country = questions.first(where: { $0.id == content.rules.countryQuestion }) {
            for option in country.options
            where option.id != "other" && !countries.contains(CountryCode(option.id.rawValue)) {
                report(file, "countryQuestion option \(option.id)", "has no emergency numbers")
            }
        } else {
            report(file, "countryQuestion", "names a question that does not exist")
        }
        if let question = questions.first(where: { $0.id == content.rules.platformQuestion }) {
            for option in question.options
            where option.id != "other" && !platforms.contains(PlatformID(option.id.rawValue)) {
                report(file, "platformQuestion option \(option.id)", "is not a platform")
            }
        } else {
            report(file, "platformQuestion", "names a question that does not exist")
        }
    }
}
