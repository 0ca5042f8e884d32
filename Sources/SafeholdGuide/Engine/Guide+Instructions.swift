/// One platform's instruction for one task of a step, ready to show.
public struct PlatformInstruction: Codable, Sendable, Hashable {
    /// The platform.
    public var platform: PlatformID
    /// The platform's name, as people know it.
    public var platformName: String
    /// What to do there, with its source and check date.
    public var howTo: PlatformHowTo
}

extension Guide {
    /// The per-platform instructions that go with a step, for the platforms the person uses.
    /// - Parameters:
    ///   - step: The step.
    ///   - platforms: The person's platforms (``Plan/platforms``); empty for every platform.
    /// - Returns: For each of the step's tasks in order, each platform's instruction, platforms in guide order.
    public func instructions(for step: StepID, on platforms: [PlatformID] = []) -> [PlatformInstruction] {
        guard let step = self.step(step) else { return [] }
        let wanted = Set(platforms)
        let chosen = self.platforms.filter { wanted.isEmpty || wanted.contains($0.id) }
        return step.platformTasks.flatMap { task in
            chosen.compactMap { platform in
                platform.howTo(task).map {
                    PlatformInstruction(platform: platform.id, platformName: platform.name, howTo: $0)
                }
            }
        }
    }

    /// The message templates that go with a step.
    public func templates(for step: StepID) -> [MessageTemplate] {
        self.step(step)?.templates.compactMap { template($0) } ?? []
    }
}
