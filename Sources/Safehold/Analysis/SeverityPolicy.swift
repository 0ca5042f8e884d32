import Foundation
import SafeholdAnalysis
import SafeholdRules

/// Decides how much an item needs attention, and says why in one sentence a frightened person can read.
///
/// The order of what counts: the person's own protected facts posted (home, phone, children's school are
/// urgent), the partner-abuse rules (their own severities; the sender's jokes do not lower them when the
/// sender is someone the person listed as harming them), the model's labels (a confident threat is urgent),
/// and who sent it (anything from the listed abuser or an ally is at least medium).
enum SeverityPolicy {
    /// The model's threat score from which a threat counts as urgent rather than high.
    static let urgentThreatScore = 0.8
    /// The model's threat score below which a threat no rule read counts as medium rather than high. The label's
    /// own threshold is much lower (about 0.26), where F1 on the held-out sets is best, and there short everyday
    /// lines ("Should look more similar now.") were marked high. On the held-out EDOS and Toxic Spans rows, such a
    /// threat under 0.5 was a real one 29 times in 99 (BENCHMARKS.md), so it stays in the queue, below the rules'
    /// threats, without being put first.
    static let highThreatScore = 0.5

    /// One reason and the severity it carries.
    struct Driver {
        var severity: Severity
        var reason: String
    }

    static let help =
        "If you are in danger now, call your local emergency number. `safehold help-directory` lists people who can help."

    static func assess(
        analysis: TextAnalysis?,
        analyzer: TextAnalyzer,
        people: [Finding.Person],
        facts: [Finding.Fact],
        personalInfo: [Finding.PersonalInfo] = []
    ) -> (severity: Severity, reason: String, help: String?) {
        var drivers = factDrivers(facts) + personalInfoDrivers(personalInfo)
        let fromListed = people.contains { $0.how == "sender" && $0.role != .trusted }
        if let analysis {
            drivers += ruleDrivers(analysis.rules, analyzer: analyzer, fromListed: fromListed)
            // Before the model's own reasons, so that an equal severity says what the words do to a group.
            if !analysis.insultsToAGroup.isEmpty {
                drivers.append(
                    Driver(severity: .medium, reason: "It insults a whole group of people for who they are.")
                )
            }
            drivers += modelDrivers(analysis.modelScores)
        }
        drivers += peopleDrivers(people)
        guard let top = drivers.max(by: { $0.severity < $1.severity }) else {
            return (.none, "Nothing of concern was found in its words.", nil)
        }
        var reason = top.reason
        if let sender = people.first(where: { $0.how == "sender" && $0.role != .trusted }),
            !reason.contains(sender.label)
        {
            reason += " It was sent by \(sender.label), whom you listed."
        }
        return (top.severity, reason, top.severity == .urgent ? help : nil)
    }

    private static func factDrivers(_ facts: [Finding.Fact]) -> [Driver] {
        facts.map { fact in
            let urgent = ["address", "phone", "school"].contains(fact.kind)
            return Driver(
                severity: urgent ? .urgent : .high,
                reason: "It contains something you asked Safehold to watch for: your \(factNoun(fact.kind))."
            )
        }
    }

    /// Someone's address or location posted is worth a look; other personal details only a little.
    private static func personalInfoDrivers(_ found: [Finding.PersonalInfo]) -> [Driver] {
        found.map { info in
            let location = ["address", "coordinates", "mapLink"].contains(info.type)
            let noun = location ? "an address or a location" : "personal information (\(infoNoun(info.type)))"
            return Driver(severity: location ? .medium : .low, reason: "It contains \(noun).")
        }
    }

    static func infoNoun(_ type: String) -> String {
        switch type {
        case "phone": "a phone number"
        case "email": "an email address"
        case "ipAddress": "an internet address"
        case "paymentCard": "a card number"
        case "iban": "a bank account number"
        case "nationalID": "an identity number"
        default: type
        }
    }

    private static func ruleDrivers(_ matches: [RuleMatch], analyzer: TextAnalyzer, fromListed: Bool) -> [Driver] {
        matches.map { match in
            let severity = fromListed ? match.baseSeverity : match.severity
            var reason = "It matches the pattern \"\(analyzer.ruleName(match.ruleID))\"."
            if match.quoted && !fromListed { reason += " The words are quoted or reported, so it was marked lower." }
            if match.joking && !fromListed { reason += " It reads as a joke, so it was marked lower." }
            return Driver(severity: Severity(severity), reason: reason)
        }
    }

    private static func modelDrivers(_ scores: AbuseScores) -> [Driver] {
        scores.flagged.sorted().map { label in
            switch label {
            case .threat:
                let score = scores[.threat]
                guard score >= highThreatScore else {
                    return Driver(severity: .medium, reason: "Some of its words may be a threat of violence.")
                }
                return Driver(
                    severity: score >= urgentThreatScore ? .urgent : .high, reason: "It reads as a threat of violence.")
            case .sexualHarassment: return Driver(severity: .high, reason: "It reads as sexual harassment.")
            case .identityAttack: return Driver(severity: .medium, reason: "It attacks you for who you are.")
            case .sexism: return Driver(severity: .medium, reason: "It is sexist abuse.")
            case .insult: return Driver(severity: .medium, reason: "It is insulting.")
            case .profanity, .toxicity: return Driver(severity: .low, reason: "It is rude or crude.")
            }
        }
    }

    private static func peopleDrivers(_ people: [Finding.Person]) -> [Driver] {
        people.compactMap { person in
            guard person.role != .trusted else { return nil }
            let role = person.role.spoken
            switch person.how {
            case "sender":
                return Driver(severity: .medium, reason: "It was sent by \(person.label), whom you listed as \(role).")
            case "resembles":
                return Driver(
                    severity: .high,
                    reason:
                        "It comes from a new account whose name is very close to \(person.label), whom you listed as \(role)."
                )
            default:
                return Driver(severity: .medium, reason: "It mentions \(person.label), whom you listed as \(role).")
            }
        }
    }

    static func factNoun(_ kind: String) -> String {
        switch kind {
        case "address": "home address"
        case "phone": "phone number"
        case "email": "email address"
        case "school": "children's school"
        case "plate": "number plate"
        default: kind
        }
    }
}

extension Severity {
    init(_ rule: RuleSeverity) {
        switch rule {
        case .urgent: self = .urgent
        case .high: self = .high
        case .medium: self = .medium
        case .low: self = .low
        }
    }
}
