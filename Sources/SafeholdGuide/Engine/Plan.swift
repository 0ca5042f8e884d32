/// One step in a plan, with when to do it and why it was chosen.
public struct PlanItem: Codable, Sendable, Hashable {
    /// The step.
    public var stepID: StepID
    /// When to do it.
    public var section: PlanSection
    /// Why it is in the plan, tied to what the person said; the first reason is the most important.
    public var reasons: [String]
    /// The rules that chose it, for whoever maintains the content.
    public var rules: [RuleID]
}

/// Help to reach first, when the answers say the person may be in danger now.
public struct UrgentHelp: Codable, Sendable, Hashable {
    /// The emergency numbers of the person's country; every country's when it is not known.
    public var emergency: [EmergencyNumbers]
    /// Open crisis and domestic-abuse services for the person's country, then international ones.
    public var entries: [HelpEntryID]
}

/// An ordered plan: what to do now, this week and later, with reasons.
public struct Plan: Codable, Sendable, Hashable {
    /// The schema version of the plan's JSON form.
    public var schemaVersion: Int
    /// Whether the answers say the person may be in danger now; help then comes first.
    public var urgent: Bool
    /// The help to reach first, present when ``urgent`` is true.
    public var help: UrgentHelp?
    /// The person's country, when they gave one.
    public var country: CountryCode?
    /// The platforms the person said they use, so that screens show only their instructions.
    public var platforms: [PlatformID]
    /// Every item, ordered: now, then this week, then later.
    public var items: [PlanItem]

    /// The items of one section, in order.
    public func items(in section: PlanSection) -> [PlanItem] { items.filter { $0.section == section } }

    /// The steps in plan order.
    public var stepIDs: [StepID] { items.map(\.stepID) }
}

/// What changed between two plans, for when the person takes the assessment again.
public struct PlanDiff: Codable, Sendable, Hashable {
    /// A step that stayed in the plan but moved to another section.
    public struct Move: Codable, Sendable, Hashable {
        /// The step.
        public var stepID: StepID
        /// The section it was in.
        public var from: PlanSection
        /// The section it is in now.
        public var to: PlanSection
    }

    /// Steps that are new in the plan.
    public var added: [PlanItem]
    /// Steps that are no longer in the plan.
    public var removed: [PlanItem]
    /// Steps that moved between sections.
    public var moved: [Move]
    /// Whether the old plan was urgent.
    public var wasUrgent: Bool
    /// Whether the new plan is urgent.
    public var isUrgent: Bool

    /// Whether nothing changed.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && moved.isEmpty && wasUrgent == isUrgent }
}
