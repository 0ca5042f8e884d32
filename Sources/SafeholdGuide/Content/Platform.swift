/// How to do one task on one platform, with where that was read and when.
public struct PlatformHowTo: Codable, Sendable, Hashable {
    /// The task.
    public var task: PlatformTask
    /// What to do, in a few short sentences, at the level of detail the project is sure of.
    public var text: String
    /// The platform's own help page that backs the text.
    public var source: String
    /// The date (`YYYY-MM-DD`) the text was last checked against the source, when it was.
    public var checked: String?
    /// Whether a reviewer still needs to confirm a detail (a menu name, a path).
    public var verify: Bool

    enum CodingKeys: String, CodingKey { case task, text, source, checked, verify }

    /// Decodes an instruction; `verify` defaults to `false`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        task = try container.decode(PlatformTask.self, forKey: .task)
        text = try container.decode(String.self, forKey: .text)
        source = try container.decode(String.self, forKey: .source)
        checked = try container.decodeIfPresent(String.self, forKey: .checked)
        verify = try container.decodeIfPresent(Bool.self, forKey: .verify) ?? false
    }
}

/// A social media or messaging platform and how to do each task on it.
public struct Platform: Codable, Sendable, Hashable, Identifiable {
    /// The platform's identifier, for example `instagram`.
    public var id: PlatformID
    /// Its name as people know it.
    public var name: String
    /// The platform's help centre.
    public var helpCentre: String
    /// Something to know about the platform as a whole, if any (for example: every post is public).
    public var note: String?
    /// How to do each task on it.
    public var howTo: [PlatformHowTo]

    /// The instruction for one task, if the platform has one.
    public func howTo(_ task: PlatformTask) -> PlatformHowTo? { howTo.first { $0.task == task } }
}

/// The contents of `platforms.json`.
struct PlatformsFile: Codable, Sendable {
    var schemaVersion: Int
    var platforms: [Platform]
}
