/// A strategy named in the reference guide, and the steps that carry it out in Safehold.
public struct Strategy: Codable, Sendable, Hashable, Identifiable {
    /// The strategy's identifier.
    public var id: StrategyID
    /// The strategy's name, as a short label.
    public var name: String
    /// The steps that carry it out.
    public var steps: [StepID]
}

/// The contents of `strategies.json`.
struct StrategiesFile: Codable, Sendable {
    var schemaVersion: Int
    var strategies: [Strategy]
}
