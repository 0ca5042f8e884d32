extension Guide {
    /// Turns answers into an ordered plan. Skipped and unknown answers simply match no rule.
    ///
    /// Every rule whose conditions hold adds its steps with its reason; a step chosen by several rules goes in
    /// the most urgent section among them and keeps every reason. Within a section, steps follow their order in
    /// `steps.json`. When any urgent rule holds, the help step comes first and ``Plan/help`` lists who to reach.
    public func plan(for answers: Answers) -> Plan {
        var chosen = [StepID: PlanItem]()
        var urgent = false
        for rule in rules where holds(rule, answers) {
            urgent = urgent || rule.urgent
            for addition in rule.add {
                var item =
                    chosen[addition.step]
                    ?? PlanItem(stepID: addition.step, section: addition.section, reasons: [], rules: [])
                item.section = min(item.section, addition.section)
                if !item.reasons.contains(rule.reason) { item.reasons.append(rule.reason) }
                item.rules.append(rule.id)
                chosen[addition.step] = item
            }
        }
        let country = self.country(in: answers)
        let items = chosen.values.sorted {
            order($0, urgent: urgent).lexicographicallyPrecedes(order($1, urgent: urgent))
        }
        return Plan(
            schemaVersion: Guide.schemaVersion,
            urgent: urgent,
            help: urgent ? urgentHelp(country: country) : nil,
            country: country,
            platforms: answers.picked(platformQuestion).filter { platform(PlatformID($0.rawValue)) != nil }
                .map { PlatformID($0.rawValue) },
            items: items
        )
    }

    /// Whether any urgent rule holds for these answers, so that a screen can show help at once.
    public func needsHelpNow(_ answers: Answers) -> Bool {
        rules.contains { $0.urgent && holds($0, answers) }
    }

    /// What changed from one plan to the next.
    public func changes(from old: Plan, to new: Plan) -> PlanDiff {
        let before = Dictionary(old.items.map { ($0.stepID, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.items.map { ($0.stepID, $0) }, uniquingKeysWith: { first, _ in first })
        return PlanDiff(
            added: new.items.filter { before[$0.stepID] == nil },
            removed: old.items.filter { after[$0.stepID] == nil },
            moved: new.items.compactMap { item in
                guard let previous = before[item.stepID], previous.section != item.section else { return nil }
                return PlanDiff.Move(stepID: item.stepID, from: previous.section, to: item.section)
            },
            wasUrgent: old.urgent,
            isUrgent: new.urgent
        )
    }

    /// The person's country, when they picked one the guide covers.
    func country(in answers: Answers) -> CountryCode? {
        guard let option = answers.picked(countryQuestion).first, option != "other" else { return nil }
        let code = CountryCode(option.rawValue)
        return emergency.contains { $0.country == code } ? code : nil
    }

    private func holds(_ rule: PlanRule, _ answers: Answers) -> Bool {
        rule.when.allSatisfy { condition in
            let picked = Set(answers.picked(condition.question))
            if let anyOf = condition.anyOf, !anyOf.isEmpty { return !picked.isDisjoint(with: anyOf) }
            return picked.isDisjoint(with: condition.noneOf ?? [])
        }
    }

    private func order(_ item: PlanItem, urgent: Bool) -> [Int] {
        let first = urgent && item.stepID == helpStep ? 0 : 1
        return [PlanSection.allCases.firstIndex(of: item.section)!, first, stepIndex[item.stepID] ?? Int.max]
    }

    /// The emergency numbers and open crisis services of the person's country, then international ones; every
    /// country's numbers when the country is not known.
    private func urgentHelp(country: CountryCode?) -> UrgentHelp {
        let numbers = country.map { code in emergency.filter { $0.country == code } } ?? emergency
        let entries = directory(country: country ?? .international, need: .crisis).filter { $0.status == .open }
        return UrgentHelp(emergency: numbers, entries: entries.map(\.id))
    }

    func rank(_ entry: HelpEntry, _ country: CountryCode?) -> Int {
        guard let country else { return 0 }
        return entry.countries.contains(country) ? 0 : 1
    }
}
