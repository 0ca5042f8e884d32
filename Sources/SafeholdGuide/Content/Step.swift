/// The Safehold action that carries out a step. Every step names one.
public enum SafeholdAction: String, Codable, Sendable, CaseIterable {
    /// Bring files, exports and screenshots into the vault.
    case `import`
    /// Review friends and followers; build block and mute lists.
    case audit
    /// Build a report packet for a platform, or for friends who report too.
    case packet
    /// Build a report for police or a court.
    case report
    /// Tell Safehold the facts to protect (address, school …) so it finds them when shared.
    case facts
    /// Name the abuser's accounts, the accounts that help them, and trusted people.
    case people
    /// Sort messages by how serious they are, so the person need not reread them all.
    case triage
    /// Export a bundle of evidence that others can check.
    case bundle
    /// Work through the plan itself: settings, checks and choices the person makes.
    case plan
    /// Open the directory of help.
    case helpDirectory = "help-directory"
}

/// One kind of thing a person can do on a platform; each platform explains how to do each.
public enum PlatformTask: String, Codable, Sendable, CaseIterable {
    /// Choose who sees posts, profile and contact details.
    case privacy
    /// Block an account.
    case block
    /// Mute, restrict or filter an account or words without blocking.
    case mute
    /// Report harassment or abusive messages.
    case reportHarassment = "report-harassment"
    /// Report an account that pretends to be the person.
    case reportImpersonation = "report-impersonation"
    /// Report private information or intimate images shared without consent.
    case reportPrivateInfo = "report-private-info"
    /// Download a copy of the account's data.
    case downloadData = "download-data"
    /// Change the password.
    case password
    /// Turn on two-factor authentication.
    case twoFactor = "two-factor"
    /// See where the account is signed in and sign out other sessions and devices.
    case sessions
    /// Remove apps and sites connected to the account.
    case connectedApps = "connected-apps"
    /// Check the recovery email and phone number.
    case recovery
}

/// When a plan item should be done.
public enum PlanSection: String, Codable, Sendable, CaseIterable, Comparable {
    /// Today, before anything else.
    case now
    /// In the next few days.
    case thisWeek = "this-week"
    /// When there is time and energy.
    case later

    /// Orders sections from the most to the least urgent.
    public static func < (lhs: PlanSection, rhs: PlanSection) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One thing a person can do, with why it helps and what it costs.
public struct Step: Codable, Sendable, Hashable, Identifiable {
    /// The step's identifier.
    public var id: StepID
    /// A short title, as an instruction.
    public var title: String
    /// Why it helps, in one or two sentences.
    public var why: String
    /// What it costs or risks, so the person can choose.
    public var risks: String
    /// What to do, in a few short sentences that apply on every platform.
    public var how: String
    /// The Safehold action that carries it out.
    public var action: SafeholdAction
    /// The platform tasks whose per-platform instructions go with this step.
    public var platformTasks: [PlatformTask]
    /// Message templates that go with this step.
    public var templates: [TemplateID]

    enum CodingKeys: String, CodingKey { case id, title, why, risks, how, action, platformTasks, templates }

    /// Decodes a step; missing lists are empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(StepID.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        why = try container.decode(String.self, forKey: .why)
        risks = try container.decode(String.self, forKey: .risks)
        how = try container.decode(String.self, forKey: .how)
        action = try container.decode(SafeholdAction.self, forKey: .action)
        platformTasks = try container.decodeIfPresent([PlatformTask].self, forKey: .platformTasks) ?? []
        templates = try container.decodeIfPresent([TemplateID].self, forKey: .templates) ?? []
    }
}

/// The contents of `steps.json`.
struct StepsFile: Codable, Sendable {
    var schemaVersion: Int
    var steps: [Step]
}
