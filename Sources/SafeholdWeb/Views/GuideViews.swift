import SafeholdGuide

/// One organisation of the directory as the pages show it. Entries nobody has confirmed yet say so.
struct HelpEntryView {
    let name: String
    let closed: Bool
    let summary: String
    let contacts: [Field]
    let hours: String?
    let languages: String?
    let statusNote: String?
    let alternatives: String?
    let source: String
    let confirmed: String

    init(_ entry: HelpEntry, guide: Guide) {
        name = entry.name
        closed = entry.status == .closed
        summary = entry.summary
        contacts = entry.contacts.map { contact in
            Field(label: contact.kind.rawValue, value: contact.value + (contact.note.map { " (\($0))" } ?? ""))
        }
        hours = entry.hours.isEmpty ? nil : entry.hours
        languages = entry.languages.isEmpty ? nil : entry.languages.joined(separator: ", ")
        statusNote = closed ? entry.statusNote : nil
        let others = entry.alternatives.compactMap { guide.entry($0)?.name }
        alternatives = closed && !others.isEmpty ? others.joined(separator: "; ") : nil
        source = entry.source
        confirmed = entry.verify ? "not yet confirmed by a person" : "checked \(entry.checked)"
    }
}

/// A country's emergency numbers in one sentence.
struct EmergencyView {
    let text: String

    init(_ numbers: EmergencyNumbers) {
        let list = numbers.numbers.map { contact in contact.note.map { "\(contact.value) (\($0))" } ?? contact.value }
        text = "Emergency in \(numbers.name): \(list.joined(separator: ", "))."
    }
}

/// One choice in a select list.
struct Choice {
    let value: String
    let label: String
    let selected: Bool
}

/// Words for the directory's needs.
enum GuideWords {
    static func need(_ need: HelpNeed) -> String {
        switch need {
        case .crisis: "someone to talk to now"
        case .domesticAbuse: "domestic abuse"
        case .onlineHarassment: "online harassment"
        case .intimateImages: "intimate images shared or threatened"
        case .legal: "legal help"
        }
    }

    static func section(_ section: PlanSection) -> String {
        switch section {
        case .now: "Now"
        case .thisWeek: "This week"
        case .later: "Later"
        }
    }

    /// The page of this app that carries out a step, if there is one.
    static func page(_ action: SafeholdAction) -> (path: String, label: String)? {
        switch action {
        case .import: ("/import", "Import an export or screenshots")
        case .audit: ("/network", "Review your followers")
        case .packet, .report, .bundle: ("/reports", "Make a report or a packet")
        case .facts: ("/facts", "Add details to protect")
        case .people: ("/people", "Name the people involved")
        case .triage: ("/triage", "See what needs attention")
        case .plan: nil
        case .helpDirectory: ("/help", "Find people who can help")
        }
    }
}
